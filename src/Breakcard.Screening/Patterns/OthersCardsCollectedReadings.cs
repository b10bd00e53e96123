using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 433: goods paid for with cards that are not the reader's, collected in the reader's name or on his ID.
/// <para>
/// A card-fraud ring cannot collect what it buys with cards it does not own: the goods are ordered in someone else's name and
/// that person collects them at the counter with his own ID, so the store's check sees a real customer. The offer says the
/// cards are not the reader's — not ours, not yours, someone else's, strangers', cards we get from a supplier, whose not to
/// be asked, don't use your own — and that the order or the collection is in the reader's name or on his ID, for pay. A
/// store's own rule writes the same words and refuses (we never accept cards that aren't yours): a refusal in the clause
/// before the cards reads no offer. ADR 399's reading of others' cards spent needs a phone or wallet they are loaded on; the
/// collection in one's own name needs none.
/// </para>
/// Read over <see cref="PatternContext.EnglishWords"/> (crads, c*rds read as cards), behind a vectorised ASCII search for a
/// card word and one for the reader's name or ID (ADR 382).
/// </summary>
internal static partial class OthersCardsCollectedReadings
{
    private static readonly SearchValues<string> CardWords = SearchValues.Create(["card", "plastic", "paid", "pays"], StringComparison.Ordinal);

    private static readonly SearchValues<string> ReaderWords = SearchValues.Create(["yourname", "yourownname", "yourrealname", "yourid", "yourownid", "yourrealid", "yourlicen", "yourpassport", "urname", "urid"], StringComparison.Ordinal);

    // The cards' others and the collection in the reader's name stand within this of each other: one slip or one message.
    private const int Reach = 400;

    // The quote may stand anywhere: the slips name their act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    /// <summary>
    /// Where cards that are not the reader's pay for what is collected in his name or on his ID: the first standing mention of
    /// the others' cards with the reader's name or ID within reach, for pay.
    /// </summary>
    public static IEnumerable<(int First, int Last)> OthersCardsCollected(PatternContext c)
    {
        var (s, map) = c.EnglishWords;
        if (!s.AsSpan().ContainsAny(CardWords) || !s.AsSpan().ContainsAny(ReaderWords) || !(c.Amounts.Count > 0 || UnaskedReadings.Pays(c)))
        {
            return [];
        }

        foreach (var m in OthersCards().EnumerateMatches(s))
        {
            var (start, end) = (EnglishInstrumentWords.Back(map, m.Index), EnglishInstrumentWords.Back(map, m.Index + m.Length));
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end))
            {
                continue;
            }

            var from = Math.Max(0, m.Index - Reach);
            var to = Math.Min(s.Length, m.Index + m.Length + Reach);
            if (CollectedAsReader().IsMatch(s.AsSpan(from, to - from)))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
            }
        }

        return [];
    }

    // Cards that are not the reader's: named as not his or the poster's (cards that aren't ours, not yours, not in your name),
    // someone else's, strangers', other people's, stolen or cloned; cards the poster gets, buys or is sent from elsewhere (cards
    // we get from a supplier, cards from our contact); whose cards or who paid not to be asked or known (don't ask whose
    // cards, no need to know who paid); or the reader told not to use his own (don't use your own card, you never pay with your card).
    [GeneratedRegex(
        "(?:credit|debit|bank|gift)?cards?(?:that|which)?(?:are|is|were|was)?(?:nt|not|never)(?:ours|yours|yourown|mine|inyourname|ourown)"
        + "|(?:credit|debit|bank)?cards?(?:that|which)?(?:we|i|they)(?:get|got|buy|bought|source|sourced|receive|received|have)(?:them)?(?:from|off|through)"
        + "|(?:credit|debit|bank)?cards?(?:from|of|off)(?:a|an|our|the|my)?(?:supplier|vendor|source|contact|guy|plug|list|batch|strangers?|otherpeople|others)"
        + "|(?:someoneelses|somebodyelses|strangers|otherpeoples|stolen|cloned|borrowed)(?:credit|debit|bank)?cards?"
        + "|(?:dontask|donotask|noneedtoknow|noneedtoask|dontneedtoknow|nevermind|dontworryabout)(?:about)?(?:whose(?:credit|debit|bank)?cards?|who(?:actually|really)?(?:paid|pays|ispaying)|whosemoney)"
        + "|(?:dont|donot|never|no)(?:use|pay(?:with)?|need)(?:your|ur)(?:own)?(?:credit|debit|bank)?cards?",
        RegexOptions.CultureInvariant)]
    private static partial Regex OthersCards();

    // The order or its collection on the reader: placed, booked or collected in or under his name, on his ID at the counter,
    // or his own ID shown to pick it up.
    [GeneratedRegex(
        "(?:in|under|with|on)(?:your|ur)(?:own|real)?(?:name|id|licen[cs]e|passport)"
        + "|(?:your|ur)(?:own|real)?(?:id|photoid|licen[cs]e|passport)(?:at|to|for)(?:the)?(?:counter|desk|till|pickup|store|collection)"
        + "|(?:show|present|hand|use)(?:them)?(?:your|ur)(?:own|real)?(?:id|photoid|licen[cs]e|passport)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CollectedAsReader();
}
