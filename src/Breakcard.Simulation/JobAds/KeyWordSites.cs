using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Where the key words stand in a text, for the disguises that take a word out whole (acrostic lines, knowing omission, spelled
/// characters, periphrasis, reversed clauses): a Latin word only where it stands whole (card, not the card in cardboard), a Chinese word anywhere.
/// </summary>
internal static class KeyWordSites
{
    /// <summary>Every occurrence of each of <paramref name="words"/>, in the words' order and then the text's.</summary>
    public static List<(int At, string Word)> All(string text, IEnumerable<string> words)
    {
        var sites = new List<(int At, string Word)>();
        foreach (var w in words)
        {
            for (var i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                if (!IsLatin(w) || StandsWhole(text, i, w.Length))
                {
                    sites.Add((i, w));
                }
            }
        }

        return sites;
    }

    /// <summary>As <see cref="All"/>, longest words first and no two occurrences overlapping, so 银行卡 is taken whole rather than its 银行.</summary>
    public static List<(int At, string Word)> Disjoint(string text, IEnumerable<string> words)
    {
        var taken = new bool[text.Length];
        var sites = new List<(int At, string Word)>();
        foreach (var site in All(text, words.OrderByDescending(w => w.Length)))
        {
            if (!taken.AsSpan(site.At, site.Word.Length).Contains(true))
            {
                taken.AsSpan(site.At, site.Word.Length).Fill(true);
                sites.Add(site);
            }
        }

        return sites;
    }

    /// <summary>
    /// <paramref name="text"/> with one or two of <paramref name="sites"/> (disjoint, at least one), drawn at random, each replaced by
    /// what <paramref name="replacement"/> gives for its word (a wink, a description).
    /// </summary>
    public static string ReplaceOneOrTwo(string text, List<(int At, string Word)> sites, SeededRandom random, Func<string, string> replacement)
    {
        var picks = sites.ToArray();
        random.Shuffle(picks.AsSpan());
        var sb = new StringBuilder(text);
        foreach (var (at, word) in picks.Take(random.NextInt(1, Math.Min(2, picks.Length) + 1)).OrderByDescending(s => s.At))
        {
            sb.Remove(at, word.Length).Insert(at, replacement(word));
        }

        return sb.ToString();
    }

    /// <summary>True for a word written in Latin letters (an English key word).</summary>
    public static bool IsLatin(string word) => char.IsAsciiLetter(word[0]);

    private static bool StandsWhole(string text, int at, int length) =>
        (at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + length == text.Length || !char.IsAsciiLetter(text[at + length]));
}
