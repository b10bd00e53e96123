using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 433: one's own account, card, identity, line, device or outlet put to the poster's use for pay, with what it carries
// not to be asked. Read by OwnMeansUnaskedReadings over the context's one reading of what the reader is told not to ask.
public static partial class PatternCatalog
{
    private static RiskPattern OwnMeansUnasked() => new("own-means-unasked",
        "One's own account, card, identity, line, device or outlet used for pay, with what it carries not to be asked",
        "The reader's own means — his account, card or collection code, number or SIM, ID or licence, public account, device, network or outlet (你的账户, 你名下的卡, 你本人的证件, 你家wifi, 你开的店, 你的号; your account, your ID, in your name) — within one item of a standing order not to ask or mind what it carries — whose money, what content, who uses it (付款人是谁别问, 推的是什么别问, 卡给谁用不用管, 业务不过问; don't ask whose card paid) — or of a story for whoever asks (有人问就说是网关, 被投诉就说号被盗了), read once per text as `PatternContext.ToldNotToAsk`; for pay; not refused in its clause, outside licensed or formal hiring and warning notices. Honest work asks whose money it is and tells the truth.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Art. 287-2 punishes lending one's account, card, identity or line to a fraud knowing what it serves; being paid for their use while told not to ask whose money or what content passes through them, or given a story for whoever checks, is the evasion from which that knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !OwnMeansUnaskedReadings.HiresFormally(c) ? OwnMeansUnaskedReadings.OwnMeansUnasked(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };
}
