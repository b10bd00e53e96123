using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// Round 11's readings (ADR 260), on hand-written sentences that come from no simulator template: the technical
/// support, promotion and insider conduct Art. 287-2 names besides payment settlement, and the readings that keep
/// their honest twins honest — each conduct with the honest text it must not flag, each honest reading with the
/// offer it must not excuse.
/// </summary>
public sealed class RoundElevenReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- technical support: equipment run, carried or hosted for others

    [Theory]
    [InlineData("夜班守机房：帮老板看着三台多卡网关，掉线了就重启，日结400。")]
    [InlineData("开车拉一台设备在城里转圈，交警问起就说是车载音响，一晚600。")]
    [InlineData("帮我们在你家放一台服务器，插上电就行，别问它是干什么的，每月给你800。")]
    public void EquipmentRunForOthersWithItsPurposeHidden_IsTechnicalSupport(string text)
    {
        Assert.Contains("technical-support", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Theory]
    [InlineData("门店导购：介绍新款设备，顾客问起就说是今年新款，月薪5000。")]
    [InlineData("测绘公司招司机：车顶装有采集设备，按任务路线行驶，遇到检查出示公司证明，月薪6000，每月10号发到本人工资卡。")]
    [InlineData("机房运维工程师：负责公司服务器巡检和设备维护，五险一金，月薪9000。")]
    public void EquipmentInAnOpenJob_IsNotTechnicalSupport(string text) => Assert.DoesNotContain("technical-support", Live(text));

    // --- promotion: others' groups and links spread for pay, their business hidden

    [Theory]
    [InlineData("在家发帖：把我们给的群二维码发到各个论坛，号被封了就换个号，每拉进一人10元。")]
    [InlineData("用你的小红书私信陌生人，有人扫码进群就给你15元，群里做什么不归你管。")]
    public void PromotionWithTheBusinessHidden_IsPromotion(string text)
    {
        Assert.Contains("promotion", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Theory]
    [InlineData("水果店招社群助理：在店里的微信群发每日团购，顾客扫码进群领优惠券，时薪20元。")]
    [InlineData("新媒体运营：负责公司抖音号引流，懂防封技巧优先，五险一金，月薪8000。")]
    [InlineData("社群运营：账号被封请及时申诉，负责拉人进群，时薪25元。")]
    public void PromotionInTheOpen_IsNotPromotion(string text) => Assert.DoesNotContain("promotion", Live(text));

    // --- an employee's position: accounts opened for people others bring, checks waived

    [Fact]
    public void AnInsiderWaivingChecks_IsInsiderOpening()
    {
        const string text = "找信用社内部人员：我们带人过去办卡，审核放宽一点，一户给你200。";
        Assert.Contains("insider-opening", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Fact]
    public void APromoterWhoChecks_IsNotInsiderOpening() =>
        Assert.DoesNotContain("insider-opening", Live("银行招大堂引导员：协助客户办卡，严格核实开户意愿，每办理一户奖励20元。"));

    // --- a deposit into one's own account

    [Fact]
    public void ADepositIntoOnesOwnAccount_IsNotConversion() =>
        Assert.DoesNotContain("money-conversion", Live("还款提醒：应还800元，请往您本人的还款账户存入足额资金，系统自动扣款。"));

    [Fact]
    public void ADepositIntoDesignatedAccounts_StaysConversion() =>
        Assert.Contains("money-conversion", Live("钱打进你卡后取出来，分几次存入指定账户，每次给你100元。"));

    // --- money received, then sent on as told

    [Theory]
    [InlineData("用你名下的卡接收合作方资金，收到后按我们要求转到别的账户，每笔抵扣200元欠款。")]
    [InlineData("拿你的卡帮我们过几笔账，钱进来就转走，每次抵500欠款。")]
    public void MoneyReceivedAndSentOnAsTold_IsPassThrough(string text) => Assert.Contains("pass-through", Live(text));

    [Fact]
    public void ParcelsReceivedAndCustomersToldAsAsked_IsNotPassThrough() =>
        Assert.DoesNotContain("pass-through", Live("快递驿站：帮居民接收包裹，收到后按要求通知取件，月薪3500。"));

    // --- a counter script is not a relayed call

    [Fact]
    public void ACounterScript_IsNotACallRelay() =>
        Assert.DoesNotContain("call-relay", Live("营业厅话术：请问是您本人办卡吗？号码不能借给他人使用。"));

    [Fact]
    public void AScriptReadIntoCallsFromYourNumber_StaysACallRelay() =>
        Assert.Contains("call-relay", Live("用你的手机号照话术拨打电话，一通2元。"));

    // --- a crime's name after 是 judges what came before

    [Fact]
    public void NamingTheActAsTheCrime_IsAVerdict() =>
        Assert.DoesNotContain("settlement", Live("社区招调解员：告诉居民“帮人走账抵债”是帮信，补贴每次50元。"));

    [Fact]
    public void DenyingItIsTheCrime_IsNoVerdict() =>
        Assert.Contains("settlement", Live("帮人走账抵债，这不是帮信，一次给你500。"));

    [Fact]
    public void AWeWillNeverAskStatement_Forbids() =>
        Assert.DoesNotContain("collect-and-forward", Live("我行不会让您用自己的卡帮人收款转账，应还3280元请走官方渠道。"));

    // --- a quiz whose marked answers refuse

    [Fact]
    public void AQuizWhoseAnswersRefuse_MakesNoOffer()
    {
        var m = Match("反诈小测验：有人出1000元让你把银行卡借他用，你应该：A.借 B.拒绝并报警 ✔");
        Assert.False(m.HasOffer);
        Assert.DoesNotContain(m.Hits, h => !h.Negated && h.Pattern.IsOffenceStructure);
    }

    [Fact]
    public void AQuizWhoseAnswerIsACoverStory_StaysAnOffer() =>
        Assert.True(Match("上岗测验：设备灯全红怎么办？A.不管 B.重启后截图发群 ✔ 有人问就说是公司测试，日结300").HasOffer);

    // --- what a cue forbids

    [Fact]
    public void DoNotAskWhatItIsFor_ForbidsTheAskingNotTheAct()
    {
        var n = TextNormaliser.Default.Normalise("开车带着箱子跑，别管箱子干什么用，一天500。");
        var box = n.Terms.Select((t, i) => (t, i)).Last(x => x.t.Term.Text == "箱子").i;
        Assert.False(new PatternContext(n).IsNegated(box));
    }

    // --- words that were misread

    [Theory]
    [InlineData("日结➌⓿⓪元", "300")]
    [InlineData("每进一人❶❺元", "15")]
    public void NegativeCircledDigits_AreDigits(string text, string digits) =>
        Assert.Contains(digits, TextNormaliser.Default.Normalise(text).Text, StringComparison.Ordinal);

    [Fact]
    public void PayingWithTheEmployersCard_IsNotBrushing()
    {
        Assert.DoesNotContain("order-brushing", Live("司机：加油刷单位的油卡，月薪5000。"));
        Assert.Contains("order-brushing", Live("在家刷单，一单返佣10元，日结。"));
    }
}
