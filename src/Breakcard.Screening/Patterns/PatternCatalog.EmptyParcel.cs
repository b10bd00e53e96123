using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 424: one's own outlet or name lent as the sender of strangers' fake shipments — parcels with nothing (or a tissue) inside
// sent on waybills or to addresses the stranger supplies, paid per parcel. Read by EmptyParcelReadings; a method, not a field,
// as in PatternCatalog.OwnChannel.cs.
public static partial class PatternCatalog
{
    private static RiskPattern EmptyParcelsSent() => new("empty-parcels-sent",
        "Empty parcels sent from one's own outlet on strangers' waybills, for pay",
        "Parcels with nothing or a token inside (空包, 空信封, 里面塞纸巾, 放一张纸; empty envelopes, nothing inside) sent on waybills, to addresses or to recipients the poster's side supplies (面单我们出, 单号和地址我们给, 表里的单号, 收件人是我们给的陌生人; labels we email you) or from the reader's own outlet (用你的网点, 你那里的驿站; your shipping store), both within one item and standing — not refused before them in their clause nor by a refusal after their list (空包…一律不收) — for pay, outside licensed or formal hiring and warning notices, and not where the clause names a wrongdoer as who acts. An outlet whose rules refuse empty parcels and strangers' waybills, a consolidation warehouse packing real goods on its customers' own orders, and a stationer selling empty envelopes to buyers who give their own addresses are not it.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "An empty parcel with a real pick-up scan is the fake logistics record that order brushing and marketplace frauds need before a buyer or a platform releases money: lending one's outlet to it, for pay per parcel on a stranger's waybills, is help under Art. 287-2; contents that are nothing and recipients one never knows are what makes the help's purpose known (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Concept.FormalEmployment) || !EmptyParcelReadings.MentionsEmptyContents(c) ? [] : EmptyParcelReadings.EmptyParcelsSent(c))
    {
        StockLinesDoNotExcuse = true,
    };
}
