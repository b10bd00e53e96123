using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 423: something handed over, published or passed on for pay, with the reader told not to ask what becomes of it. Read
// by UnaskedReadings over the context's one reading of what the reader is told not to ask (PatternContext.ToldNotToAsk).
public static partial class PatternCatalog
{
    private static RiskPattern HandedOverUnasked() => new("handed-over-unasked",
        "Something handed over or published for pay, with what becomes of it not to be asked",
        "A thing the reader hands to the poster's side or publishes from his own account (发给我们, 传到我们的网盘, 交给对接人, 用你的号发, send it to us, post it from your account) for pay, within one item of a standing order not to ask or mind what becomes of it — what it is for, who uses it, whether it is true (拿去干啥不用管, 照片给谁用别问, 文章真假别问, don't ask what it's for, no questions asked, none of your business) — or of a story to tell whoever asks (审核问起就说自己写的, if anyone asks, say …); not on a warning line, not in a sentence describing someone else's approach or followed by a refusal, outside warning notices and licensed or formal hiring. Honest work asks what a customer's copy is for and tells the truth.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Art. 287-2 punishes help given knowing it serves a fraud; being paid per item while told not to ask what the item is used for, or given a story for whoever checks, is the evasion from which that knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !c.Has(Concept.FormalEmployment) ? UnaskedReadings.HandedOverUnasked(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };
}
