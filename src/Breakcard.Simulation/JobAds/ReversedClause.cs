using System.Globalization;
using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 20's held-out disguise <see cref="Evasion.ReversedClause"/>: the clause that holds one key word written backwards, from
/// its last character to its first, and a note after it that says so (出租银行卡，日结300。 → 卡行银租出（倒着读），日结300。; in
/// English "Rent your card to us." → "su ot drac ruoy tneR (read it backwards)."), as "倒序文字" converters write a post that a
/// reader reads from right to left and a keyword filter reads as nonsense. Only the clause moves: the punctuation around it and
/// every other clause stay as they were.
/// </summary>
internal static class ReversedClause
{
    /// <summary>
    /// The notes put after a reversed Chinese clause. None holds a key word, a digit, or a word of money, cards or contact, and none is
    /// a rule of <see cref="EvasionTables.NumberPuzzleNotes"/> (倒着输, 反着看 …), which say a contact number is reversed.
    /// </summary>
    internal static readonly string[] Notes = ["（倒着读）", "（从右往左读）", "（反着念）", "（倒过来看）"];

    /// <summary>The notes put after a reversed English clause; none is a rule of <see cref="EvasionTables.EnglishNumberPuzzleNotes"/> ("backwards").</summary>
    internal static readonly string[] EnglishNotes = [" (read right to left)", " (read it from the end)", " (reverse to read)"];

    /// <summary>What ends a clause: sentence and clause punctuation, brackets, line breaks.</summary>
    private const string Stops = "，。；！？：、,.;!?:()（）【】「」|｜\n\r";

    /// <summary><paramref name="text"/> with the clause of one occurrence of <paramref name="words"/> reversed; unchanged when none stands in it.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var sites = KeyWordSites.All(text, words);
        if (sites.Count == 0)
        {
            return text;
        }

        var (at, word) = random.Pick(sites);
        var (start, end) = ClauseAround(text, at, at + word.Length);
        var clause = text[start..end];
        var reversed = Reversed(clause);
        if (reversed == clause)
        {
            return text;
        }

        var note = random.Pick(KeyWordSites.IsLatin(word) ? EnglishNotes : Notes);
        return string.Concat(text.AsSpan(0, start), reversed, note, text.AsSpan(end));
    }

    /// <summary>The clause around [<paramref name="from"/>, <paramref name="to"/>): out to the nearest stops, without the spaces at its ends.</summary>
    internal static (int Start, int End) ClauseAround(string text, int from, int to)
    {
        var start = from;
        while (start > 0 && !Stops.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var end = to;
        while (end < text.Length && !Stops.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        while (start < from && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > to && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary><paramref name="clause"/> backwards by text elements, so that an emoji or a character outside the BMP stays whole.</summary>
    internal static string Reversed(string clause)
    {
        var elements = new List<string>(clause.Length);
        var e = StringInfo.GetTextElementEnumerator(clause);
        while (e.MoveNext())
        {
            elements.Add(e.GetTextElement());
        }

        elements.Reverse();
        return new StringBuilder(clause.Length).AppendJoin(string.Empty, elements).ToString();
    }
}
