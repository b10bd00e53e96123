using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 415: payment instruments (money orders, cashier's checks, bank drafts, postal orders, gift and prepaid cards) bought
// with others' cash for payees they name — the English settlement errand no card, wallet or transfer pattern holds. Read by
// PaymentInstrumentReadings; a method, not a field, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern InstrumentsBoughtForOthers() => new("instruments-bought-for-others",
        "Money orders, checks or gift cards bought with others' cash for payees they name",
        "Payment instruments — money orders, cashier's checks, bank drafts, postal orders, gift or prepaid cards — bought with cash that reaches the reader from the recruiter's side (handed over by our courier or driver, cash we send you, money sent to your account and withdrawn) or whose source is not to be asked, with the payee left to the recruiter (payee blank, payable to the names we give) or the instruments passed on to them (mailed to an address we give or in another state, photos sent to our handler, handed to our courier), for pay — outside licensed or formal hiring and warning notices. A post-office clerk sells money orders to customers buying with their own cash for their own bills, the payee written at the counter, and stops a sale made with a stranger's cash.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Turning others' cash into instruments that can be mailed to whoever they name moves their money for them: payment settlement under Art. 287-2 (the money-order mule); a blank payee and a source left unasked are evasion from which knowledge is presumed.",
        c => !PaymentInstrumentReadings.MentionsInstrument(c) || c.IsLicensedHiring || c.IsWarningNotice || c.Has(Lexicon.Concept.FormalEmployment) || !WalletAndParcelReadings.Pays(c)
            ? [] : PaymentInstrumentReadings.BoughtForOthers(c));
}
