using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// One's own verified identity sold with its device or account (ADR 409): the reader passes a check that proves who they
/// are — an iris or face scan, a liveness or selfie check, KYC with their own ID, a "verified human" proof — and the account
/// that now carries that proof goes to the recruiter: handed over or sent (<c>give us the verified account</c>, <c>send us
/// the login</c>, <c>we change the e-mail to ours</c>), kept by them (<c>the ID and its wallet stay with us</c>), or made by
/// them from the start (<c>log in with the account we made</c>) with the phone handed back or the check deceived. It is the
/// KYC-passed exchange account and the World ID black market of 2023–2026 reporting: people paid $30–$80 to scan their
/// irises or faces for accounts others keep, and "verified" accounts sold in bulk.
/// <para>
/// The honest card is the same form — the same booth, the same scan, the same "verified" — but the phone and the account are
/// the reader's own, nobody holds them, and the rules refuse the sale (<c>never sell or hand over your verified account</c>)
/// and report those who pay for scans. So the reading asks, besides the check and the pay, that the verified account is the
/// recruiter's: handed to them, or set up by them with the phone handed back or the check deceived (<c>if staff ask, it's
/// your own app</c>, <c>don't ask who uses the accounts</c>) — each not refused in its clause and not inside a condition.
/// </para>
/// Read over the normalised text (lower case, spaces and punctuation removed) behind a vectorised search for the check's
/// anchor words (ADR 382).
/// </summary>
internal static partial class VerifiedIdentityReadings
{
    // Without one of these no identity check can be read. ASCII only: a vectorised search (ADR 382).
    private static readonly SearchValues<string> CheckWords = SearchValues.Create(
        ["verif", "iris", "eye", "orb", "kyc", "selfie", "face", "liveness", "biometric", "worldid", "worldcoin", "worldapp"], StringComparison.Ordinal);

    // How far from the reading the term it quotes may lie: anywhere (an appointment card names its act in words the lexicon
    // does not hold; the account, the phone or the reader's own e-mail stands for it).
    private const int QuoteReach = int.MaxValue;

    /// <summary>True when the normalised text names a verification, a scan, an iris, a face, a selfie or KYC: the cheap test.</summary>
    public static bool MentionsCheck(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(CheckWords);

    /// <summary>
    /// Where the reader's own verified identity goes to the recruiter: an identity check passed, and the verified account
    /// handed over, or set up by the recruiter with the phone handed back or the check deceived — none refused in its clause or
    /// inside a condition — in a text that pays.
    /// </summary>
    public static IEnumerable<(int First, int Last)> IdentityHandedOver(PatternContext c)
    {
        var s = c.Text.Text;
        if (!InsiderAccountReadings.Pays(c, s))
        {
            return [];
        }

        // Handed over, or two of: the account set up by the recruiter, the phone handed back to them, the check deceived. A
        // device lab lends its phones and takes them back (one sign); an account the recruiter made and a phone handed back
        // at the exit, or a phone handed back and its use not to be asked, is the verified identity given up. The cheap signs
        // first and the check's expression last: each costs up to 180 µs on an English text (ADR 409's measurement).
        var signs = (Concealed().IsMatch(s) ? 1 : 0) + (Stands(c, PhoneHandedBack().Matches(s), refusable: true) ? 1 : 0);
        signs += signs < 2 && Stands(c, AccountSupplied().Matches(s), refusable: false) ? 1 : 0;
        if ((signs < 2 && !Stands(c, AccountHandedOver().Matches(s), refusable: true))
            || WalletAndParcelReadings.FirstStanding(c, Check().Matches(s), refusable: true) is not { } check)
        {
            return [];
        }

        return IdentityAndAdReadings.AnchorNear(c, check.Index, check.Index + check.Length, QuoteReach);
    }

    private static bool Stands(PatternContext c, MatchCollection matches, bool refusable) =>
        WalletAndParcelReadings.FirstStanding(c, matches, refusable) is not null;

    // A check that proves who one is: an iris, eye, face or palm scan, looking into the Orb or a scanner, a World ID, a
    // "verified human" or proof of personhood, an account got or shown verified, a verified account or ID, KYC, a liveness,
    // selfie, face or ID check passed or done, a selfie holding one's ID.
    [GeneratedRegex("iris(?:es)?(?:scan|scans|scanned|scanning)?|(?:scan|scans|scanned|scanning)(?:of)?(?:your|their|the|my)?(?:eyes?|iris|irises|face|faces|palms?)|eyes?(?:get|gets|got)?scanned"
        + "|lookinto(?:the|an|a)?(?:orb|scanner|camera)|(?:the|an|a|at)orb(?!it)|worldid|worldcoin|worldapp|verifiedhuman|proofof(?:personhood|humanity|human)"
        + "|(?:get|gets|getting|got|become|becomes|until|waitfor|wait|show|shows|status|marked|turns?)(?:you|it|the|your|them)?(?:account|accounts|profile|id|face|identity)?(?:fully)?verified"
        + "|verif(?:y|ies|ied|ying)(?:the|an|a|your|their|its)?(?:new)?(?:accounts?|profiles?|identity|id)"
        + "|verified(?:accounts?|ids?|profiles?|wallets?|humans?|identit(?:y|ies))"
        + "|(?:pass|passes|passing|passed|complete|completes|completing|completed|do|does|doing|did|finish|clear|clears|through)(?:the|a|an|your|their|its)?(?:kyc|verification|identityverification|idverification|facecheck|facescan|faceverification|livenesscheck|liveness|selfiecheck|selfieverification|idcheck|identitycheck|biometrics?|videoverification)"
        + "|(?:kyc|liveness|biometric)(?:check|checks|verification|verified|passed|scan|test)|selfie(?:video|photo)?(?:with|holding)(?:your|the)(?:own)?(?:id|passport|licen[cs]e)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Check();

    // The verified account, ID, login or wallet handed or sent to the recruiter (give us the verified account, hand the
    // verified account over, send us the login, hand the phone and the login over to our guy), kept by them (the ID and its
    // wallet stay with us, we keep the account), or its recovery details changed to theirs (we change the e-mail to ours).
    [GeneratedRegex("(?:hand|hands|handed|handing|give|gives|gave|giving|pass|passes|passed|send|sends|sent|sell|sells|sold|transfer|transfers|return|returns|turn|turns)(?:it|them|the|this|that|your|their|its|over|back|in)*(?:phone|device|handset)?(?:and(?:the|its|your)?)?(?:verified|new)?(?:account|accounts|id|ids|worldid|login|logins|wallet|wallets|credentials|password|passwords|recoveryphrase|seedphrase|profile|profiles|details)(?:over|back)?(?:to(?:us|me|our|my|the(?:teamlead|team|handler|guy|boss|contact|recruiter|buyer|collector|agent|driver|runner)))"
        + "|(?:hand|hands|handed|give|gives|pass|passes|turn|turns)over(?:the|your|its|their)?(?:phone|device|handset)?(?:and(?:the|its|your)?)?(?:verified)?(?:account|accounts|id|worldid|login|logins|wallet|credentials|password|profile)"
        + "|(?:hand|hands|handed|give|gives|pass|passes)(?:the|your|it|this|that)?verified[a-z0-9]{0,20}?over"
        + "|(?:hand|hands|give|gives|send|sends|pass|passes)(?:over)?(?:us|me)(?:the|your|its|their)?(?:verified)?[a-z]{0,16}?(?:account|accounts|id|login|logins|wallet|credentials|password|profile|details|access)"
        + "|(?:give|gives|hand|hands|send|sends)(?:us|me)theverified"
        + "|(?:account|accounts|id|ids|worldid|wallet|wallets|login|logins|tokens|coins|profile|profiles|credentials)(?:and[a-z]{0,24}?)?(?:belong|belongs|stay|stays|remain|remains|go|goes)(?:with|to|on|in)(?:us|me|our|my)"
        + "|(?:we|i)(?:ll|will)?(?:keep|keeps|own|owns|take|takes|hold|holds|control|controls)(?:the|your|it|them|its|their)?(?:verified)?(?:account|accounts|id|ids|worldid|wallet|wallets|login|logins|credentials|profile)"
        + "|(?:change|changes|switch|switches|set|sets|update|updates)(?:the)?(?:account)?(?:email|phone|phonenumber|number|password|recovery|recoveryemail)[a-z]{0,12}?to(?:ours|our|mine|my)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AccountHandedOver();

    // The account, app, login or ID the check is passed on made, set up or provided by the recruiter (the app we set up, the
    // account we made, installed by us, with our app, it's not your account). A phone alone is not it: a device lab lends
    // phones and takes them back.
    [GeneratedRegex("(?:app|apps|account|accounts|login|logins|worldapp|wallet|profile|id)(?:that)?(?:we|i)(?:ve|have|already)?(?:setup|set|made|make|created|create|gave|give|provide|provided|installed|install|registered|register|prepared|prepare|opened|open)"
        + "|(?:installed|setup|created|made|registered|provided|prepared|supplied|opened)by(?:us|me|our)"
        + "|with(?:our|my)(?:app|account|accounts|login|worldapp|id)|(?:its|itis|thisis|thatis|theyre|theyare)not(?:your|yours)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AccountSupplied();

    // The phone handed back to the recruiter's people after the check (hand the phone back to the team lead, give the phone to
    // our guy outside).
    [GeneratedRegex("(?:hand|hands|give|gives|pass|passes|return|returns|bring|brings|leave|leaves|drop|drops)(?:the|it|this|that|our)?(?:phone|phones|device|devices|handset)?(?:back|over)?to(?:us|me|our|my|the(?:teamlead|team|handler|guy|boss|contact|recruiter|buyer|collector|agent|driver|runner))",
        RegexOptions.CultureInvariant)]
    private static partial Regex PhoneHandedBack();

    // The check deceived or the use kept from view: who uses the accounts not to be asked, a cover story for the staff (if
    // the operator asks, it's your phone), silence, the reader's own contact details kept off.
    [GeneratedRegex("(?:dontask|donotask|noneedtoknow|noneedtoask|dontneedtoknow|nevermind|noquestions)(?:about)?(?:who|what|whose|where|why)"
        + "|if(?:the|a|an|any)?(?:staff|operator|operators|employee|agent|booth|clerk|someone|anyone|they|security|guard)s?(?:ask|asks|asked|check|checks|question|questions)(?:you)?(?:just)?(?:say|tell(?:them)?)?(?:that)?(?:its|itis|theyre|thisis)(?:your|yours|mine|my)"
        + "|tellnoone|donttellanyone|keepquiet|keepitquiet|keepitsecret|keepitbetweenus"
        + "|(?:dont|never|donot)(?:use|give|enter|put|link)your(?:own|real)(?:email|number|phone|name|phonenumber|address)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Concealed();
}
