using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 10's held-out disguise <see cref="Evasion.VerticalText"/>: one clause that holds a key word
/// laid out as vertical text, as "vertical text" (竖排) converters write it. The clause is cut into
/// columns of two to four characters; columns are read top to bottom, the first on the right; the
/// text is stored row by row, so each stored line interleaves characters of different columns.
/// 出租银行卡 in columns of two is 出租 | 银行 | 卡, stored as "卡银出" and "　行租": a reader reads the
/// columns, a filter reading the stored lines sees no key word.
/// </summary>
internal static class VerticalLayout
{
    /// <summary>Shorter runs of Chinese characters (a two-character key word alone) would stand whole in one column.</summary>
    private const int MinClause = 3;

    /// <summary>Longer runs (a voice transcript with no punctuation) are cut to this window around the key word.</summary>
    private const int MaxClause = 16;

    private const int MaxColumnHeight = 4;

    /// <summary>
    /// <paramref name="text"/> with one clause holding one of <paramref name="words"/> laid out
    /// vertically; unchanged when no Chinese key word stands in a run of at least three Chinese
    /// characters (English ads, or key words already disguised).
    /// </summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var clauses = new List<(int Start, int Length)>();
        foreach (var word in words.Where(w => w.All(IsIdeograph)))
        {
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                var clause = ClauseAround(text, i, word.Length);
                if (clause.Length >= MinClause && !clauses.Contains(clause))
                {
                    clauses.Add(clause);
                }
            }
        }

        if (clauses.Count == 0)
        {
            return text;
        }

        var (start, length) = random.Pick(clauses.ToArray());
        // At least two columns, so that no row holds two neighbouring characters of the clause.
        var height = random.NextInt(2, Math.Max(2, Math.Min(MaxColumnHeight, length / 2)) + 1);
        var block = Layout(text.AsSpan(start, length), height);
        var end = start + length;
        var before = start > 0 && text[start - 1] != '\n' ? "\n" : "";
        var after = end < text.Length && text[end] != '\n' ? "\n" : "";
        return string.Concat(text[..start], before, block, after + text[end..]);
    }

    /// <summary>
    /// <paramref name="clause"/> in columns of <paramref name="height"/> characters, the first column
    /// on the right, written out row by row; the short last column is padded with U+3000.
    /// </summary>
    private static string Layout(ReadOnlySpan<char> clause, int height)
    {
        var columns = (clause.Length + height - 1) / height;
        var sb = new StringBuilder((columns + 1) * height);
        for (var row = 0; row < height; row++)
        {
            if (row > 0)
            {
                sb.Append('\n');
            }

            for (var column = columns - 1; column >= 0; column--)
            {
                var at = column * height + row;
                sb.Append(at < clause.Length ? clause[at] : EvasionTables.VerticalPadding);
            }
        }

        return sb.ToString();
    }

    /// <summary>The run of Chinese characters around a key word at <paramref name="at"/>, cut to <see cref="MaxClause"/> around it.</summary>
    private static (int Start, int Length) ClauseAround(string text, int at, int wordLength)
    {
        var start = at;
        while (start > 0 && IsIdeograph(text[start - 1]))
        {
            start--;
        }

        var end = at + wordLength;
        while (end < text.Length && IsIdeograph(text[end]))
        {
            end++;
        }

        if (end - start > MaxClause)
        {
            start = Math.Clamp(at + wordLength / 2 - MaxClause / 2, start, end - MaxClause);
            end = start + MaxClause;
        }

        return (start, end - start);
    }

    /// <summary>A CJK unified ideograph of the basic block, where every Chinese key word lies.</summary>
    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
