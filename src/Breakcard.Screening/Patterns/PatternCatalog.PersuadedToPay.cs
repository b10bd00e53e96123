using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 463: words written for pay that make a reluctant person pay in, for a principal whose purpose is kept from the writer.
// Read by PersuadedToPayReadings over the context's one reading of what the reader is told not to ask.
public static partial class PatternCatalog
{
    private static RiskPattern PersuadedToPay() => new("persuasion-to-pay-unasked",
        "Words that make a reluctant person pay in, written for pay, with whose chats or what they serve not to be asked",
        "A person who hesitates, will not pay or wants his money out (犹豫, 不想充, 不肯转账, 想提现) and words written to persuade or hold him (说服, 劝, 稳住, 话术), or someone steered to pay in (让客户充值, 引导入金, 催他加码) — however the job is called (labelling, copywriting, training data) — within one item of a standing order not to ask or mind where the chats come from or what they serve (数据哪来的别问, 拿去干嘛不用管), read once per text as `PatternContext.ToldNotToAsk`; for pay; not refused in its clause, outside licensed or formal hiring and warning notices. Honest work names whose chats and customers they are and asks no silence.",
        0.85, RiskConduct.TechnicalSupport, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Writing the lines that make a fraud's victims pay is help to the fraud (Art. 287-2 names technical support and other help); being paid for it while told not to ask whose chats they are or what they serve is the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !OwnMeansUnaskedReadings.HiresFormally(c) ? PersuadedToPayReadings.PersuadedToPay(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };
}
