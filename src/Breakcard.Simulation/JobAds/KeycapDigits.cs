using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 12's held-out disguise <see cref="Evasion.KeycapDigits"/>: the digits of one to three numbers
/// written as keycap emoji (300 → 3️⃣0️⃣0️⃣, each ASCII digit followed by U+FE0F and U+20E3), as posts
/// write a price or a contact number past a platform's number filter. Digits that touch a Latin
/// letter, @ or a point belong to a handle, an e-mail address, a word or a decimal (kk123,
/// hr@163.com, 2FA, 5G, 1.5万) and are left alone.
/// </summary>
internal static class KeycapDigits
{
    /// <summary>
    /// <paramref name="text"/> with one to three of its numbers (maximal runs of ASCII digits with no
    /// Latin letter, @ or point on either side) written as keycaps; unchanged when it has none.
    /// </summary>
    public static string Apply(string text, SeededRandom random)
    {
        // A run beside a letter, @ or a point is part of a name or a decimal, not a number of its own.
        var runs = WholeTextEvasions.DigitRuns(text)
            .Where(r => !(r.Start > 0 && IsPartOfAName(text[r.Start - 1])) && !(r.Start + r.Length < text.Length && IsPartOfAName(text[r.Start + r.Length])))
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
            sb.Append(text, next, start - next);
            for (var k = start; k < start + length; k++)
            {
                sb.Append(text[k]).Append(EvasionTables.KeycapSuffix);
            }

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
