using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 17's held-out disguise, development since round 18, <see cref="Evasion.ScrambledOrder"/>: at one to three key words the order of two neighbouring
/// characters swapped, as 乱序 converters write a post a reader still reads (银行卡 → 银卡行, 对公账户 → 对账公户; a two-character
/// word with the character after it, 微信号 → 微号信, or before it, 加微信 → 加信微; in English two inner letters of each word of four
/// letters or more, bank card → bnak crad). The first character of a word stays, as the reader's eye anchors on it. No
/// character is added, removed or replaced, unlike every earlier disguise.
/// </summary>
internal static class ScrambledOrder
{
    /// <summary><paramref name="text"/> with the order scrambled at one to three occurrences of <paramref name="words"/>; unchanged when none can be.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var chars = text.ToCharArray();
        var taken = new bool[chars.Length];
        var sites = new List<(int Start, int Length)>();
        foreach (var w in words.OrderByDescending(w => w.Length))
        {
            for (var i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                var (start, length) = Window(text, i, w.Length);
                if (length > 0 && !taken.AsSpan(start, length).Contains(true))
                {
                    taken.AsSpan(start, length).Fill(true);
                    sites.Add((start, length));
                }
            }
        }

        var picks = sites.ToArray();
        random.Shuffle(picks.AsSpan());
        foreach (var (start, length) in picks.Take(picks.Length == 0 ? 0 : random.NextInt(1, Math.Min(3, picks.Length) + 1)))
        {
            Scramble(chars.AsSpan(start, length), random);
        }

        return new string(chars);
    }

    /// <summary>The stretch scrambled for a word at <paramref name="at"/>: the word, or a two-character Chinese word with a Chinese neighbour; length 0 when none.</summary>
    private static (int Start, int Length) Window(string text, int at, int length)
    {
        if (text.AsSpan(at, length).ContainsAny(AsciiLetters))
        {
            return (at, length);
        }

        if (length >= 3)
        {
            return (at, length);
        }

        if (length == 2 && at + 2 < text.Length && IsHan(text[at + 2]) && text[at + 1] != text[at + 2])
        {
            return (at, 3);
        }

        return length == 2 && at > 0 && IsHan(text[at - 1]) && text[at] != text[at + 1] ? (at - 1, 3) : (0, 0);
    }

    /// <summary>Swaps two neighbours after the first character (Chinese), or two inner letters of each long enough word (English).</summary>
    private static void Scramble(Span<char> stretch, SeededRandom random)
    {
        if (!stretch.ContainsAny(AsciiLetters))
        {
            SwapOne(stretch, 1, stretch.Length - 1, random);
            return;
        }

        var wordStart = 0;
        for (var end = 0; end <= stretch.Length; end++)
        {
            if (end == stretch.Length || !char.IsAsciiLetter(stretch[end]))
            {
                // Inner pairs only: the first and last letters stay, as the reader's eye needs them.
                SwapOne(stretch[wordStart..end], 1, end - wordStart - 2, random);
                wordStart = end + 1;
            }
        }
    }

    /// <summary>Swaps one pair of different neighbours (i, i + 1) with <paramref name="first"/> ≤ i and i + 1 ≤ <paramref name="last"/>, if any.</summary>
    private static void SwapOne(Span<char> span, int first, int last, SeededRandom random)
    {
        var candidates = new List<int>();
        for (var i = first; i + 1 <= last; i++)
        {
            if (span[i] != span[i + 1])
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count > 0)
        {
            var at = random.Pick(candidates);
            (span[at], span[at + 1]) = (span[at + 1], span[at]);
        }
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
