using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// An employee's account action done for outsiders without the account's holder (ADR 409): a carrier, store, bank or
/// platform employee who moves a number to another SIM or eSIM, ports it out, or resets, unlocks or re-routes an account —
/// on numbers or accounts the recruiter supplies or whose result goes to the recruiter — while the holder is not there or the
/// checks that stand for the holder are skipped, for pay per action. It is the insider SIM swap and the bribed account reset
/// of 2024–2026 reporting (carrier employees texted offers of $300 a swap; bank and platform staff paid to reset or unlock
/// accounts on a list).
/// <para>
/// The honest ticket is the same form: the same rep, the same swap or reset, the same eSIM QR — but the holder is present
/// or called back, the ID and PIN are checked, the new SIM lands on the holder's own phone, and the rules refuse the act for
/// anyone else and report whoever offers money. So the reading asks three things besides the act and the pay, each not
/// refused in its clause and not inside a condition (<c>if someone texts you to move numbers, tell loss prevention</c>):
/// the holder absent or the holder's checks skipped; the number or account the recruiter's (<c>we send the number</c>,
/// <c>numbers from our list</c>, <c>don't ask whose</c>) or the result sent to the recruiter (<c>text us the QR</c>,
/// <c>port it to our SIM</c>).
/// </para>
/// Read over the normalised text (lower case, spaces and punctuation removed) behind a vectorised search for the act's
/// anchor words (ADR 382), so a text that names no SIM, swap, port, reset or unlock costs one search.
/// </summary>
internal static partial class InsiderAccountReadings
{
    // Without one of these no account action can be read: what the act moves or changes (a SIM, a number, a line, a port,
    // a password, a PIN, a second factor, an e-mail, a lock or hold). ASCII only: a vectorised search (ADR 382).
    private static readonly SearchValues<string> ActionWords = SearchValues.Create(
        ["sim", "swap", "port", "number", "line", "password", "passcode", "pin", "2fa", "twofactor", "mfa", "otp", "email", "lock", "hold", "freeze"],
        StringComparison.Ordinal);

    // …and one of the act's verbs (each alternative of Act holds one of these): a second vectorised search, so that a text
    // that names a number or a line but moves, resets or changes nothing costs no regular expression.
    private static readonly SearchValues<string> ActionVerbs = SearchValues.Create(
        ["swap", "port", "mov", "transfer", "switch", "reassign", "reissu", "migrat", "shift", "replac", "reset", "unlock", "unfreez", "reactivat",
            "recover", "chang", "updat", "remov", "disabl", "bypass", "lift", "strip"],
        StringComparison.Ordinal);

    // How far from the reading the term it quotes may lie: anywhere in the text. A swap ticket names its act in words the
    // lexicon does not hold (swap, port, eSIM QR); the nearest term — the SIM, the number, the account — stands for it.
    private const int QuoteReach = int.MaxValue;

    /// <summary>
    /// True when the normalised text names a SIM, a number, a line, a port, a password, a PIN, an e-mail or a lock, and a verb
    /// that moves, resets or changes one: the cheap test.
    /// </summary>
    public static bool MentionsAction(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(ActionWords) && c.Text.Text.AsSpan().ContainsAny(ActionVerbs);

    /// <summary>
    /// Where an account action is done for the recruiter without the holder: the act, and two of three signs that it is done
    /// for outsiders — the number or account supplied by the recruiter, the result sent to them, the holder absent or the
    /// holder's checks skipped — none refused in its clause or inside a condition, in a text that pays. Two, because a rep
    /// told only "skip the PIN" may be told so by a manager in a hurry, while numbers supplied by an outsider and moved to the
    /// outsider's eSIM (or moved while the holder is away) are the swap for the outsider; a warning that tells the approach
    /// in the third person (they send a number, to their eSIM) names at most the absence.
    /// </summary>
    public static IEnumerable<(int First, int Last)> ActionsForOutsiders(PatternContext c)
    {
        var s = c.Text.Text;
        if (!Pays(c, s))
        {
            return [];
        }

        // The signs before the act, each behind a search for its words, stopping as soon as two can no longer be found: the
        // expressions cost 40–180 µs on an English text, the searches almost nothing (ADR 409's measurement).
        var holder = s.AsSpan().ContainsAny(HolderWords) && Stands(c, HolderKeptOut().Matches(s));
        var supplied = s.AsSpan().ContainsAny(SupplyWords) && Stands(c, Supplied().Matches(s));
        if (!holder && !supplied)
        {
            return [];
        }

        if (!(holder && supplied) && !Stands(c, ResultToRecruiter().Matches(s)))
        {
            return [];
        }

        // "Our" is also the employer's (port them to our network): a text that says that the holder is there or the holder's
        // checks are done (after checking the PIN with the customer, photo ID checked, customers who call in) is the
        // employer's own work, whoever supplies the list.
        return WalletAndParcelReadings.FirstStanding(c, Act().Matches(s), refusable: true) is { } act
            && WalletAndParcelReadings.FirstStanding(c, HolderChecked().Matches(s), refusable: false) is null
            ? IdentityAndAdReadings.AnchorNear(c, act.Index, act.Index + act.Length, QuoteReach) : [];
    }

    // Every alternative of HolderKeptOut holds one of these; every alternative of Supplied one of those.
    private static readonly SearchValues<string> HolderWords = SearchValues.Create(
        ["customer", "holder", "owner", "subscriber", "client", "victim", "skip", "bypass", "ignor", "overrid", "dontdo", "donotdo", "dontrun",
            "noneedfor", "without", "callback", "noid", "nopin", "noverification", "nokyc"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> SupplyWords = SearchValues.Create(
        ["send", "give", "provid", "text", "pass", "forward", "assign", "share", "dm", "email", "choose", "pick", "list", "youget", "sheet", "target", "whose"],
        StringComparison.Ordinal);

    private static bool Stands(PatternContext c, MatchCollection matches) => WalletAndParcelReadings.FirstStanding(c, matches, refusable: true) is not null;

    /// <summary>
    /// True when the text pays (<see cref="WalletAndParcelReadings.Pays"/>) or names a sum per action in banknote slang or
    /// plain words (<c>three hundos a swap</c>, <c>a grand per port</c>) or a payment in crypto or by an app.
    /// </summary>
    internal static bool Pays(PatternContext c, string s) => WalletAndParcelReadings.Pays(c) || PerAction().IsMatch(s);

    // The account action: a SIM swap or change, a port-out, a number moved, ported, swapped or reassigned to another SIM,
    // eSIM, device or carrier (move the number to a blank SIM, switch them over to my eSIMs, reassign the line to a new
    // device), or an account's password, PIN, second factor, login e-mail, number or lock reset, changed, removed or lifted.
    [GeneratedRegex("(?:e?sim|simcard)(?:swap|change|switch|transfer|reissue|replacement)s?|portouts?|portingout|portedout|numberports?|numbertransfers?"
        + "|(?:swap(?:s|ped|ping)?|port(?:s|ed|ing)?|mov(?:e|es|ed|ing)|transfer(?:s|red|ring)?|switch(?:es|ed|ing)?|reassign(?:s|ed|ing)?|reissu(?:e|es|ed|ing)|migrat(?:e|es|ed|ing)|shift(?:s|ed|ing)?)(?:out|over)?(?:the|a|an|this|that|their|each|every|these|those|it|them|our|my|all|customers?|victims?|targets?)*(?:phone|mobile|cell)?(?:numbers?|lines?|sims?|accounts?)?[a-z0-9]{0,24}?(?:to|onto|into|over)(?:a|an|the|our|my|new|blank|fresh|another|different|spare|unused)*(?:e?sims?|simcards?|devices?|phones?|handsets?|carriers?|networks?)"
        + "|(?:reset|unlock|unfreez|reactivat|recover|chang|updat|remov|disabl|bypass|lift|strip)(?:e|es|ed|ing|s)?(?:the|their|its|a|an|all)?(?:online|banking|account|accounts|customers?|users?|owners?|holders?|victims?|targets?|portout|login|signin)*(?:password|passcode|pin|2fa|twofactor|mfa|otp|recoveryemail|email|phonenumber|numberlock|hold|freeze|lock|restrictions?|limits?)s?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Act();

    // The holder kept out: not there, not needed, never to know (the customer is not there, no customer in store, the account
    // holders never come in, without the owner knowing), or the checks that stand for the holder skipped (skip the ID check,
    // don't do the PIN check, bypass the security questions, no ID needed).
    [GeneratedRegex("no(?:customer|accountholder|holder|owner|subscriber|client|victim)s?(?:is|are)?(?:in(?:the)?store|needed|required|present|around|there|involved|onsite|inperson|necessary)"
        + "|(?:customer|accountholder|holder|owner|subscriber|client)s?(?:is|are|was|were)(?:not|nt|never)(?:there|present|around|here|instore|inthestore|involved|needed|required|coming)"
        + "|(?:customer|accountholder|holder|owner|subscriber|client)s?(?:wont|willnot|doesnt|donot|dont|doesnot|never|neednot|neednt|doesntneedto|dontneedto|donthaveto|doesnthaveto)(?:ever)?(?:be|come|comes|show|shows|know|knows|find|finds|notice|notices|see|sees|present|there|hear|hears|get|gets)"
        + "|without(?:the|a|any|their)?(?:customer|accountholder|holder|owner|subscriber|client)s?(?:present|there|knowing|inperson|beingthere|consent|approval|permission|around|instore|finding)"
        + "|(?:skip|skips|skipping|skipped|bypass|bypassing|ignore|ignoring|override|overriding|dontdo|donotdo|dontrun|noneedfor|without)(?:the|any|an|a|their|all)?(?:photo)?(?:id|identity|pin|security|verification|callback|twofactor|2fa|kba|accountpin|customerpin|fraud)(?:checks?|questions?|verification|steps?|pins?|codes?|flags?|alerts?|calls?|review)?"
        + "|if(?:a|the|your|any)?(?:manager|supervisor|boss|lossprevention|security|audit|auditor|fraudteam|compliance|anyone|someone|store)s?(?:asks?|checks?|calls?)(?:you)?(?:just)?(?:say|tell(?:them)?)?(?:that)?(?:the)?(?:customer|holder|accountholder|owner|client)"
        + "|no(?:id|identity|pin|verification|kyc)(?:check|checks|needed|required|questions)|nocallbacks?|without(?:a|any)?callback|withoutcalling(?:the|their)?(?:customer|holder|owner)",
        RegexOptions.CultureInvariant)]
    private static partial Regex HolderKeptOut();

    // The holder there or the holder's checks done: after checking or verifying, an ID or PIN checked, verified or matched,
    // the holder present or in store, customers who call, come in or ask. Not after "no" or "without" (no customer in store,
    // never without the holder present), read in the normalised text, where look-alike letters are folded.
    [GeneratedRegex("(?:after|once|onlyafter)(?:checking|verifying|confirming|matching|scanning)|(?:photoid|id|identity|pin|accountpin|securitypin|licen[cs]e|passport)s?(?:is|are|was|were|been)?(?:checked|verified|scanned|matched|confirmed)"
        + "|(?<!no|without|withoutthe|withouta|withoutany|withouttheir)(?:customer|accountholder|holder|owner|subscriber|client)s?(?:is|are)?(?:present|instore|inperson|atthecounter|onthephone)|(?:customer|accountholder|holder|owner|subscriber|client)s?(?:who|that)(?:call|calls|come|comes|walk|walks|bring|brings|ask|asks|asked|request|requests|requested)",
        RegexOptions.CultureInvariant)]
    private static partial Regex HolderChecked();

    // The numbers or accounts the recruiter's (we send a number, I provide the numbers, the accounts we send you, you get a
    // number, from my list), or whose left unasked (don't ask whose numbers they are).
    [GeneratedRegex("(?:we|i)(?:ll|will)?(?:send|give|provide|text|pass|forward|assign|share|dm|email)(?:s)?(?:you)?(?:the|a|an|our|my|each|every|some)?(?:phone|mobile|cell)?(?:numbers?|lines?|accounts?|targets?|lists?|usernames|handles|emails|names|requests?)"
        + "|(?:numbers?|lines?|accounts?|targets?|requests?|usernames|handles)(?:that)?(?:we|i)(?:ll)?(?:send|give|provide|text|pass|forward|choose|pick|list|assign)"
        + "|youget(?:a|the|our)?(?:phone)?(?:numbers?|lines?|accounts?|lists?|targets?)"
        + "|(?:from|on|off)(?:our|my)(?:list|sheet|targets?|spreadsheet)"
        + "|(?:dontask|donotask|noneedtoknow|noneedtoask|dontneedtoknow|noquestions|dontworryabout|nevermind)(?:about)?whose",
        RegexOptions.CultureInvariant)]
    private static partial Regex Supplied();

    // The result sent to the recruiter: the QR, code, new SIM or login texted or sent to them (text us the QR, send the code
    // to the handler), or the number or login moved to theirs (port it to our carrier, switch them to my eSIMs, reset the
    // e-mail to ours).
    [GeneratedRegex("(?:send|text|give|forward|pass|share|message|dm|email|hand)(?:s|ed|ing)?(?:over)?(?:us|me)(?:the|a|an|its|their|each|every)?[a-z]{0,24}?(?:qr|code|esim|sim|iccid|eid|activation|login|password|details|photo|pic|credentials|access)"
        + "|(?:qr|qrcode|codes?|esims?|sims?|iccid|eid|activation|photo|pic|picture|login|details|credentials|access|it|them|numbers?|lines?)(?:ofit|over)?to(?:our|my|ours|mine|the(?:handler|contact|boss|guy|team|plug|buyer|client|runner))",
        RegexOptions.CultureInvariant)]
    private static partial Regex ResultToRecruiter();

    // A sum per action (three hundos a swap, a grand per port, 300 per reset, $50 an account) or a payment in crypto or by
    // an app (paid in crypto, pay by Zelle).
    [GeneratedRegex("(?:[0-9]|hundos?|benjamins?|cnotes?|grand|bucks|k)(?:usd|dollars|bucks)?(?:a|an|per|each|every|foreach|forevery)(?:swap|port|portout|line|number|sim|esim|job|request|ticket|transfer|reset|unlock|account|scan|verification|head|person|signup|face|iris)s?"
        + "|(?:paid|pay|payment|payout|cash)(?:is|in|by|via|with|out)?(?:crypto|bitcoin|btc|usdt|eth|zelle|cashapp|venmo)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PerAction();
}
