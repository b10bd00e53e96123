using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="GraphCycleIndicator"/>.</summary>
public sealed record GraphCycleOptions
{
    /// <summary>Longest cycle (hops) that counts; shorter cycles are stronger.</summary>
    public int MaxLength { get; init; } = 4;
}

/// <summary>
/// Cycle, from the transaction graph: the account lies on a time-respecting cycle of at most
/// <see cref="GraphCycleOptions.MaxLength"/> hops, each hop moving ½–1× the amount before it. The
/// engine's own <see cref="CycleIndicator"/> sees only the account where money comes home; the
/// graph names every account on the loop. Strength 60 at the longest counted cycle, rising to 100
/// for a two-hop loop. Supplied by an <see cref="GraphFeatures.IGraphFeatureProvider"/> (ADR 0125).
/// Default weight 10 (a nudge): larger weights cost precision on the simulated cities (docs/benchmarks.md, Detection, Accuracy).
/// </summary>
public static class GraphCycleIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.GraphCycle, "GRAPH_CYCLE", "on a money cycle (graph)",
        "The account lies on a short time-respecting cycle of transfers that passed the money on.",
        "The cycle typology of AML simulators; source paper §4.4 (shell companies' round-tripping)",
        LegalBasis.Pboc2006Art11,
        IndicatorCategory.Primary, AppliesTo.Accounts, 10);

    /// <summary>Strength from the length of the shortest cycle through the account (0 = none).</summary>
    public static byte Strength(int length, GraphCycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (length < 2 || length > options.MaxLength)
        {
            return 0;
        }

        // Invert the length so IndicatorMath's ramp applies: the longest counted cycle is "at threshold".
        var span = Math.Max(1, options.MaxLength - 2);
        return (byte)(IndicatorMath.AtThreshold + ((100 - IndicatorMath.AtThreshold) * (options.MaxLength - length) / span));
    }
}
