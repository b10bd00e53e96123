using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 433: goods paid with cards that are not the reader's, collected in his name or on his ID. Read by
// OthersCardsCollectedReadings over the context's English view (crads, c*rds read as cards).
public static partial class PatternCatalog
{
    private static RiskPattern OthersCardsCollected() => new("others-cards-collected",
        "Goods paid with cards that are not the reader's, collected in the reader's name or on his ID",
        "Payment cards that are not the reader's — not ours, not yours, someone else's, strangers', cards the poster gets from a supplier, whose not to be asked, or the reader told not to use his own (paid with cards that aren't ours, cards we get from a supplier, don't ask whose cards, don't use your own card), read through transposed or dropped letters (crads, c*rds) — within one slip of the order or its collection in the reader's name or on his ID (placed in your name, your real ID at the counter, show your ID), for pay; not refused in the clause before the cards, outside licensed or formal hiring and warning notices. A store's rule that refuses cards that are not the customer's is not it.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Collecting in one's own name goods bought with stolen or others' cards converts the proceeds of card fraud for the fraudsters: the collector's real ID is what lets the goods out of the store (Art. 287-2; Anti-Telecom and Online Fraud Law Art. 31); cards named as not his and whose not to be asked are the knowledge presumed (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Concept.FormalEmployment) ? [] : OthersCardsCollectedReadings.OthersCardsCollected(c));
}
