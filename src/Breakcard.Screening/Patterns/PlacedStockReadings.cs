using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 442: items the poster's side prepared, handed to the reader to put where the public buys or pays, with the reader told
/// to keep who he is or where the items come from out of view, for pay per place.
/// <para>
/// A gift-card draining ring must get its tampered cards (a new barcode sticker over the real one, so the victim's load goes
/// to the ring's card) onto a store's rack; a QR or card-reader ring must get its decal or overlay onto a kiosk, a meter or a
/// bike-share dock. It cannot walk in itself, so it hands a stranger the prepared items — from the bag, the kit we ship you,
/// our decals — and a place to put them (hang them on the display, stick them on the docks, swap the tags), and pays per
/// store. What the offer must keep from view is the one fact that would stop the reader or the staff: who loads the cards
/// (don't ask who loads them, no questions about where the cards come from), and who the reader is (if staff ask say you're
/// a vendor rep, tell the manager you're from corporate, wear a hood near the cameras, don't use the register). A real
/// merchandiser's route has the same items, places and per-store pay, but checks in with its badge, signs the vendor log and
/// keeps nothing from the store: the concealment is what the reading needs, and a story told beside a shown badge or a signed
/// log is identification, not a story.
/// </para>
/// Three parts within one item: a placement where the public buys or pays, or a tampering of the item's code (within
/// <see cref="ItemReach"/> of items the poster's side provides), not refused in its clause nor narrated of someone else; a
/// concealment within <see cref="ConcealReach"/>; and pay.
/// Read over <see cref="PatternContext.EnglishWords"/> (crads, c*rds read as cards), behind a vectorised ASCII search for a
/// place or code word and one for a concealment word or the context's cached reading of what the reader is told not to ask
/// (ADR 382).
/// </summary>
internal static partial class PlacedStockReadings
{
    // Items provided and their placement stand in one instruction; the concealment in one item of a digest or one slip.
    private const int ItemReach = 200;
    private const int ConcealReach = 450;

    // The quote may stand anywhere: the slips name their act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    // The cheap tests: a word of where the public buys or pays, or of an item's code; a word of a staff story or of evading
    // the cameras (the told-not-to-ask reading is the context's, cached).
    private static readonly SearchValues<string> PlaceWords = SearchValues.Create(
        ["rack", "display", "shel", "peg", "endcap", "checkout", "till", "kiosk", "atm", "reader", "terminal", "pump", "pinpad", "meter",
            "dock", "station", "charger", "locker", "machine", "barcode", "tag", "label", "sticker", "decal", "qr"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> EvasionWords = SearchValues.Create(
        ["camera", "cctv", "hood", "youre", "youare", "pose", "posing", "pretend", "ifasked", "whenasked", "register", "avoid", "awayfrom", "outof"],
        StringComparison.Ordinal);

    /// <summary>
    /// Where items the poster's side provides are put where the public buys or pays, or have their code tampered, with a
    /// concealment within reach, for pay: the first such placement not refused in its clause, quoted by the term nearest it.
    /// </summary>
    public static IEnumerable<(int First, int Last)> StockPlacedConcealed(PatternContext c)
    {
        var text = c.Text.Text.AsSpan();
        if (text.IndexOfAny(PlaceWords) < 0 || !(c.ToldNotToAsk.Count > 0 || text.IndexOfAny(EvasionWords) >= 0) || !Pays(c))
        {
            return [];
        }

        var (s, map) = c.EnglishWords;
        foreach (var m in Placed().EnumerateMatches(s))
        {
            if (Read(c, s, map, m.Index, m.Length) is { } hit)
            {
                return hit;
            }
        }

        foreach (var m in Tampered().EnumerateMatches(s))
        {
            if (Read(c, s, map, m.Index, m.Length) is { } hit)
            {
                return hit;
            }
        }

        return [];
    }

    /// <summary>True when the text pays as the readings beside this one read pay, or names a sum per store, kiosk, dock or visit.</summary>
    internal static bool Pays(PatternContext c) => UnaskedReadings.Pays(c) || PerPlace().IsMatch(c.Text.Text);

    // The placement or tampering at view [at, at + length): provided items within reach, not refused in its clause, a
    // concealment within reach.
    private static IEnumerable<(int First, int Last)>? Read(PatternContext c, string s, int[]? map, int at, int length)
    {
        var (start, end) = (EnglishInstrumentWords.Back(map, at), EnglishInstrumentWords.Back(map, at + length));
        if (!Within(s, Provided(), at, at + length, ItemReach) || IdentityAndAdReadings.IsRefusedInClause(c, start, end)
            || Narrated(c, start, end) || !Concealed(c, s, map, at, at + length))
        {
            return null;
        }

        var anchor = IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
        return anchor.Any() ? anchor : null;
    }

    // The sentence before the placement reports someone else's scheme (fraudsters hang cards …; someone will tell you to …):
    // a store's loss-prevention notice, not an offer (ADR 438's reading of a wrongdoer named, and ADR 423's of an approach described).
    private static bool Narrated(PatternContext c, int start, int end)
    {
        var before = BorderCrossingReadings.SentenceBefore(c, start, end);
        return BorderCrossingReadings.Narrated(c, start, end) || UnaskedReadings.Describes(Lower(before));
    }

    // The sentence as the English forms read it: lower case, spaces and marks dropped (Describes reads normalised text).
    private static string Lower(ReadOnlySpan<char> written)
    {
        Span<char> buffer = stackalloc char[written.Length];
        var n = 0;
        foreach (var ch in written)
        {
            if (char.IsLetterOrDigit(ch))
            {
                buffer[n++] = char.ToLowerInvariant(ch);
            }
        }

        return new string(buffer[..n]);
    }

    // A concealment within reach of view [start, end): a standing told-not-to-ask form (a story for whoever asks only where
    // no badge or signed log stands within reach: that is identification), a staff story, or the cameras or staff evaded.
    private static bool Concealed(PatternContext c, string s, int[]? map, int start, int end)
    {
        var (from, to) = (Math.Max(0, start - ConcealReach), Math.Min(s.Length, end + ConcealReach));
        var credentials = Credentials().IsMatch(s.AsSpan(from, to - from));
        var (nFrom, nTo) = (EnglishInstrumentWords.Back(map, from), EnglishInstrumentWords.Back(map, to));
        foreach (var (a, b) in c.ToldNotToAsk)
        {
            if (a < nTo && b > nFrom && !(credentials && IsStory(c.Text.Text, a)))
            {
                return true;
            }
        }

        return (!credentials && StaffStory().IsMatch(s.AsSpan(from, to - from))) || Evaded().IsMatch(s.AsSpan(from, to - from));
    }

    // A told-not-to-ask form that is a story for whoever asks (if staff ask, say …), not a waiver (don't ask who loads them).
    private static bool IsStory(string normalised, int at) =>
        normalised.AsSpan(at).StartsWith("if", StringComparison.Ordinal) || normalised.AsSpan(at).StartsWith("when", StringComparison.Ordinal)
        || normalised.AsSpan(at).StartsWith("should", StringComparison.Ordinal);

    // True when the pattern matches the view within reach of [start, end).
    private static bool Within(string s, Regex pattern, int start, int end, int reach)
    {
        var (from, to) = (Math.Max(0, start - reach), Math.Min(s.Length, end + reach));
        return pattern.IsMatch(s.AsSpan(from, to - from));
    }

    // Items the poster's side provides: we give / hand / ship / send / supply you; from the bag, box or kit; our stickers,
    // labels, decals, tags, QR codes, cards or readers; the stickers we send.
    [GeneratedRegex(
        "(?:we|well|wewill|i|ill|iwill|our(?:team|guy|driver|courier|runner|contact|people))(?:give|hand|ship|send|mail|post|supply|provide|drop|deliver|leave)(?:s|ed)?(?:you|them|it|over|out)"
        + "|(?:we|i)(?:supply|provide)"
        + "|fromthe(?:bag|box|pack|envelope|kit|batch|bundle|parcel)"
        + "|(?:our|my)(?:own)?(?:qr|barcode|replacement|new|custom|printed)?(?:stickers?|labels?|decals?|tags?|qrcodes?|qrs|overlays?|sleeves?|cards|cardreaders?|readers?|devices?)"
        + "|(?:stickers?|labels?|decals?|tags?|cards|kits?)(?:we|i)(?:give|hand|ship|send|mail|post|supply|provide|drop|deliver|leave)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Provided();

    // Put where the public buys or pays: hang, put, place, restock, stick, swap, attach … on, at or over the racks, displays,
    // shelves, pegs, checkouts, kiosks, ATMs, card readers, terminals, pumps, meters, docks, stations, chargers, lockers or
    // vending machines.
    [GeneratedRegex(
        "(?:hang|put|place|restock|stock|stick|swap|apply|attach|slip|fit|mount|install|paste|tape|glue|clip)(?:s|ed|ing|ping)?[a-z0-9]{0,40}?"
        + "(?:on|onto|at|over|in|into|across|behind)(?:the|their|each|every|all|any)?[a-z]{0,14}?"
        + "(?:racks?|displays?|shelf|shelves|pegs|pegboards?|endcaps?|checkouts?|tills|kiosks?|atms|cardreaders?|terminals?|pumps|pinpads?|paypoints?|meters|docks|stations|chargers|lockers|vendingmachines?|machines)"
        // ADR 448: a public payment device opened with a key and something fitted inside it (open a pump with our key and install).
        + "|(?:open|unlock)(?:s|ed|ing)?(?:up)?(?:a|the|each|every|any)?(?:gas|fuel)?(?:pumps?|dispensers?|atms?|kiosks?|terminals?|meters?|paypoints?)(?:door|panel|cabinet|cover)?[a-z0-9]{0,40}?(?:install|fit|plug|mount|attach|insert|wire|clip|connect)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Placed();

    // The item's code tampered: swap or cover the barcodes, tags or labels; a barcode or back already re-stuck or covered; a
    // sticker over the barcode or QR code.
    [GeneratedRegex(
        "(?:swap|switch|replace|cover|restick|peel)(?:s|ed|ped|ping|ing)?(?:the|their|its|all)?[a-z]{0,20}?(?:barcodes?|tags|labels|stickers|qrcodes?|qrs)"
        + "|(?:barcodes?|backs?|qrcodes?|qrs?)(?:already|are|is|were|was|get|got)?(?:been)?(?:restuck|covered|swapped|replaced|relabel(?:l)?ed|stickered)"
        + "|(?:stickers?|labels?|decals?)(?:go|goes|stuck|placed|put)?(?:over|ontopof)(?:the|their|its)?[a-z]{0,10}?(?:barcodes?|qrs?|qrcodes?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Tampered();

    // A story for the staff about who the reader is: tell the manager you're from corporate; if asked, say …; pose as or
    // pretend to be a vendor or rep; say you're a vendor rep, from the card company.
    [GeneratedRegex(
        "(?:tell|telling|inform)(?:the|any|a)?(?:store)?(?:managers?|staff|clerks?|cashiers?|employees?|associates?|workers?|security|guards?|owners?)(?:that)?(?:youre|youare|your)(?:from|with|a|an|the|our|corporate|vendor|merchandis)"
        + "|(?:if|when|whenever)(?:asked|questioned|stopped|challenged|confronted)(?:just)?(?:say|tell|claim)"
        + "|(?:pose|posing|pretend(?:ing)?|claim(?:ing)?)(?:tobe|as|youre|youare|your)(?:a|an|the)?(?:vendor|rep|merchandiser|employee|staff|technician|tech|contractor|worker|corporate|inspector|auditor|supplier)"
        + "|say(?:youre|youare|your)(?:a|an|from|with)(?:the)?(?:vendor|rep|merchandis|corporate|supplier|distributor|headoffice)",
        RegexOptions.CultureInvariant)]
    private static partial Regex StaffStory();

    // The cameras or the staff evaded: a hood, cap or mask near or inside the cameras' view; a hood kept up; avoid the cameras,
    // staff or register; out of the cameras' view; never use, approach or check in at the register, till or desk.
    [GeneratedRegex(
        "(?:hood|hoodie|cap|hat|mask|sunglasses)(?:up|on|pulleddown|pulledlow|low|down)?(?:inside|instore|near|by|around|under|toward|towards|facing|from|for)(?:the|any|all)?(?:cameras?|cctv)"
        + "|(?:wear|keep)(?:a|your|ur)?(?:hood|hoodie)(?:up|on)?"
        + "|avoid(?:ing)?(?:the|any|all)?(?:cameras?|cctv|staff|employees|clerks?|cashiers?|managers?|register|checkout|tills?)"
        + "|(?:outof|awayfrom)(?:the)?(?:cameras?|cctv)"
        + "|(?:dont|donot|never)(?:use|goto|approach|checkin(?:at|with)?|signin(?:at)?|talkto|speakto)(?:the|any)?(?:register|till|checkout|staff|manager|clerk|cashier|frontdesk|servicedesk|employees)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Evaded();

    // Identification shown: a badge, lanyard or vendor ID shown or worn, a vendor log or sign-in sheet signed, a check-in
    // with the manager or at the desk.
    [GeneratedRegex(
        "(?:show|wear|carry|present|display)(?:s|ing)?(?:your|ur|the|a|our)?(?:company|vendor|staff|photo|employee|work)?(?:badge|idbadge|lanyard|vendorid|companyid|credentials|workorder|authori[sz]ationletter)"
        + "|sign(?:s|ing)?(?:in)?(?:the|our)?(?:vendor|visitor)?(?:log|book|sheet|register)"
        + "|checkin(?:with|at)(?:the)?(?:store)?(?:manager|desk|servicedesk|frontdesk|front|customerservice)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Credentials();

    // A sum per place: $20 a store, 15 per kiosk, a few hundred per dock, three figures each location; a sum in Chinese numerals
    // or slang ($壹零零 a pump, a C-note a pump: ADR 453).
    [GeneratedRegex(
        "(?:[0-9零壹贰叁肆伍陆柒捌玖拾佰仟]|hundreds?|figures?|hundos?|bucks|grand|quid|cnotes?|benjamins?|benjis?)(?:dollars?|usd|bucks|pounds?|euros?|quid|cash)?(?:a|an|per|each|forevery|foreach)"
        + "(?:store|shop|location|site|stop|kiosk|machine|atm|terminal|dock|station|locker|branch|outlet|pump|visit|rack|display|route)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PerPlace();
}
