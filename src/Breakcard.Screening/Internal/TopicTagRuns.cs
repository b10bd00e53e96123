using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Internal;

/// <summary>
/// Drops rows of topic labels from the folded text (ADR 425): two or more hashtags in a row, separated only by white space
/// (<c>#打工人日常 #今日穿搭 #露营</c>, <c>#ootd #foodie</c>) or closed Weibo-style (<c>#生活碎片##城市漫步#</c>). A platform's topic
/// labels are what a post is filed under, not what it says: posters pile popular ones onto any post for reach, and as the
/// text's own words they only dilute what the model reads (its character n-grams are L2-normalised over the whole text)
/// and bring lifestyle words (大学生活, 宝妈日常) that read as an audience. A single tag stays (<c>label it #ad / 广告</c>,
/// <c>工单 #4716</c>): one label is part of a sentence. The labels stay in the original text, so the explainer can still
/// quote them; only the folded characters that came from them are dropped.
/// <para>
/// A tag that says what the offer is stays (ADR 430): a row of labels can carry the offer itself (#出租银行卡 #收卡 #日结), and an
/// ad that hid its offer in a tag row must not lose it. A tag whose folded characters hold a lexicon term of an instrument or
/// of the trade in it (a card, an account, an ID, a code; renting, selling, collecting, settling, brushing, the trade's slang)
/// is kept; a lure's tag (#日结, #轻松赚钱) is kept only beside such a tag in its row. The other labels are dropped as before.
/// </para>
/// </summary>
internal static class TopicTagRuns
{
    // A tag's body: up to this many characters after the # (a topic, not a sentence).
    private const int MaxTagLength = 24;

    // Runs dropped per text; a text with more rows of labels keeps the rest (no allocation for a list).
    private const int MaxRuns = 4;

    // Tags examined per text for the offer's words; a tag past this many in the rows is dropped unread.
    private const int MaxTags = 32;

    // What makes a tag the offer's own words: an instrument or the trade in it (ADR 430).
    private const Concept OfferWords = Concept.BankCard | Concept.CardGeneric | Concept.CardKit | Concept.PhoneCard | Concept.CorporateAccount
        | Concept.PaymentAccount | Concept.IdentityDocument | Concept.SmsCode | Concept.RentOut | Concept.Sell | Concept.Buy
        | Concept.CollectMoney | Concept.Settlement | Concept.Brushing | Concept.CardTradeSlang | Concept.Nominee | Concept.CodeReception
        | Concept.SendIdentity | Concept.CashWithdrawal | Concept.CallRelay | Concept.RemoteControl;

    // A lure's words: kept only in a row that also names the offer.
    private const Concept LureWords = Concept.DailyPay | Concept.EasyMoney;

    /// <summary>
    /// Removes from <paramref name="folded"/> the characters that came from a row of two or more tags of <paramref name="original"/>,
    /// except the tags that carry the offer's words by <paramref name="lexicon"/>'s terms.
    /// </summary>
    public static void Drop(string original, FoldBuffer folded, ScreeningLexicon lexicon)
    {
        var first = original.AsSpan().IndexOfAny('#', '＃');
        if (first < 0)
        {
            return;
        }

        Span<int> runs = stackalloc int[MaxRuns * 2];
        Span<int> tags = stackalloc int[MaxTags * 2];
        Span<byte> tagRun = stackalloc byte[MaxTags];
        var count = 0;
        var tagCount = 0;
        var at = first;
        while (at >= 0 && at < original.Length && count < MaxRuns)
        {
            var before = tagCount;
            var (end, inRun) = Run(original, at, tags, tagRun, ref tagCount, count);
            if (inRun >= 2)
            {
                runs[count * 2] = at;
                runs[(count * 2) + 1] = end;
                count++;
            }
            else
            {
                tagCount = before; // a single tag is part of a sentence: not examined, not dropped
            }

            var next = original.AsSpan(end).IndexOfAny('#', '＃');
            at = next < 0 ? -1 : end + next;
        }

        if (count > 0)
        {
            Span<byte> kept = stackalloc byte[MaxTags];
            var keptAny = Keep(folded, lexicon, tags[..(tagCount * 2)], tagRun[..tagCount], kept[..tagCount]);
            Remove(folded, runs[..(count * 2)], keptAny ? tags[..(tagCount * 2)] : [], kept[..tagCount]);
        }
    }

    // Marks the tags that carry the offer's words (1) and the lure tags in a row that does (1); true when any is kept.
    private static bool Keep(FoldBuffer f, ScreeningLexicon lexicon, ReadOnlySpan<int> tags, ReadOnlySpan<byte> tagRun, Span<byte> kept)
    {
        Span<byte> offerRun = stackalloc byte[MaxRuns];
        Span<byte> lure = stackalloc byte[MaxTags];
        var any = false;
        var p = 0;
        for (var t = 0; t < kept.Length; t++)
        {
            while (p < f.Count && f.Start[p] < tags[t * 2])
            {
                p++;
            }

            var q = p;
            while (q < f.Count && f.Start[q] < tags[(t * 2) + 1])
            {
                q++;
            }

            var concepts = Carried(f, lexicon, p, q);
            if ((concepts & OfferWords) != 0)
            {
                kept[t] = 1;
                offerRun[tagRun[t]] = 1;
                any = true;
            }
            else if ((concepts & LureWords) != 0)
            {
                lure[t] = 1;
            }

            p = q;
        }

        for (var t = 0; t < kept.Length; t++)
        {
            if (lure[t] == 1 && offerRun[tagRun[t]] == 1)
            {
                kept[t] = 1;
            }
        }

        return any;
    }

    // The concepts of the lexicon terms found in folded characters [from, to): every start, the whole term inside the tag; a
    // Latin term only as a whole word (card in #cardigan is not a card). Decoys say nothing.
    private static Concept Carried(FoldBuffer f, ScreeningLexicon lexicon, int from, int to)
    {
        var trie = lexicon.TermTrie;
        var concepts = Concept.None;
        for (var k = from; k < to; k++)
        {
            if (char.IsAsciiLetter(f.Chars[k]) && k > from && char.IsAsciiLetter(f.Chars[k - 1]) && (f.Flags[k] & FoldBuffer.SeparatorBefore) == 0)
            {
                continue;
            }

            var node = CharTrie.Root;
            for (var j = k; j < to && trie.TryStep(node, f.Chars[j], out node); j++)
            {
                var payload = trie.PayloadAt(node);
                if (payload < 0 || (lexicon.TermFlags[payload] & ScreeningLexicon.DecoyFlag) != 0)
                {
                    continue;
                }

                var endsWord = j + 1 == to || !char.IsAsciiLetter(f.Chars[j + 1]) || !char.IsAsciiLetter(f.Chars[j]) || (f.Flags[j + 1] & FoldBuffer.SeparatorBefore) != 0;
                if (endsWord)
                {
                    concepts |= lexicon.TermEntries[payload].Concepts;
                }
            }
        }

        return concepts;
    }

    // The run of tags starting at the # at `start`: where it ends and how many tags it holds; each tag's span [# , end) is
    // recorded in `spans` (while room) with its run's number.
    private static (int End, int Tags) Run(string s, int start, Span<int> spans, Span<byte> spanRun, ref int spanCount, int run)
    {
        var tags = 0;
        var i = start;
        var end = start + 1;
        while (i < s.Length && IsHash(s[i]))
        {
            var body = i + 1;
            var j = body;
            while (j < s.Length && j - body < MaxTagLength && !IsHash(s[j]) && !char.IsWhiteSpace(s[j]))
            {
                j++;
            }

            if (j == body || (j < s.Length && j - body >= MaxTagLength && !IsHash(s[j]) && !char.IsWhiteSpace(s[j])))
            {
                break; // a lone # or a body too long to be a topic
            }

            tags++;
            end = j < s.Length && IsHash(s[j]) ? j + 1 : j; // a # right after the body closes it (Weibo's #a##b#)
            if (spanCount < MaxTags)
            {
                spans[spanCount * 2] = i;
                spans[(spanCount * 2) + 1] = end;
                spanRun[spanCount] = (byte)run;
                spanCount++;
            }

            i = end;
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }
        }

        return (end, tags);
    }

    private static bool IsHash(char c) => c is '#' or '＃';

    private static void Remove(FoldBuffer f, ReadOnlySpan<int> runs, ReadOnlySpan<int> tags, ReadOnlySpan<byte> keptTags)
    {
        var kept = 0;
        byte carried = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (InRun(f.Start[i], runs) && !IsKept(f.Start[i], tags, keptTags))
            {
                // A break inside or before the dropped labels is still a break before the next kept character.
                carried |= (byte)(f.Flags[i] & (FoldBuffer.SeparatorBefore | FoldBuffer.ClauseBefore | FoldBuffer.SentenceBefore));
                continue;
            }

            f.Chars[kept] = f.Chars[i];
            f.Start[kept] = f.Start[i];
            f.End[kept] = f.End[i];
            f.Flags[kept] = (byte)(f.Flags[i] | carried);
            f.Kinds[kept] = f.Kinds[i];
            carried = 0;
            kept++;
        }

        f.Count = kept;
    }

    private static bool IsKept(int start, ReadOnlySpan<int> tags, ReadOnlySpan<byte> kept)
    {
        for (var t = 0; t < tags.Length / 2; t++)
        {
            if (kept[t] == 1 && start >= tags[t * 2] && start < tags[(t * 2) + 1])
            {
                return true;
            }
        }

        return false;
    }

    private static bool InRun(int start, ReadOnlySpan<int> runs)
    {
        for (var r = 0; r < runs.Length; r += 2)
        {
            if (start >= runs[r] && start < runs[r + 1])
            {
                return true;
            }
        }

        return false;
    }
}
