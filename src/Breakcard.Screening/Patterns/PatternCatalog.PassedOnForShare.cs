using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 453: others' money received and passed straight on for a share of the flow, whatever receives it. Read by
// PassedOnForShareReadings.
public static partial class PatternCatalog
{
    private static RiskPattern PassedOnForShare() => new("passed-on-for-share",
        "Money received and passed straight on for a share of what passes",
        "An arrival of money (到账, 打进, 收到货款, 客户转过来; receive / accept customer payments) with an onward move within a clause or two after it (转出, 付出去, 转给; forward them, pass them on), not to the reader himself and not to the employer's own or corporate account, and a share of the flow as pay within one item (佣金, 提成, 千分之八, 3个点; keep 3%, commission) — whatever receives the money: a card, a wallet, \"the place your salary lands\". Not refused in its clause, not narrated of a wrongdoer, outside licensed or formal hiring and warning notices.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31],
        "Receiving others' money and passing it on for a cut of each payment is the payment settlement Art. 287-2 names, whatever account or wallet it passes through.",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !c.Has(Concept.FormalEmployment) ? PassedOnForShareReadings.PassedOnForShare(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };
}
