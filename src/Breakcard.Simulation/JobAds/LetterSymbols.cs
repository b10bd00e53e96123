using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 11's held-out disguise, development since round 12, <see cref="Evasion.LetterSymbols"/>: the Latin letters of one to
/// three contact words, handles or English key words written in one letter-symbol alphabet
/// (加🅥🅧, 🆃🅶@🅺🅺, 🅦🅔🅒🅗🅐🅣), as "fancy text" converters write contact details past a platform's
/// filter. Only letters change; digits are <see cref="Evasion.NumberForms"/>'s business.
/// </summary>
internal static class LetterSymbols
{
    /// <summary>
    /// <paramref name="text"/> with the letters of one to three eligible runs of ASCII letters written
    /// in one alphabet of <see cref="EvasionTables.LetterSymbolAlphabets"/>; unchanged when no run is
    /// eligible (a contact word of <see cref="EvasionTables.LetterSymbolWords"/>, a part of an English
    /// word of <paramref name="words"/>, or a handle's letters right after @).
    /// </summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var english = words.Where(w => w.All(char.IsAscii)).SelectMany(w => w.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var sites = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]))
            {
                i++;
            }

            var run = text.Substring(start, i - start + 1);
            if (EvasionTables.LetterSymbolWords.Contains(run) || english.Contains(run) || IsHandle(text, start))
            {
                sites.Add((start, run.Length));
            }
        }

        if (sites.Count == 0)
        {
            return text;
        }

        var picks = sites.ToArray();
        random.Shuffle(picks.AsSpan());
        var alphabet = random.Pick(EvasionTables.LetterSymbolAlphabets);
        var sb = new StringBuilder(text);
        // From the end, so earlier offsets stay valid while surrogate pairs lengthen the text.
        foreach (var (start, length) in picks.Take(random.NextInt(1, Math.Min(3, picks.Length) + 1)).OrderByDescending(s => s.Start))
        {
            sb.Remove(start, length).Insert(start, Symbols(text.AsSpan(start, length), alphabet));
        }

        return sb.ToString();
    }

    /// <summary>Letters right after an @ that does not follow a letter or digit: a handle (@kk123), not an e-mail domain (hr@126.com).</summary>
    private static bool IsHandle(string text, int start) =>
        start > 0 && text[start - 1] == '@' && (start == 1 || !char.IsAsciiLetterOrDigit(text[start - 2]));

    /// <summary><paramref name="letters"/> as capitals of the alphabet whose A is <paramref name="alphabet"/> (each a surrogate pair).</summary>
    private static string Symbols(ReadOnlySpan<char> letters, int alphabet)
    {
        var sb = new StringBuilder(letters.Length * 2);
        foreach (var c in letters)
        {
            sb.Append(char.ConvertFromUtf32(alphabet + (char.ToUpperInvariant(c) - 'A')));
        }

        return sb.ToString();
    }
}
