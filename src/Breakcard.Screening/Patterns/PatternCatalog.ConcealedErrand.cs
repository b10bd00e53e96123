using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 473: paid work for the poster's side, its purpose not to be asked, with a second sign of concealment in the same item —
// the shape of the offer, whatever its act (ConcealedErrandReadings). A method, not a field, as in PatternCatalog.OwnChannel.cs.
public static partial class PatternCatalog
{
    private static RiskPattern ConcealedErrand() => new("concealed-errand",
        "Paid work whose purpose is not to be asked, with a second sign that it is kept from view",
        "A standing order not to ask or mind what the work serves — for whom, where, whose money (给谁用别问, 楼里干什么不用管, 钱哪来的别问; don't ask whose money it is) — or a story for whoever checks, read once per text as `PatternContext.ToldNotToAsk`, with a second sign of the same concealment in one item: a second such form, a story for one's family (对家里就说在工地上班; tell your parents), the thing collected back or sent where the poster says (办好收回来, 调好发到指定地址, 卖给指定的号; send it to us, our driver collects), the phone or passport taken, the people served never met (公司是谁不用见; you never meet them) or the money arriving from the poster's side (钱老板先转给你; we wire funds to your account); for pay; a blanket waiver (什么都不用管) is not an order; not narrated of others, the sign not refused in its clause, outside licensed hiring and warning notices.",
        0.80, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Art. 287-2 punishes help given to an information-network crime knowing what it serves; being paid for work whose purpose one is told not to ask, while the work is also hidden from one's family, the checks or the people it serves, is the evasion from which that knowledge is presumed (法释〔2019〕15号 Art. 11), whatever the act.",
        c => c.IsLicensedHiring || c.IsWarningNotice ? [] : ConcealedErrandReadings.ConcealedErrand(c))
    {
        StockLinesDoNotExcuse = true,
    };
}
