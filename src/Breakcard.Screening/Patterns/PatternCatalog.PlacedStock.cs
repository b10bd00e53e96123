using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 442: items the poster's side prepared, put by the reader where the public buys or pays, with who he is or where they
// come from kept from view, for pay per place. Read by PlacedStockReadings over the context's English view.
public static partial class PatternCatalog
{
    private static RiskPattern StockPlacedConcealed() => new("stock-placed-concealed",
        "Items the poster provides put where the public buys or pays, with who the reader is or where they come from kept from view",
        "Items the poster's side provides (we give you, we ship you, from the bag, our decals, the stickers we send) put where the public buys or pays — on a store's racks, displays or shelves, a kiosk, ATM, card reader, pump, meter, dock, charger or locker — or with their code tampered (barcode already re-stuck, swap the tags, a sticker over the QR code), within one item of a concealment: a standing order not to ask who loads or sends them (don't ask who loads them, no questions about where the cards come from), a story for the staff about who the reader is (if staff ask say you're a vendor rep, tell the manager you're from corporate, pose as a technician) where no badge or signed vendor log stands beside it, or the cameras or staff evaded (a hood near the cameras, avoid the cameras, don't use the register); for pay; not refused in its clause nor narrated of someone else (fraudsters, scammers, someone tells you), outside licensed or formal hiring and notices that offer nothing. A merchandiser who checks in with a badge and signs the vendor log keeps nothing from the store.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Art. 287-2 punishes help given knowing it serves a fraud: putting a ring's tampered gift cards, decals or readers where victims pay is the fraud's payment chain, and being paid per store while told to hide who loads them and to lie to the staff is the evasion from which that knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || (c.IsWarningNotice && !c.HasOffer) || c.Has(Concept.FormalEmployment) ? [] : PlacedStockReadings.StockPlacedConcealed(c))
    {
        StockLinesDoNotExcuse = true,
        NoticeLinesDoNotExcuse = true,
    };
}
