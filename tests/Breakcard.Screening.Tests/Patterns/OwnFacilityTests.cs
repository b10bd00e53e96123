using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 481, on hand-written texts that come from no simulator template: one's own messaging account linked to the recruiter's
/// device, one's own credit line extended to people the recruiter sends, a settlement app's confirmations automated for a platform
/// not to be asked — each for pay; and the honest twins of each (a firm's own WhatsApp Business linked to its own desk, a parent
/// adding a child, an engineer reconciling the firm's own payments), which must stay unread.
/// </summary>
public sealed class OwnFacilityTests
{
    private static bool Live(string text, string id) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    private const string Session = "messaging-session-linked-out";
    private const string CreditLine = "credit-line-extended-to-strangers";
    private const string Confirmations = "settlement-confirmations-automated";

    [Theory]
    [InlineData("Side income for students: lend us your WhatsApp each morning. Open Linked devices and scan the QR we text you, our laptop does the rest. $25 a day, paid daily. Leave the chats alone and don't unlink till we say.")]
    [InlineData("Need your number's WhatsApp Web session from 9 to 5: the code we send goes under Linked devices, then our system messages people for us. $15 a day.")]
    [InlineData("在家就能做：你的微信扫码登录到我们电脑上挂着，每天80元日结，聊天记录不用看，不要退出。")]
    public void SessionLinkedOut_OwnAccountOnTheirDevice_IsRead(string text) => Assert.True(Live(text, Session));

    [Theory]
    [InlineData("Front desk assistant, $18 an hour: keep the clinic's WhatsApp Business number linked to the reception computer under Linked devices and answer patients' bookings.")]
    [InlineData("Phone shop helper, $16 an hour: show customers how to link their own WhatsApp to their own laptop under Linked devices.")]
    [InlineData("Scam alert: never lend your WhatsApp to anyone who asks you to scan their code under Linked devices for $20 a day.")]
    public void SessionLinkedOut_FirmsOwnOrRefused_IsNotRead(string text) => Assert.False(Live(text, Session));

    [Theory]
    [InlineData("Make $80 a month per slot: each week we send you the names of three clients and you add them as authorized users on your Amex. Forward the extra cards the bank mails you.")]
    [InlineData("Good credit? Put strangers on your Visa as authorised users for 30 days, $60 each. You never meet them.")]
    [InlineData("信用好的来：在你的信用卡下给我们提供的人办附属卡，卡寄给我们，每张200元。")]
    public void CreditLineExtended_PeopleSentOntoOwnCard_IsRead(string text) => Assert.True(Live(text, CreditLine));

    [Theory]
    [InlineData("Parenting tip: adding your teenager as an authorized user on your own credit card helps them build history; set a $100 monthly limit.")]
    [InlineData("Bank teller wanted, $21 an hour: help cardholders add a spouse as an authorized user on their own account.")]
    [InlineData("Fraud alert from your bank: never add strangers as authorized users on your card, even for $50 a slot.")]
    [InlineData("AUTHORIZED USER SHEET, my own record: cardholder Dana (one Visa credit card, my own account, $40 annual fee). Users: only my spouse; we know each purchase. Cards: kept at home. Note: people offered cash to add names they are sent as authorized users may be helping fraud.")]
    public void CreditLineExtended_OwnFamilyOrRefused_IsNotRead(string text) => Assert.False(Live(text, CreditLine));

    [Theory]
    [InlineData("懂安卓的来接单：给一个收款平台写自动确认收款的插件，多台手机同时跑，一个版本4000元，平台干什么的别问。")]
    [InlineData("找会按键精灵的，做个自动抢单脚本，跑分用，多开稳定，包月3000元。")]
    public void ConfirmationsAutomated_ForUnaskedPlatform_IsRead(string text) => Assert.True(Live(text, Confirmations));

    [Theory]
    [InlineData("某物流公司招自动化工程师：用Python脚本自动确认本公司收款并与财务系统对账，月薪15000元，五险一金。")]
    [InlineData("外卖站点招调度：不用抢单插件，系统派单，月薪6000元。")]
    public void ConfirmationsAutomated_FirmsOwnReconciliation_IsNotRead(string text) => Assert.False(Live(text, Confirmations));
}
