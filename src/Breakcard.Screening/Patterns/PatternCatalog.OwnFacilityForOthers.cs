using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 481: one's own messaging session, one's own credit line and a settlement app's confirmations put at others' disposal for
// pay — the structures under round 30's blind misses that no reading named (OwnFacilityReadings). Methods, not fields, as in
// PatternCatalog.ConcealedErrand.cs.
public static partial class PatternCatalog
{
    private static RiskPattern MessagingSessionLinkedOut() => new("messaging-session-linked-out",
        "One's own messaging account linked to the recruiter's device for pay",
        "The reader's own messaging account or number (your WhatsApp, ur number, 你的微信) linked to a device the recruiter runs — a linked-devices or web session opened by scanning a code they send (scan our code under Linked devices, 扫我们发的码登录到我们电脑), their computer then using it — with a sign the reader is kept out of what it does (don't read the chats, don't unlink until we say, no need to know who we message) or the device named as theirs, for pay; outside licensed hiring and warning notices. A firm linking its own WhatsApp Business number to its own front-desk computer links no worker's account.",
        0.85, RiskConduct.AccountLending, [AntiFraudLaw31, CriminalLaw287_2],
        "Art. 31 forbids lending one's internet accounts to others; a live session of one's own number on a stranger's computer is that account lent, and the messages it sends carry one's name (Art. 287-2 where it serves fraud).",
        c => c.IsLicensedHiring || c.IsWarningNotice ? [] : OwnFacilityReadings.SessionLinkedOut(c));

    private static RiskPattern CreditLineExtendedToStrangers() => new("credit-line-extended-to-strangers",
        "One's own credit card line extended to strangers as authorised users, for pay",
        "People the recruiter sends — clients, strangers, names with a date of birth, slots — added as authorised users on the reader's own credit card (add our clients as authorized users on your Visa; 在你的信用卡下给我们的客户办附属卡), for pay per slot or month or with the extra cards forwarded to the recruiter; outside licensed hiring and warning notices. A parent adding their own child or spouse is not a stranger sent.",
        0.85, RiskConduct.CardTrade, [AntiFraudLaw31, CriminalLaw287_2],
        "Art. 31 forbids lending one's bank cards and accounts; a credit line opened to people one never meets, with their cards sent on, is the card lent (the tradeline sale), and its spending is laundered through one's name.",
        c => c.IsLicensedHiring || c.IsWarningNotice ? [] : OwnFacilityReadings.CreditLineExtended(c));

    private static RiskPattern SettlementConfirmationsAutomated() => new("settlement-confirmations-automated",
        "Automation that grabs a payment-settlement app's orders or confirms its receipts, for an app not to be asked",
        "A plugin or script (插件, 脚本, 按键精灵, 无障碍; script, bot) built to grab an order-taking app's orders or confirm its receipts automatically (自动抢单, 自动确认收款; auto-confirm payments) across many phones, for a platform whose business is not to be asked (平台做什么别问) or named as 跑分, for pay; outside licensed hiring and warning notices. An engineer reconciling the firm's own payments names the firm and is not told not to ask.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, Interpretation2019No15Art11],
        "A 跑分 app pays account holders to take orders and confirm that money arrived; automating those confirmations for it is technical support to payment settlement under Art. 287-2, and being told not to ask what the platform does is the evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice ? [] : OwnFacilityReadings.ConfirmationsAutomated(c));
}
