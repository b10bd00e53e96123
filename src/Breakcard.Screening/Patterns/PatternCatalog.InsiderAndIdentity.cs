using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 409: two English acts the card, number and identity patterns did not hold — an employee's account action (a SIM swap,
// a port-out, a reset or unlock) done for outsiders without the holder, paid per action, and one's own verified identity (an
// iris, face or KYC check) passed for an account the recruiter keeps. Read by InsiderAccountReadings and
// VerifiedIdentityReadings; methods, not fields, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern InsiderAccountAction() => new("insider-account-action",
        "An employee's account action done for outsiders without the holder, paid per action",
        "A number moved to another SIM, eSIM, device or carrier (a SIM swap, a port-out, a line reassigned), or an account's password, PIN, second factor, e-mail or lock reset, changed or lifted, on numbers or accounts the recruiter supplies (we send the number, numbers from our list, don't ask whose) or with the result sent to the recruiter (text us the eSIM QR, port it to our SIM), while the holder is not there or the holder's checks are skipped (no customer in store, the account holder never comes in, skip the ID check and the PIN, no call-back), for pay per action (three hundos a swap, $500 per reset, paid in crypto) — outside warning notices; none of the three refused in its clause or inside a condition. A store's ticket with the holder present, ID and PIN checked and the new SIM on the holder's own phone, whose rules refuse swaps for anyone else and report whoever offers money, is not it.",
        0.85, RiskConduct.InsiderAbuse, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "A SIM swap or account reset done without the holder hands the holder's number, codes and accounts to the fraudsters: an employee's position used to pass real-name and security checks for others (Anti-Fraud Law Art. 31) and help under Art. 287-2; the holder kept out and whose numbers left unasked are evasion from which knowledge is presumed.",
        c => c.IsWarningNotice || !InsiderAccountReadings.MentionsAction(c) ? [] : InsiderAccountReadings.ActionsForOutsiders(c));

    private static RiskPattern VerifiedIdentityHandedOver() => new("verified-identity-handed-over",
        "One's own verified identity passed for an account the recruiter keeps, for pay",
        "An identity check passed by the reader in person — an iris, eye or face scan, a liveness or selfie check, KYC with the reader's own ID, a \"verified human\" proof — for an account that goes to the recruiter: handed or sent to them (give us the verified account, send us the login, we change the e-mail to ours), kept by them (the ID and its wallet stay with us), or set up by them (the account we made, the app installed by us) with the phone handed back or the check deceived (if staff ask, it's your own app; don't ask who uses the accounts), for pay — outside licensed hiring and warning notices; none refused in its clause or inside a condition. A booth's card for the reader's own phone and account, whose rules refuse the sale and report those who pay for scans, is not it.",
        0.85, RiskConduct.IdentityLending, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "A verified account is a real-name or proof-of-person check passed for whoever holds it: selling it helps others pass identity checks (Anti-Fraud Law Art. 31) and supplies the accounts fraud runs through (help under Art. 287-2); a cover story for the operator and users left unasked are evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice || !VerifiedIdentityReadings.MentionsCheck(c) ? [] : VerifiedIdentityReadings.IdentityHandedOver(c));
}
