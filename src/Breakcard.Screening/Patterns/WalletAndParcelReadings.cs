using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Two English money-mule errands (ADR 399).
/// <para>
/// Others' cards spent from a supplied wallet: a phone or wallet the recruiter hands over with payment cards on it that are
/// not the reader's (loaded, provisioned or cloned onto it; whose not to be asked; the next one tried when one declines),
/// spent at tills or online, the goods or the codes handed to the recruiter's people, for pay — with whose cards they are
/// unasked or a cover story for the cashier. An office runner writes the same sheet — a phone, a card in its wallet, stops,
/// receipts, a hand-off — but the card is the employer's, issued to the runner, the goods go to the office and the rules
/// refuse other people's cards.
/// </para>
/// <para>
/// Parcels received for others: boxes, packages or envelopes taken in at the reader's address (or collected from people's
/// doors) and handed to the recruiter's people, reshipped on their labels or the cash inside deposited for them, for pay per
/// parcel — with the contents or senders unasked, a false name signed, a cover story for whoever asks, or cash inside from
/// strangers. A building's front desk writes the same log — boxes, names, signatures, hand-offs — but signs for residents who
/// collect their own, refuses the rest and reports whoever asks to collect for a "client", and is paid by nobody per box.
/// </para>
/// They read the normalised text (lower case, spaces and punctuation removed), each behind a vectorised search for its
/// anchor words (ADR 382), so a text that names neither a wallet nor a parcel costs one search per reading.
/// </summary>
internal static partial class WalletAndParcelReadings
{
    // Without one of these a supplied wallet or phone with cards on it cannot be read. ASCII only: a vectorised search.
    private static readonly SearchValues<string> WalletWords = SearchValues.Create(
        ["wallet", "applepay", "googlepay", "samsungpay", "contactless", "loaded", "provisioned", "tap"], StringComparison.Ordinal);

    private static readonly SearchValues<string> ParcelWords = SearchValues.Create(
        ["box", "package", "parcel", "envelope", "shipment"], StringComparison.Ordinal);

    // How far from the reading the term it quotes may lie: anywhere in the text. A run sheet names its act in words the
    // lexicon does not hold (names you won't know, hand-off to the van); the nearest term the text has, often the purchase
    // or the reader's own ID, stands for it. The lexicon is left as it is (ADR 391: a new term changes segmentation and the
    // model's text).
    private const int QuoteReach = int.MaxValue;

    /// <summary>True when the normalised text names a wallet, a tap or cards loaded: the cheap test.</summary>
    public static bool MentionsWallet(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(WalletWords);

    /// <summary>True when the normalised text names a box, a package, a parcel or an envelope: the cheap test.</summary>
    public static bool MentionsParcel(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(ParcelWords);

    /// <summary>
    /// Where cards that are not the reader's, on a phone or wallet the recruiter supplies, are spent and the goods handed on:
    /// the cards others' (not refused, not a condition), goods or codes handed to the recruiter's people or the use
    /// concealed (whose unasked, a cover story for the cashier, the reader's own ID kept out), spent by tap or purchase.
    /// </summary>
    public static IEnumerable<(int First, int Last)> OthersCardsSpent(PatternContext c)
    {
        var s = FraudHelpReadings.Plain(c);
        if (!Spends().IsMatch(s) || !Device().IsMatch(s))
        {
            return [];
        }

        // ADR 433: whose cards they are not to be asked is ADR 423's one reading (a standing form that asks whose).
        (int Index, int Length)? others = FirstStanding(c, OthersCards().Matches(s), refusable: true) is { } m ? (m.Index, m.Length) : WhoseUnasked(c, s);
        if (others is not { } o)
        {
            return [];
        }

        var handedOn = FirstStanding(c, GoodsHandedOn().Matches(s), refusable: true) is not null;
        if (!handedOn && !CashierCover().IsMatch(s) && !OwnIdKeptOut().IsMatch(s))
        {
            return [];
        }

        return IdentityAndAdReadings.AnchorNear(c, o.Index, o.Index + o.Length, QuoteReach);
    }

    /// <summary>
    /// Where parcels taken in at the reader's address (or collected from people) are handed to the recruiter's people,
    /// reshipped on their labels or their cash deposited for them, with one sign that what is done is kept from view: the contents
    /// or senders unasked or a story for whoever asks (the context's one reading of it, ADR 423), a name hidden, strangers' cash
    /// or buyers abroad.
    /// </summary>
    public static IEnumerable<(int First, int Last)> ParcelsHandedOn(PatternContext c)
    {
        var s = FraudHelpReadings.Plain(c);
        if (!ReceivedAtReader().IsMatch(s) || !(c.ToldNotToAsk.Count > 0 || NameHidden().IsMatch(s) || StrangersCash().IsMatch(s) || SentAbroadOrUnnamed().IsMatch(s)))
        {
            return [];
        }

        return FirstStanding(c, ParcelHandedOn().Matches(s), refusable: true) is { } m
            ? IdentityAndAdReadings.AnchorNear(c, m.Index, m.Index + m.Length, QuoteReach)
            : [];
    }

    /// <summary>
    /// True when the text pays: <see cref="FraudHelpReadings.Pays"/>, or a currency sign before a sum written in numerals,
    /// circled or keycap digits, Chinese numerals or look-alike letters ($幺五洞 a box, $lSO per package, $Zoo a day), which
    /// the normalised text keeps as no amount.
    /// </summary>
    public static bool Pays(PatternContext c) => FraudHelpReadings.Pays(c) || (!c.IsWarningNotice && SignedSum(c.Text.Original));

    private static bool SignedSum(string original)
    {
        for (var at = original.AsSpan().IndexOfAny(CurrencySigns); at >= 0;)
        {
            var numerals = 0;
            var i = at + 1;
            for (; i < original.Length && i - at <= SumReach; i++)
            {
                var ch = original[i];
                if (ch is '\uFE0F' or '\u20E3' or ',' or '.')
                {
                    continue;
                }

                if (char.GetNumericValue(ch) < 0 && !ChineseNumerals.Contains(ch) && !LookAlikeDigits.Contains(ch))
                {
                    break;
                }

                numerals++;
            }

            // The sum ends at a word's end: $Soap is no sum, $lSO a box is.
            if (numerals >= 2 && (i >= original.Length || !char.IsLetter(original[i]) || ChineseNumerals.Contains(original[i])))
            {
                return true;
            }

            var next = original.AsSpan(at + 1).IndexOfAny(CurrencySigns);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("$£€＄￡￥");

    private const string ChineseNumerals = "零〇一二两兩両三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰洞幺拐勾";

    // Letters written for digits in a sum (l, I for 1; O, o for 0; S for 5; Z for 2; B for 8).
    private const string LookAlikeDigits = "lIOoSZB";

    private const int SumReach = 16;

    // The first match that is neither refused (when it can be: "not yours" carries its own negation) nor inside a condition
    // (if someone asks you to buy with someone else's card, tell finance). A refusal counts from the last comma of its
    // clause: in "sign, don't open them, give them to our courier" the giving is not refused. ADR 409's readings use it too.
    internal static Match? FirstStanding(PatternContext c, MatchCollection matches, bool refusable)
    {
        foreach (Match m in matches)
        {
            var clause = IdentityAndAdReadings.ClauseBefore(c, m.Index, m.Index + m.Length);
            if (!Condition().IsMatch(clause) && !(refusable && IdentityAndAdReadings.Refuses(clause[(clause.LastIndexOfAny(ListMarks) + 1)..])))
            {
                return m;
            }
        }

        return null;
    }

    private static readonly char[] ListMarks = [',', '，', '、'];

    // A condition in the clause in which someone asks or offers something of the reader (if someone asks you to buy with
    // someone else's card): what may be asked, not what the reader is told to do. "If a card declines, switch" stands.
    [GeneratedRegex("\\b(?:if|unless|should|in case|whenever)\\b.*\\b(?:ask|asks|asked|want|wants|tell|tells|offer|offers|offered)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Condition();

    // Spending: a tap, a purchase, a checkout, a run of shops.
    [GeneratedRegex("tap|contactless|buy|purchas|checkout|spend|shopping|order(?:s|ed)?online", RegexOptions.CultureInvariant)]
    private static partial Regex Spends();

    // The phone, device or wallet the cards sit on.
    [GeneratedRegex("phone|device|android|iphone|mobile|handset|wallet|applepay|googlepay|samsungpay", RegexOptions.CultureInvariant)]
    private static partial Regex Device();

    // Cards that are not the reader's: loaded, provisioned or cloned onto a phone or wallet (cards already loaded in Google
    // Wallet, a phone with payment cards loaded, cards cloned to Apple Pay, a device provisioned with our cards), named as
    // others' (not yours, someone else's, strangers', names you won't know), or several tried in turn (on a decline, switch
    // to the next one).
    [GeneratedRegex("(?:cards?|ones)(?:are|is)?(?:already|all|preloaded|pre)*(?:loaded|provisioned|cloned|added|ready|setup|installed|tokeni[sz]ed)(?:in|on|into|onto|to)(?:the|its|a|your)?(?:google|apple|samsung)?(?:wallet|pay|phone|device)"
        + "|(?:phone|device|wallet|handset|iphone|android)s?(?:is|are|comes|come)?(?:already)?(?:pre)?(?:loaded|provisioned)with"
        + "|(?:provisioned|cloned|loaded|copied)(?:them|the|our|their|its)?(?:cards?)?(?:onto|into|to|on)(?:the|a|your)?(?:google|apple|samsung)?(?:wallet|pay|phone|device)"
        + "|cards?(?:that)?(?:we|i)(?:add|load|put|provision|install|clone)(?:ed)?(?:to|on|onto|into|in)(?:the|your|a|its)?(?:phone|device|wallet|google|apple|samsung)"
        + "|notyours|notyourown|arentyours|isntyours|notinyourname|namesyouwontknow|namesyoudontknow|someoneelses(?:cards?|plastic)|otherpeoples(?:cards?|plastic)|strangers(?:cards?|plastic)|stolencards?|clonedcards?"
        + "|declin(?:e|es|ed|ing)[a-z]{0,12}?(?:switch|swipe|move|go|try|use)(?:on)?to(?:the|a)?(?:next|another|different|other)", RegexOptions.CultureInvariant)]
    private static partial Regex OthersCards();

    // Whose they are not to be asked (don't ask whose, no need to know whose): the first standing form of the context's one
    // reading of what the reader is told not to ask that asks whose (ADR 433; before it, a regex of its own).
    private static (int Index, int Length)? WhoseUnasked(PatternContext c, string s)
    {
        foreach (var (start, end) in c.ToldNotToAsk)
        {
            // The form ends at its question word, read as "who" where "whose" follows (dontaskwho|se).
            var to = Math.Min(s.Length, end + 2);
            if (s.AsSpan(start, to - start).Contains("whose", StringComparison.Ordinal))
            {
                return (start, to - start);
            }
        }

        return null;
    }

    // The goods, the gift cards or their codes handed to the recruiter's people (hand the goods to our driver, everything to
    // the van, drop the bags with our runner, send us photos of the codes, ship the items to the address we give).
    [GeneratedRegex("(?:hand|hands|handed|handoff|give|gives|drop|drops|dropped|deliver|delivers|bring|brings|pass|passes|take|takes|leave|leaves|load|ship|send|mail|post)(?:off|over)?(?:the|all|and|of|everything|goods|items|purchases|products|bags|stuff|them|it|giftcards|cards|codes|receipts|boxes|electronics)*(?:to|with|into|in|at)(?:our|the|my|a)(?:driver|van|car|courier|runner|contact|guy|man|team|boss|collector|handler|warehouse|dropaddress|addresswegive|addressigive)"
        + "|(?:send|text|message|upload)(?:us|me)(?:the|a)?(?:photos?|pictures?|pics?|scans?)?(?:of)?(?:the)?(?:giftcard|card)?(?:codes|pins|backs)", RegexOptions.CultureInvariant)]
    private static partial Regex GoodsHandedOn();

    // What to tell a cashier or store staff who ask (if a cashier asks, it's your dad's card; if staff ask, say it's yours).
    [GeneratedRegex("if(?:a|the|any)?(?:cashier|staff|clerk|store|shop|security|manager|employee|anyone|someone)s?(?:asks?|questions?|checks?|stops?|wants?(?:id|identification)?)(?:you)?(?:about(?:it|them))?(?:just)?(?:say|tell(?:them)?)?(?:that)?(?:its|itis|theyre|theyare)(?:your|my|a|the)?", RegexOptions.CultureInvariant)]
    private static partial Regex CashierCover();

    // The reader's own identity kept out of the purchase (never show your ID, don't use your own ID).
    [GeneratedRegex("(?:never|dont|donot|no)(?:show|use|give|hand)(?:over)?(?:your)(?:own|real)?(?:id|idcard|licen[cs]e|passport|name)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnIdKeptOut();

    // Parcels taken in at the reader's place — at your home or address, a home-based job, an address the recruiter booked —
    // or collected from people (pick up envelopes from clients' homes).
    [GeneratedRegex("(?:at|to|into)your(?:own)?(?:home|house|address|place|apartment|flat|door|building|lobby|room)|athome|homebased|fromhome|address(?:is)?your|(?:airbnb|apartment|flat|house|room|unit|address)(?:that)?(?:we|i)(?:booked|rented|give|provide|send)"
        + "|(?:pick|picks|picking|collect|collects|collecting)(?:up)?(?:the|an?|their|sealed)?(?:envelopes?|packages?|parcels?|box|boxes|bags?|cash)from", RegexOptions.CultureInvariant)]
    private static partial Regex ReceivedAtReader();

    // The parcel handed to the recruiter's people (give them to our courier, box handed to the driver), reshipped on their
    // labels or to their addresses (reship, relabel, forward them to the address we send), or the cash in it deposited
    // into accounts or crypto for them.
    [GeneratedRegex("(?:hand|hands|handed|give|gives|gave|given|pass|passes|passed|deliver|delivers|delivered|bring|brings|brought|drop|drops|dropped|take|takes|taken|drive)(?:it|them|the|all|box|boxes|package|packages|parcel|parcels|envelope|envelopes|everything|over|off|on)*(?:to|with)(?:our|the|a|my|their)(?:driver|courier|runner|collector|contact|agent|associate|guy|man|rider|partner|messenger|team|boss)"
        + "|our(?:driver|courier|runner|collector|associate|agent|guy|man|team)(?:will)?(?:pick|picks|collect|collects|fetch|fetches)(?:them|it|the|everything|all)?(?:up)?"
        + "|reship|reshipp|relabel|repack(?:age)?(?:s|d|ing)?(?:them|it|the)?[a-z]{0,20}(?:ship|send|post|forward)"
        + "|(?:forward|ship|send|post|mail)(?:s|ed|ing)?(?:them|it|the|all|each|every|box|boxes|packages?|parcels?)*(?:on)?(?:to|with|using)(?:the|a|new)?(?:address(?:es)?|labels?)(?:that)?(?:we|i)(?:give|send|email|provide|choose)"
        + "|deposit(?:s|ed|ing)?(?:the|it|all)?(?:cash|money|notes)?(?:into|to|in)(?:the|our|these|those)?(?:accounts?|cashapp|atm|bitcoin|crypto)", RegexOptions.CultureInvariant)]
    private static partial Regex ParcelHandedOn();

    // The reader's own name kept off the parcel, or a name the recruiter gives signed (never sign your real name, sign as
    // the name we give, packages addressed to other names).
    [GeneratedRegex("(?:never|dont|donot|no)(?:sign|use|write|put|give)(?:with)?(?:your|the)?(?:real|own|true|legal)name|sign(?:for(?:them|it))?(?:as|with|under)(?:the|a)?names?(?:we|i)|(?:to|for)(?:a|the)?names?(?:we|i)(?:give|provide|send|choose)|(?:addressed|sent|delivered)to(?:different|other|various|fake|many)names|underothernames|inothernames", RegexOptions.CultureInvariant)]
    private static partial Regex NameHidden();

    // Parcels for unnamed buyers abroad (for our overseas customers), or the company kept from the carriers (never mention
    // our company to the courier): whose goods they are kept from view. A shipment's destination alone (our warehouse
    // abroad) is not read: it fired on three training ads already flagged, and a pattern firing on training ads moves the
    // retrained model (ADR 399).
    [GeneratedRegex("overseas(?:customers?|clients?|buyers?)|(?:never|dont|donot)(?:mention|tell|say|name)[a-z]{0,20}?(?:our|the)(?:company|business|boss|name)", RegexOptions.CultureInvariant)]
    private static partial Regex SentAbroadOrUnnamed();

    // Cash inside from people the reader does not know (cash from an elderly client you never met).
    [GeneratedRegex("(?:cash|money|notes|bills)(?:from|sentby|mailedby)(?:an?|the|some|our)?[a-z]{0,30}?(?:younevermet|youdontknow|youvenevermet|youwontmeet|strangers?)", RegexOptions.CultureInvariant)]
    private static partial Regex StrangersCash();
}
