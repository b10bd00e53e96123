using System.Text;
using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The amounts a money disguise rewrites (money slang, banknote slang): each match changes with probability 0.6 and one, drawn first,
/// always, so that a text with an amount is always changed and a text with several keeps some of them as its poster wrote them.
/// </summary>
internal static class AmountSites
{
    /// <summary><paramref name="text"/> with some of <paramref name="matches"/> (in text order, at least one) replaced by <paramref name="slang"/>.</summary>
    public static string ReplaceSome(string text, IReadOnlyList<Match> matches, SeededRandom random, Func<Match, string> slang)
    {
        var forced = random.NextInt(matches.Count);
        var sb = new StringBuilder(text.Length);
        var next = 0;
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            sb.Append(text, next, match.Index - next);
            sb.Append(m == forced || random.Chance(0.6) ? slang(match) : match.Value);
            next = match.Index + match.Length;
        }

        return sb.Append(text, next, text.Length - next).ToString();
    }
}
