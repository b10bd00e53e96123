using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// Round 10's readings (ADR 244), on hand-written sentences that come from no simulator template: numbers
/// that are not money, text stored under a right-to-left override, the job's own pay flow, and what a third
/// party could do after a prohibition — each with the offer it must not excuse.
/// </summary>
public sealed class RoundTenReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- numbers that are not money

    [Theory]
    [InlineData("(2/4) Stay safe online: never lend your bank card.")]
    [InlineData("社区讲座10:30开始，主题是保护好自己的银行卡。")]
    [InlineData("办卡须知：本人携带银行卡到柜台办理，详情咨询95566。")]
    [InlineData("If in doubt, call 10086 before you answer.")]
    public void ACountATimeOrAServiceNumber_IsNotAnOffer(string text) => Assert.False(Match(text).HasOffer);

    [Theory]
    [InlineData("日结300，只需你的银行卡，客服微信 kf520")]
    [InlineData("租你的卡，一张800，详情咨询我")]
    public void APriceStaysAnOffer(string text) => Assert.True(Match(text).HasOffer);

    // --- a right-to-left override

    [Fact]
    public void AWordStoredBackwards_ReadsInDisplayOrder()
    {
        var n = TextNormaliser.Default.Normalise("长期出租\u202E卡行银\u202C，一张800元");
        Assert.Contains("银行卡", n.Text, StringComparison.Ordinal);
        Assert.Contains("card-trade", Live("长期出租\u202E卡行银\u202C，一张800元"));
    }

    [Fact]
    public void AReversedHotline_IsTheHotline()
    {
        // 96110 stored as 01169: read in display order it is the anti-fraud hotline, a warning topic, not an amount.
        var m = Match("社区提示：不要出租银行卡，发现可疑请拨打\u202E01169\u202C。");
        Assert.False(m.HasOffer);
    }

    // --- the job's own pay flow

    [Theory]
    [InlineData("花店店员：用店里的收款码给供货商付款，每周五转到你自己的银行卡，时薪22元。")]
    [InlineData("Tutor wanted: RMB 150/hr, paid by WeChat Pay, 课时费每月5号打到本人银行卡。")]
    public void PayIntoOnesOwnCard_IsNotMoneyMovedForOthers(string text)
    {
        var live = Live(text);
        Assert.DoesNotContain("collect-and-forward", live);
        Assert.DoesNotContain("account-lending", live);
        Assert.False(Match(text).HasOffenceStructure);
        Assert.True(Match(text).Honest.HasFlag(HonestContext.OwnAccountPay));
    }

    [Fact]
    public void PayWithMoneyPassedOn_StaysTheOffence()
    {
        // The same scheduled pay, but the money that arrives is sent on: not pay any more.
        const string text = "帮我们用你的支付宝收款，每周五转到你自己的银行卡，再按要求转出到指定账户，一单50元。";
        Assert.True(Match(text).HasOffenceStructure);
    }

    // --- what a third party could do after a prohibition

    [Theory]
    [InlineData("营业厅提示：切勿把副卡借给他人，他人能用您的号码接收验证码。")]
    [InlineData("温馨提示：不要给陌生人的设备开通副号，对方就可以用您的号收短信。")]
    public void AThirdPartysActAfterAProhibition_IsItsReason(string text)
    {
        Assert.DoesNotContain("sms-code", Live(text));
        Assert.True(Match(text).Honest.HasFlag(HonestContext.Prohibition));
    }

    [Fact]
    public void ReassuranceFollowedByTheAct_StaysAnOffer()
    {
        // 不要 here calms the reader; the text pays, so the clause after it is the offer, not a reason.
        const string text = "不要担心陌生人，对方会用你的号接收验证码，一条5元。";
        Assert.Contains("sms-code", Live(text));
    }

    [Fact]
    public void AnEnglishVerdictWithAPronoun_MakesANotice()
    {
        const string text = "Someone asks for your banking login, deposits money, and you send it on. That's a crime. Never share your card or PIN.";
        Assert.DoesNotContain("pass-through", Live(text));
        Assert.True(Match(text).IsWarningNotice);
    }

    [Fact]
    public void SigningOnesOwnContractByFace_IsOnesOwnCheck()
    {
        Assert.DoesNotContain("identity-lending", Live("仓库临时工：在用工平台APP上刷脸签约，报酬每周打到本人银行卡。"));
        Assert.Contains("identity-lending", Live("帮公司刷脸签约，一次200元，日结。"));
    }

    // --- keep a cut, send the rest on

    [Theory]
    [InlineData("代收员：顾客的钱先转到你的微信，扣掉手续费，其余当天转给老板指定的账号，每单提成20元。")]
    [InlineData("My report: 3 transfers came into my card, 5,000元 in all; I kept my cut and sent the rest on to the next account.")]
    public void TheRestOfArrivedMoneySentOn_IsPassThrough(string text)
    {
        Assert.Contains("pass-through", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Theory]
    [InlineData("客服专员：处理你负责的订单，其余问题转给主管，月薪4500元，工资每月打到你的银行卡。")]
    [InlineData("导购：底薪3000元，提成每月10号打到你自己的银行卡，其余补贴月底转给你。")]
    public void TheRestOfWorkOrPay_IsNotPassThrough(string text) => Assert.DoesNotContain("pass-through", Live(text));
}
