using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 453: whatever is opened or registered on the reader's own name or ID, handed to the poster's side for pay per piece.
// Read by OwnNameHandedOverReadings.
public static partial class PatternCatalog
{
    private static RiskPattern OwnNameHandedOver() => new("own-name-handed-over",
        "Something opened or registered in one's own name handed to the poster's side for pay per piece",
        "The reader's own name or ID (凭本人证件, 用你的身份证, 以你的名义, 你名下; in your own name, with your ID) beside an opening or registering verb (办, 开通, 注册, 申请, 登记, 开两间房; open, register, sign up, activate), then, within one item, what was opened handed to the poster's side (寄给我们, 交给对接人, 发给助理; hand the card and its PIN to the desk, send it to us), for pay per piece (一张给50元, 一间每晚150; $200 per card) — whatever the thing is: a card, a number, an account, a wallet, a room, a car. Not refused in its clause, outside licensed or formal hiring and warning notices. Honest work opens things for the reader's own use or hands a customer's back to the customer, and is paid by the day or month, not per piece.",
        0.85, RiskConduct.IdentityLending, [AntiFraudLaw31, CriminalLaw287_2],
        "Anti-Fraud Law Art. 31 forbids lending or selling one's cards, accounts and numbers and helping others pass real-name checks; opening one in one's own name to hand to another for pay per piece is that sale, and the help a fraud buys under Art. 287-2.",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !c.Has(Concept.FormalEmployment) ? OwnNameHandedOverReadings.OwnNameHandedOver(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };
}
