using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 369, on hand-written sentences that come from no simulator template: a counter's takings banked in the employer's
/// own account, a refusal's list of things not asked for, and verification codes handed back to the principal whose own
/// accounts sent them are honest work; the same acts through the reader's own code, number or mailbox, or sent on to
/// others, stay the conduct.
/// </summary>
public sealed class CounterAndPrincipalReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("面包店招店员，时薪20元：收银台扫顾客本人出示的付款码收款，到账后打小票；当天营业款交到店铺的对公户。", "collect-and-forward")]
    [InlineData("面包店招店员，时薪20元：收银台扫顾客本人出示的付款码收款，到账后打小票；当天营业款交到店铺的对公户。", "account-lending")]
    [InlineData("药店收银兼职，一天150元：用店里的收款码向顾客收款，顾客本人扫码付款，货款每晚存入门店账户。", "money-conversion")]
    public void TakingsBankedForTheEmployer_AreNotCollectionForOthers(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    [InlineData("奶茶店兼职收银：用你自己的收款码帮店里收款，货款每晚存入公司账户，日结150元", "account-lending")]
    [InlineData("奶茶店兼职收银：用你自己的收款码帮店里收款，货款每晚存入公司账户，日结150元", "collect-and-forward")]
    [InlineData("有收款机的店主兼职：群里发来别人的付款码，你手动输入收款，到账后转到指定的卡，剩下的存入店里账户，每笔提3%。", "collect-and-forward")]
    public void CollectionThroughTheReadersOwnCodeOrSentOn_StaysLive(string text, string pattern) => Assert.True(Live(Match(text), pattern));

    [Theory]
    [InlineData("Course office notice: our staff never request passwords, bank card numbers or verification codes by e-mail or phone.")]
    [InlineData("Landlord's rules: I never ask tenants for bank cards, ID copies or verification codes by mail.")]
    public void RefusedListOfThings_ReachesItsLastItem(string text) => Assert.False(Live(Match(text), "sms-code"));

    [Theory]
    [InlineData("We never ask for your bank card. Just send us the verification codes you receive, 50 per code.")]
    [InlineData("Never mind the fees, just send us the verification codes you receive, 50 each.")]
    public void CodesSentOnAfterARefusalElsewhere_StayLive(string text) => Assert.True(Live(Match(text), "sms-code"));

    [Theory]
    [InlineData("总经理助理（全职）：管理总经理的邮箱和日程，总经理本人账号登录时的验证码由你代为接收并转告总经理本人，月薪8000元，五险一金。")]
    [InlineData("行政助理：每天帮院长本人的邮箱收取登录验证码，并当面交给院长，月薪7000元，签劳动合同。")]
    public void CodesFromThePrincipalsOwnAccountsHandedBack_AreTheJob(string text) => Assert.False(Live(Match(text), "sms-code"));

    [Theory]
    [InlineData("兼职：用你自己的手机号帮别人接收验证码，收到后转发给买家，一条30元。")]
    [InlineData("助理兼职：帮老板本人账号接收验证码，收到后转发给买家，一条30元。")]
    [InlineData("Student job: lend us your university mailbox and forward us the verification codes it receives, 200 a week.")]
    public void CodesOnTheReadersOwnNumberOrSoldOn_StayLive(string text) => Assert.True(Live(Match(text), "sms-code"));
}
