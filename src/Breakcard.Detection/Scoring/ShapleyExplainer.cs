using Breakcard.Detection.Indicators;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Scoring;

/// <summary>
/// Explains any model's score in indicator terms with exact Shapley values over the indicators
/// that are active (strength above zero): each indicator's points are its average marginal effect
/// on the score over every order of switching the active indicators on, so the points add up to
/// the score minus the score with no indicator active. Absent indicators get nothing — an analyst
/// can only act on signals that are there. Up to <see cref="MaxExact"/> active indicators are
/// handled exactly (2ⁿ model evaluations); beyond that the weakest are folded into the base.
/// </summary>
public static class ShapleyExplainer
{
    /// <summary>Most active indicators explained exactly.</summary>
    public const int MaxExact = 10;

    /// <summary>
    /// Contributions of the active indicators of <paramref name="strengths"/> to
    /// <paramref name="score"/> (which must be deterministic), largest first.
    /// </summary>
    public static IReadOnlyList<Contribution> Explain(in Strengths strengths, Func<Strengths, double> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var active = new List<int>();
        for (var i = 0; i < IndicatorCatalog.Count; i++)
        {
            if (strengths[i] > 0)
            {
                active.Add(i);
            }
        }

        // Keep the strongest when there are too many (ties by id, for determinism).
        var s0 = strengths;
        active = active.OrderByDescending(i => s0[i]).ThenBy(i => i).Take(MaxExact).Order().ToList();
        var n = active.Count;
        var values = new double[1 << n];
        for (var mask = 0; mask < values.Length; mask++)
        {
            var subset = default(Strengths);
            for (var k = 0; k < n; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    subset[active[k]] = strengths[active[k]];
                }
            }

            values[mask] = score(subset);
        }

        // Shapley weight of a coalition of size s among n players: s! (n - s - 1)! / n!.
        var weight = new double[Math.Max(n, 1)];
        for (var size = 0; size < n; size++)
        {
            weight[size] = Factorial(size) * Factorial(n - size - 1) / Factorial(n);
        }

        var list = new List<Contribution>(n);
        for (var k = 0; k < n; k++)
        {
            var phi = 0.0;
            for (var mask = 0; mask < values.Length; mask++)
            {
                if ((mask & (1 << k)) == 0)
                {
                    phi += weight[System.Numerics.BitOperations.PopCount((uint)mask)] * (values[mask | (1 << k)] - values[mask]);
                }
            }

            list.Add(new Contribution((IndicatorId)active[k], strengths[active[k]], Math.Round(phi, 2)));
        }

        list.Sort(static (a, b) => b.Points.CompareTo(a.Points) != 0 ? b.Points.CompareTo(a.Points) : a.Indicator.CompareTo(b.Indicator));
        return list;
    }

    private static double Factorial(int n)
    {
        var f = 1.0;
        for (var i = 2; i <= n; i++)
        {
            f *= i;
        }

        return f;
    }
}
