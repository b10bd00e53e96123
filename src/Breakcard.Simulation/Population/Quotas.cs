using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Population;

/// <summary>
/// Stratified allocation: splits a count into whole quotas in proportion to shares (largest
/// remainder, ties broken at random), so a small sample hits its target shares to within one
/// unit instead of drifting by binomial noise. Used where the world must match published shares.
/// </summary>
internal static class Quotas
{
    /// <summary>Whole quotas summing to <paramref name="total"/>, proportional to <paramref name="shares"/>.</summary>
    public static int[] Allocate(int total, ReadOnlySpan<double> shares, SeededRandom random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var sum = 0.0;
        foreach (var s in shares)
        {
            sum += s;
        }

        var counts = new int[shares.Length];
        if (total == 0 || sum <= 0)
        {
            return counts;
        }

        var remainders = new (double Remainder, double Tie, int Index)[shares.Length];
        var assigned = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            var exact = total * shares[i] / sum;
            counts[i] = (int)Math.Floor(exact);
            assigned += counts[i];
            remainders[i] = (exact - counts[i], random.NextDouble(), i);
        }

        Array.Sort(remainders, static (a, b) => a.Remainder != b.Remainder ? b.Remainder.CompareTo(a.Remainder) : a.Tie.CompareTo(b.Tie));
        for (var k = 0; k < total - assigned; k++)
        {
            counts[remainders[k].Index]++;
        }

        return counts;
    }

    /// <summary>A shuffled list holding category i exactly <c>Allocate(total, shares)[i]</c> times.</summary>
    public static int[] Deal(int total, ReadOnlySpan<double> shares, SeededRandom random)
    {
        var counts = Allocate(total, shares, random);
        var list = new int[total];
        var k = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            for (var j = 0; j < counts[i]; j++)
            {
                list[k++] = i;
            }
        }

        random.Shuffle(list.AsSpan());
        return list;
    }
}
