using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// The rules added while studying round 7's burned held-out set as round 8's development data
/// (ADR 205), on hand-written sentences: each risky form beside an honest sentence that shares its
/// words. None of these sentences comes from a simulator template.
/// </summary>
public sealed class RoundEightRuleTests
{
    private static string[] Live(string text) =>
        [.. PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- a real-name or face check the holder does for their own account

    [Theory]
    [InlineData("外卖站招骑手：下载配送APP，刷脸认证由本人完成，每天跑多少单拿多少钱，月入7000")]
    [InlineData("保洁员入职：在小程序里拿自己的身份证注册认证，工资月结4000元")]
    public void OnesOwnCheckForOnesOwnJobAccount_IsNotIdentityLending(string text) => Assert.DoesNotContain("identity-lending", Live(text));

    [Theory]
    [InlineData("兼职：帮商家做刷脸认证，每次80元，当天结")]
    [InlineData("刷脸认证本人完成后把账号交给我们，一次100元")] // handed over, and priced
    [InlineData("拿自己的身份证认证一个号，认证好150元")] // the check itself is priced
    public void ACheckDoneForOthersOrForAPrice_IsStillIdentityLending(string text) => Assert.Contains("identity-lending", Live(text));

    // --- pay into one's own wallet or card

    [Theory]
    [InlineData("超市理货员，晚班，工资每周五转到你自己的支付宝，时薪22元")]
    [InlineData("搬家师傅跟车，按趟算钱，每周打到你自己的卡上，一趟150元")]
    public void WagesPaidIntoOnesOwnWalletOrCard_AreNotLendingOrForwarding(string text)
    {
        var live = Live(text);
        Assert.DoesNotContain("account-lending", live);
        Assert.DoesNotContain("collect-and-forward", live);
    }

    [Theory]
    [InlineData("钱先转到你自己的支付宝，收到后转给下一个账户，每笔提成20元")]
    [InlineData("用你的微信帮老板收款，收完转出，一天200")]
    public void MoneyPassedOnFromOnesOwnWallet_IsStillFlagged(string text) => Assert.NotEmpty(Live(text).Intersect(["account-lending", "collect-and-forward", "pass-through"]));

    [Fact]
    public void AWeChatNamedAsTheContact_IsNotAnAccountMoneyMovesThrough()
    {
        Assert.DoesNotContain("account-lending", Live("家政阿姨，工资按月结到本人账户。加微信 ab5566 详谈"));
        Assert.Contains("account-lending", Live("用你的微信收款，每天结到你手上300元"));
    }

    // --- an institution checking, asking about, forbidding or publicising the conduct

    [Theory]
    [InlineData("农商行招聘风控专员：电话核实开户人是否出租出借银行卡，月薪5500元")]
    [InlineData("社区民警提醒：如果曾经卖过手机卡，请到派出所说明情况，举报电话110，奖励500元")]
    [InlineData("直播公司招聘财务助理：公司不允许员工用个人账户收货款，月薪5000元")]
    [InlineData("银行网点招聘大堂经理：向学生宣传出售银行卡的法律后果，月薪6000元")]
    public void AnInstitutionCheckingOrForbiddingTheConduct_DoesNotOfferIt(string text)
    {
        var live = Live(text);
        Assert.DoesNotContain("card-trade", live);
        Assert.DoesNotContain("phone-card-trade", live);
    }

    [Theory]
    [InlineData("高价收购银行卡，一张800元，当天结")]
    [InlineData("出租你的手机卡，一个月300元")]
    public void TheSameConductOffered_IsStillATrade(string text) => Assert.NotEmpty(Live(text).Intersect(["card-trade", "phone-card-trade"]));
}
