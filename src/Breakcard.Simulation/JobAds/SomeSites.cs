using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Writes a few of the places found in a text in another form: the step squared signs (round 25), the emoji rebus (round 27) and markup tags (round 28) share,
/// so that all draw their places the same way (a shuffle, then one to <c>most</c> of them).
/// </summary>
internal static class SomeSites
{
    /// <summary>
    /// <paramref name="text"/> with one to <paramref name="most"/> of <paramref name="sites"/> (drawn at random) replaced by their
    /// new form; unchanged when there is none. Sites must not overlap.
    /// </summary>
    public static string Replace(string text, List<(int At, int Length, string With)> sites, int most, SeededRandom random)
    {
        if (sites.Count == 0)
        {
            return text;
        }

        var picks = sites.ToArray();
        random.Shuffle(picks.AsSpan());
        var sb = new StringBuilder(text);
        foreach (var (at, length, with) in picks.Take(random.NextInt(1, Math.Min(most, picks.Length) + 1)).OrderByDescending(s => s.At))
        {
            sb.Remove(at, length).Insert(at, with);
        }

        return sb.ToString();
    }
}
