using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 399: two English money-mule errands the card and transfer patterns do not hold — strangers' cards spent from a phone
// wallet the recruiter supplies, and parcels of victims' cash or goods taken in at the reader's address and handed on. Read
// by WalletAndParcelReadings; methods, not fields, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern OthersCardsSpent() => new("others-cards-spent",
        "Others' payment cards on a supplied phone or wallet spent for the recruiter",
        "Payment cards that are not the reader's — loaded, provisioned or cloned onto a phone or wallet the recruiter supplies (cards already in Google Wallet, a phone preloaded with cards, cards cloned to Apple Pay), named as others' (not yours, someone else's, names you won't know) or tried one after another on a decline — spent by tap or purchase at stores or online, with the goods, gift cards or their codes handed to the recruiter's people (hand everything to our driver, send us photos of the codes) or the use concealed (whose not to be asked, a cover story for the cashier, the reader's own ID kept out), for pay — outside licensed or formal hiring and warning notices. An office runner pays with the employer's card issued to them, takes the supplies to the office and refuses other people's cards.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Spending stolen or cloned cards and handing on the goods converts the proceeds of card fraud for the fraudsters: payment settlement and help under Art. 287-2 (the shopping mule); whose cards left unasked and a cover story for the cashier are evasion from which knowledge is presumed.",
        c => !WalletAndParcelReadings.MentionsWallet(c) || c.IsLicensedHiring || c.IsWarningNotice || c.Has(Concept.FormalEmployment) || !WalletAndParcelReadings.Pays(c)
            ? [] : WalletAndParcelReadings.OthersCardsSpent(c));

    private static RiskPattern ParcelsReceivedForOthers() => new("parcels-received-for-others",
        "Parcels taken in at one's address for others and handed on",
        "Boxes, packages or envelopes taken in at the reader's home or an address the recruiter books (or collected from people's doors) and handed to the recruiter's people (give them to our courier, box handed to the driver), reshipped on their labels, or the cash inside deposited for them, for pay per parcel, with what is done kept from view: the contents or senders not to be asked, the reader's real name kept off or a name the recruiter gives signed, a cover story for whoever asks (if police come, say you were holding it for a friend), or cash inside from people the reader never met — outside licensed or formal hiring and warning notices. A building's front desk signs for residents who collect their own boxes, refuses boxes for others and reports whoever asks to collect them for a client.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Receiving victims' mailed cash or goods bought with stolen cards and passing them to the fraudsters is payment settlement and help under Art. 287-2 (the package or cash courier mule); a false name, contents left unasked and a cover story for the police are evasion from which knowledge is presumed.",
        c => !WalletAndParcelReadings.MentionsParcel(c) || c.IsLicensedHiring || c.IsWarningNotice || c.Has(Concept.FormalEmployment) || !WalletAndParcelReadings.Pays(c)
            ? [] : WalletAndParcelReadings.ParcelsHandedOn(c));
}
