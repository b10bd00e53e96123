using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 420: two English acts no reading held — a payment code placed over a third party's own (the parking-meter "quishing"
// sticker), and one's own live face or voice lent to a persona someone else runs (the romance scam's "video verification"
// model). Read by CodeOverlayReadings and LentFaceReadings; methods, not fields, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern CodePlacedOver() => new("code-placed-over",
        "Someone else's payment code placed over a third party's own, for pay",
        "A QR code, sticker, label or decal placed over or on top of the code a meter, charger, kiosk, shop or table shows (one sticker right over the official QR code), a code covered or replaced with ours (cover the restaurant's QR with our sticker, swap the kiosk's pay code for ours), for pay or per sticker, with the covered code named as the owner's and the new one as the recruiter's, or the placing kept from view (don't ask where the payments go; if an officer asks, you're fixing a peeling decal; avoid meters with cameras) — outside licensed hiring and warning notices, and not where the clause names a wrongdoer as who acts; none refused in its clause or inside a condition. A parking office's log of fake stickers found over the official code and removed, or a vendor fitting the city's own new decal, is not it.",
        0.85, RiskConduct.OtherHelp, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "A code stuck over a merchant's or a city's own diverts the payments of whoever scans it to the recruiter: it supplies the collection channel of a fraud (help under Art. 287-2); where the payments go left unasked and a cover story for officers are evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice || !CodeOverlayReadings.MentionsOverlay(c) ? [] : CodeOverlayReadings.CodesPlacedOver(c))
    {
        StockLinesDoNotExcuse = true,
    };

    private static RiskPattern FaceLentToPersona() => new("face-lent-to-persona",
        "One's own live face or voice lent to a persona someone else runs, for pay",
        "Video or voice calls, selfies or voice notes by the reader as a profile, account or name the recruiter runs (join short video calls as our profile, profile name \"Mia\", be the face for our dating profiles, selfies every day for the profile), for pay or per call, with the viewer kept from knowing who it is (never say your real name, don't ask who is on the other end, say \"it's really me\") or a cover story for whoever asks (if anyone asks, it's modeling) — outside licensed hiring and warning notices, and not where the clause names a wrongdoer as who acts; none refused in its clause or inside a condition. An agency's booking of a model under their own name for a client's campaign, whose rules refuse calls as someone else, is not it.",
        0.85, RiskConduct.IdentityLending, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "A live face on a persona's call is what passes a romance or investment fraud's \"video verification\": it supplies the identity the fraud deceives with (help under Art. 287-2); the real name withheld and who is called left unasked are evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice || !LentFaceReadings.MentionsCalls(c) ? [] : LentFaceReadings.FaceLent(c))
    {
        StockLinesDoNotExcuse = true,
    };
}
