namespace Breakcard.Screening.Internal;

/// <summary>
/// Drops rows of topic labels from the folded text (ADR 425): two or more hashtags in a row, separated only by white space
/// (<c>#打工人日常 #今日穿搭 #露营</c>, <c>#ootd #foodie</c>) or closed Weibo-style (<c>#生活碎片##城市漫步#</c>). A platform's topic
/// labels are what a post is filed under, not what it says: posters pile popular ones onto any post for reach, and as the
/// text's own words they only dilute what the model reads (its character n-grams are L2-normalised over the whole text)
/// and bring lifestyle words (大学生活, 宝妈日常) that read as an audience. A single tag stays (<c>label it #ad / 广告</c>,
/// <c>工单 #4716</c>): one label is part of a sentence. The labels stay in the original text, so the explainer can still
/// quote them; only the folded characters that came from them are dropped.
/// </summary>
internal static class TopicTagRuns
{
    // A tag's body: up to this many characters after the # (a topic, not a sentence).
    private const int MaxTagLength = 24;

    // Runs dropped per text; a text with more rows of labels keeps the rest (no allocation for a list).
    private const int MaxRuns = 4;

    /// <summary>Removes from <paramref name="folded"/> the characters that came from a row of two or more tags of <paramref name="original"/>.</summary>
    public static void Drop(string original, FoldBuffer folded)
    {
        var first = original.AsSpan().IndexOfAny('#', '＃');
        if (first < 0)
        {
            return;
        }

        Span<int> runs = stackalloc int[MaxRuns * 2];
        var count = 0;
        var at = first;
        while (at >= 0 && at < original.Length && count < MaxRuns)
        {
            var (end, tags) = Run(original, at);
            if (tags >= 2)
            {
                runs[count * 2] = at;
                runs[(count * 2) + 1] = end;
                count++;
            }

            var next = original.AsSpan(end).IndexOfAny('#', '＃');
            at = next < 0 ? -1 : end + next;
        }

        if (count > 0)
        {
            Remove(folded, runs[..(count * 2)]);
        }
    }

    // The run of tags starting at the # at `start`: where it ends and how many tags it holds.
    private static (int End, int Tags) Run(string s, int start)
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
            i = end;
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }
        }

        return (end, tags);
    }

    private static bool IsHash(char c) => c is '#' or '＃';

    private static void Remove(FoldBuffer f, ReadOnlySpan<int> runs)
    {
        var kept = 0;
        byte carried = 0;
        for (var i = 0; i < f.Count; i++)
        {
            if (InRun(f.Start[i], runs))
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
