using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The free-standing numbers of a text — a price, a phone or QQ number — that the number disguises
/// rewrite (<see cref="Evasion.KeycapDigits"/>, <see cref="Evasion.DigitLetters"/>, <see cref="Evasion.SpokenDigits"/>,
/// <see cref="Evasion.SplitNumbers"/>). Digits that
/// touch a Latin letter, @ or a point belong to a handle, an e-mail address, a word or a decimal
/// (kk123, hr@163.com, 2FA, 5G, 1.5万) and are left alone.
/// </summary>
internal static class FreeNumbers
{
    /// <summary>
    /// <paramref name="text"/> with one to three of its free-standing numbers that <paramref name="can"/>
    /// accepts rewritten digit by digit with <paramref name="write"/>; unchanged when it has none.
    /// </summary>
    public static string RewriteSome(string text, SeededRandom random, Func<string, bool> can, Func<char, string> write) =>
        RewriteSomeWhole(text, random, can, number => string.Concat(number.Select(write)));

    /// <summary>
    /// <paramref name="text"/> with one to three of its free-standing numbers that <paramref name="can"/>
    /// accepts rewritten whole with <paramref name="write"/> (<see cref="Evasion.SplitNumbers"/> cuts a number into
    /// parts); unchanged when it has none. The digit-by-digit rewrite makes the same random draws in the same order.
    /// </summary>
    public static string RewriteSomeWhole(string text, SeededRandom random, Func<string, bool> can, Func<string, string> write)
    {
        var runs = WholeTextEvasions.DigitRuns(text)
            .Where(r => !(r.Start > 0 && IsPartOfAName(text[r.Start - 1])) && !(r.Start + r.Length < text.Length && IsPartOfAName(text[r.Start + r.Length])))
            .Where(r => can(text.Substring(r.Start, r.Length)))
            .ToList();
        if (runs.Count == 0)
        {
            return text;
        }

        var picks = runs.ToArray();
        random.Shuffle(picks.AsSpan());
        var chosen = picks.Take(random.NextInt(1, Math.Min(3, picks.Length) + 1)).OrderBy(r => r.Start).ToArray();
        var sb = new StringBuilder(text.Length + 16);
        var next = 0;
        foreach (var (start, length) in chosen)
        {
            sb.Append(text, next, start - next).Append(write(text.Substring(start, length)));
            next = start + length;
        }

        return sb.Append(text, next, text.Length - next).ToString();
    }

    /// <summary>
    /// A character that makes the digits beside it part of a name or a decimal, not a number on its
    /// own: a Latin letter (kk123, 2FA, 5G), @ or a point (hr@163.com, 1.5万, 0.5元).
    /// </summary>
    private static bool IsPartOfAName(char c) => char.IsAsciiLetter(c) || c is '@' or '.';
}
