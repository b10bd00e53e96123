using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

public sealed class PatternCatalogTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    [Fact]
    public void All_HaveUniqueIdsWeightsAndABasisForEveryConduct()
    {
        var all = PatternCatalog.All;
        Assert.Equal(all.Count, all.Select(p => p.Id).Distinct().Count());
        foreach (var p in all)
        {
            Assert.InRange(p.Weight, 0.01, 0.99);
            Assert.False(string.IsNullOrWhiteSpace(p.Description));
            if (p.Conduct != RiskConduct.Lure)
            {
                Assert.NotEmpty(p.LegalBasis);
            }
        }
    }

    [Fact]
    public void Get_UnknownId_Throws()
    {
        Assert.Equal("card-trade", PatternCatalog.Get("card-trade").Id);
        Assert.Throws<KeyNotFoundException>(() => PatternCatalog.Get("nope"));
    }

    [Theory]
    [InlineData("出租你闲置的银行卡，一天300", "card-trade")]
    [InlineData("银行卡出租，日结", "card-trade")]
    [InlineData("长期收卡，价格私聊", "card-trade")]
    [InlineData("Rent out your bank card to us", "card-trade")]
    [InlineData("高价收四件套", "card-kit")]
    [InlineData("U盾网银出租", "card-kit")]
    [InlineData("收一类卡，一张800", "card-price")]
    [InlineData("卡农速来", "card-slang")]
    [InlineData("收购手机卡电话卡，三网都要", "phone-card-trade")]
    [InlineData("用你的支付宝帮忙收款", "account-lending")]
    [InlineData("出租微信号", "account-lending")]
    [InlineData("跑分兼职", "settlement")]
    [InlineData("帮商家收钱再转出，每笔提2%", "collect-and-forward")]
    [InlineData("收到几笔钱后马上取现交给上线，每笔提成3个点", "collect-and-forward")] // round 4: cash for an upline
    [InlineData("Open an account and give us the online banking details, $500", "card-kit")] // round 4: English hand-over
    [InlineData("以你的名义开对公户，一个户5000", "corporate-account")]
    [InlineData("接码兼职，一条5元", "sms-code")]
    [InlineData("发手持身份证照片给我们认证，一次50", "identity-lending")]
    [InlineData("淘宝刷单员，一单返利10元", "order-brushing")]
    [InlineData("只需要你名下的银行卡，每天300", "card-required")]
    [InlineData("要求名下有两张以上银行卡，日结", "many-cards")]
    [InlineData("出租yhk", "disguised-vocabulary")]
    [InlineData("纸飞机联系", "encrypted-contact")]
    [InlineData("安全无风险", "reassurance")]
    public void Match_KnownConduct_FindsThePattern(string text, string id)
    {
        Assert.Contains(id, Live(text));
    }

    [Theory]
    [InlineData("切勿出租、出借、出售银行卡")] // cue before, same clause
    [InlineData("千万不要把自己的银行卡借给他人")]
    [InlineData("要你出借手机卡的兼职一律拒绝")] // verdict after
    [InlineData("反诈提醒：出租出借银行卡涉嫌帮信罪，会被追究刑事责任")] // a warning notice
    [InlineData("负责监测跑分等异常交易")] // counter-fraud work
    [InlineData("法院审结一起帮信案：被告人出售本人银行卡3张，获利2000元，被判处有期徒刑8个月")] // court news with amounts
    [InlineData("Never rent out your bank card. Jobs that want your account are scams.")]
    [InlineData("防骗课堂：“出租银行卡，日赚三百”是陷阱")] // round 4: a quoted offer before a verdict
    public void Match_RiskyWordsQuotedInAWarning_AreNegated(string text)
    {
        var matches = Match(text);
        Assert.NotEmpty(matches.Hits);
        Assert.All(matches.Hits, h => Assert.True(h.Negated, h.Pattern.Id));
        Assert.Equal(0, matches.Evidence);
    }

    [Theory]
    [InlineData("招聘出租车司机，需提供本人银行卡号用于工资发放")]
    [InlineData("超市收银员，熟悉微信支付宝收款，五险一金")]
    [InlineData("会计：负责凭证录入、过账、对公账户日常收付")]
    [InlineData("家纺店导购，主营床品四件套")]
    [InlineData("招刷墙师傅，日结300")]
    [InlineData("快递代收点招店员")]
    [InlineData("入职需上传身份证照片办理社保")]
    [InlineData("每成功办理一张信用卡奖励80元")]
    [InlineData("便利店夜班店员：负责收银，交班时把现金取出来交给店长，月薪4000，五险")]
    public void Match_HonestAds_FindNoConduct(string text)
    {
        var live = Match(text).Hits.Where(h => !h.Negated && h.Pattern.Conduct is not (RiskConduct.Lure or RiskConduct.Evasion));
        Assert.Empty(live);
    }

    [Fact]
    public void Match_WarningCueInAnotherClause_DoesNotNegate()
    {
        // "不要押金" negates nothing after the comma.
        Assert.Contains("card-trade", Live("不要押金，出租银行卡日结"));
    }

    [Fact]
    public void Evidence_IsTheNoisyOrOfLiveWeights()
    {
        var matches = Match("出租银行卡，日结");
        var expected = 1 - ((1 - 0.90) * (1 - 0.10)); // card-trade and daily-pay
        Assert.Equal(["card-trade", "daily-pay"], matches.Hits.Select(h => h.Pattern.Id).ToArray());
        Assert.Equal(expected, matches.Evidence, 1e-12);
    }

    [Fact]
    public void Hit_QuotesTheTightestOccurrenceAsWritten()
    {
        var hit = Match("招人，出 租 银.行.咔，一天300").Hits.Single(h => h.Pattern.Id == "card-trade");
        Assert.Equal("出 租 银.行.咔", hit.Quote);
    }
}
