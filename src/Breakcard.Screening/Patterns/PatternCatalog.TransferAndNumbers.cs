using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 391: two English forms of help the card and wallet patterns do not hold — money-transfer payouts collected in the
// reader's own name for others and the cash handed on, and phone numbers or accounts registered on the reader's own phone
// and handed over. Read by TransferAndNumberReadings; methods, not fields, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern TransferPickup() => new("transfer-pickup",
        "Money-transfer payouts collected in one's own name for others and the cash handed on",
        "Payouts or transfers collected in the reader's own name (sent to your name, receiver: you, your passport) and the cash handed to the recruiter's people (hand the cash to our courier, cash handed to the driver) or turned into crypto for them, for pay per pickup or a cut kept (keep 8%, $120 a pickup), while who sends the money is not to be asked or the clerk is told it is family (say it's from your uncle) — outside licensed or formal hiring and warning notices. A money-transfer agent's clerk pays out to the named receiver, who keeps the money, and refuses and reports whoever collects for strangers.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Collecting others' money in one's own name and passing it on to them is payment settlement under Art. 287-2 (the money mule); a cover story for the clerk and senders left unasked are evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Lexicon.Concept.FormalEmployment) || !TransferAndNumberReadings.MentionsCashOrPickup(c)
            ? [] : TransferAndNumberReadings.PickupsHandedOn(c));

    private static RiskPattern NumberHandover() => new("number-handover",
        "Phone numbers or accounts registered on one's own phone and handed over",
        "Numbers or accounts set up with the reader's own phone, number or SIM (sign up on your own phone, verify it with your real number, link it to your own SIM) and then given to the recruiter (log in on our device, add our e-mail as owner, hand the login to us) or cut loose from the reader (then unlink your phone), for pay per number, while the codes are forwarded on request or what the numbers are used for is not to be asked — outside licensed or formal hiring and warning notices. A company's IT desk assigns business numbers from its own console to staff who sign in with work accounts, links no personal number and forbids forwarding codes.",
        0.85, RiskConduct.PhoneCardTrade, [AntiFraudLaw31, Opinion2021No22Art7, CriminalLaw287_2, Interpretation2019No15Art11],
        "A number registered on one's own real-name phone and handed over is a phone card or internet account lent or sold and a real-name check passed for others (Anti-Fraud Law Art. 31); forwarding the codes that keep it alive and leaving its use unasked are evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Lexicon.Concept.FormalEmployment) || !TransferAndNumberReadings.MentionsNumber(c)
            ? [] : TransferAndNumberReadings.NumbersHandedOver(c));
}
