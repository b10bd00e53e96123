using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Payment instruments bought with others' cash for payees they name (ADR 415), in English.
/// <para>
/// A money order, a cashier's check, a bank draft, a postal order or a gift or prepaid card turns cash into something that
/// can be mailed to anyone. Bought with cash that reaches the reader from the recruiter's side (handed over by "our" courier or
/// driver, "cash we send you", sent to the reader's account and withdrawn) or whose source is not to be asked, with the payee
/// left for the recruiter (payee blank, payable to the names we give) or the instruments passed to the recruiter (mailed to an
/// address we give or in another state, photos sent to the handler, handed to our courier), for pay, it moves others' money
/// for them: payment settlement. A post-office clerk writes the same run sheet — money orders, cash, payees, stores — but the
/// customer buys with their own cash for their own bill, the payee is written at the counter, and the sheet refuses or stops a
/// sale made with someone else's cash: those lines stand in a refusal or a condition, which the reading skips.
/// </para>
/// It reads the normalised text (lower case, spaces and punctuation removed) behind a vectorised search for an instrument's
/// name (ADR 382), so a text that names none costs one search.
/// </summary>
internal static partial class PaymentInstrumentReadings
{
    // Without one of these no instrument is bought. ASCII only: a vectorised search.
    private static readonly SearchValues<string> InstrumentWords = SearchValues.Create(
        ["moneyorder", "cashierscheck", "cashiercheck", "cashierscheque", "certifiedcheck", "bankdraft", "postalorder", "giftcard",
         "prepaidcard", "reloadcard", "reloadpack", "moneypak", "officialcheck", "bankcheque"], StringComparison.Ordinal);

    // The quote may stand anywhere: the run sheet names its act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    /// <summary>True when the normalised text names a payment instrument one can buy over a counter: the cheap test.</summary>
    public static bool MentionsInstrument(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(InstrumentWords);

    /// <summary>
    /// Where instruments are bought with others' cash (or cash whose source is not to be asked) and their payee left to the
    /// recruiter or the instruments passed on to them: the first standing sign of the others' cash, quoted by its nearest term.
    /// </summary>
    public static IEnumerable<(int First, int Last)> BoughtForOthers(PatternContext c)
    {
        var s = FraudHelpReadings.Plain(c);
        // Others' cash, or cash whose source the reader is told not to ask or a story to tell (the context's one reading, ADR 423).
        var cash = Standing(c, OthersCash().Matches(s)) is { } o ? (o.Index, o.Index + o.Length) : c.ToldNotToAsk.Count > 0 ? c.ToldNotToAsk[0] : ((int, int)?)null;
        if (cash is not { } found)
        {
            return [];
        }

        var (start, end) = found;

        if (Standing(c, PayeeLeftOpen().Matches(s)) is null && Standing(c, PassedOn().Matches(s)) is null)
        {
            return [];
        }

        return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
    }

    // The first match neither refused in its clause (no one buys with someone else's cash) nor inside a condition (if a customer
    // says a stranger gave them cash …): ADR 399's reading of a standing line, with "says", "sends" and "gives" read as conditions
    // too. A refusal counts from the last comma of its clause, as there.
    private static Match? Standing(PatternContext c, MatchCollection matches)
    {
        foreach (Match m in matches)
        {
            var clause = IdentityAndAdReadings.ClauseBefore(c, m.Index, m.Index + m.Length);
            if (!Condition().IsMatch(clause) && !(Refusable(m) && IdentityAndAdReadings.Refuses(clause[(clause.LastIndexOfAny(ListMarks) + 1)..])))
            {
                return m;
            }
        }

        return null;
    }

    private static readonly char[] ListMarks = [',', '，', '、'];

    // The signs that carry their own negation (don't fill in the payee) are not refused by it.
    private static bool Refusable(Match m) => !m.Value.StartsWith("dont", StringComparison.Ordinal) && !m.Value.StartsWith("donot", StringComparison.Ordinal)
        && !m.Value.StartsWith("noneed", StringComparison.Ordinal) && !m.Value.StartsWith("never", StringComparison.Ordinal)
        && !m.Value.StartsWith("noquestions", StringComparison.Ordinal);

    // A condition on someone else's words or acts (if a customer says …, when someone sends you …).
    [GeneratedRegex("\\b(?:if|unless|when|whenever|should)\\b.*\\b(?:says?|said|tells?|told|asks?|asked|offers?|offered|sends?|sent|gives?|gave|wants?)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    // Cash that reaches the reader from the recruiter's side: handed over or dropped off by our courier or driver (our associate
    // meets you with an envelope of cash), cash we send or give you, money sent to your account and taken out, someone else's cash.
    [GeneratedRegex("(?:cash|money|funds|envelope|bag|notes|bills)(?:that|which)?(?:we|i)(?:send|give|drop|wire|transfer|deliver|hand)"
        + "|(?:cash|money|funds|envelope|bag|notes|bills)[a-z0-9,.$]{0,40}?(?:from|by)(?:our|the|my)(?:driver|courier|runner|associate|contact|agent|handler|guy|man|partner|boss|team|client)"
        + "|(?:our|the)(?:driver|courier|runner|associate|contact|agent|handler|guy|man|partner|boss|client)s?[a-z]{0,30}?(?:with|brings?|hands?you|givesyou|dropsoff|delivers)(?:you)?(?:an?|the|some)?(?:envelope|bag|bundle|stack|box)?(?:of|full(?:of)?)?(?:cash|money|notes|bills)"
        + "|(?:wire|wired|send|sent|deposit|deposited|transfer|transferred|pay|paid|put|move|moved)(?:the|some)?(?:money|cash|funds)?(?:in)?(?:to|into)(?:your|you)[a-z0-9,.$-]{0,160}?(?:takenout|withdrawn|withdrawit|withdrawthe|withdrawthat|cashedout|cashitout|pulledout|takeitout|takeout|takethecashout)"
        + "|someoneelses(?:cash|money)|otherpeoples(?:cash|money)|(?:cash|money)(?:that)?(?:isnt|isnot|aint)yours", RegexOptions.CultureInvariant)]
    private static partial Regex OthersCash();

    // The payee left for the recruiter: blank, not filled in, or payable to the names the recruiter gives.
    [GeneratedRegex("payee(?:line|field|name|box)?(?:is|left|stays|kept)?blank|leave(?:the)?payee(?:line|field|name|box)?(?:blank|empty|open)"
        + "|(?:dont|donot|never)(?:fill|write|put)(?:in|out)?(?:the|a|any)?payee"
        + "|(?:payable|madeout|made|write(?:them)?out)(?:to)?(?:the|whichever|whatever)?(?:names?|people|payees?|whoever|persons?|companies)(?:that)?(?:we|i)(?:give|send|text|name|choose|tell|list)", RegexOptions.CultureInvariant)]
    private static partial Regex PayeeLeftOpen();

    // The instruments passed to the recruiter: mailed to our address, the address we give or one in another state, photos sent
    // to our handler or chat, handed to our courier.
    [GeneratedRegex("(?:mail|post|send|ship|courier|fedex)(?:s|ed)?(?:them|it|each|all|the|checks|orders|cards|one)*(?:on|off|away)?to(?:our(?:address|pobox|mailbox)|an?(?:address|pobox)(?:in(?:another|adifferent|adiff)state|outofstate|abroad|overseas)|theaddress(?:es)?(?:that)?(?:we|i)(?:give|send|text|provide|list))"
        + "|(?:photo|photos|snap|picture|pictures|pics|scan|scans)[a-z]{0,40}?(?:to|with)(?:our|the)(?:handler|contact|boss|team|chat|group|telegram|whatsapp|signal|manager)"
        + "|send(?:us|me)(?:the)?(?:photos?|pictures?|pics?|scans?|codes|pins)"
        + "|(?:hand|give|pass|drop)(?:them|it|the|all|everything|checks|orders|cards)*(?:off|over)?(?:to|with)(?:our|the)(?:driver|courier|runner|handler|contact|guy|associate)", RegexOptions.CultureInvariant)]
    private static partial Regex PassedOn();
}
