using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="GraphScatterGatherIndicator"/>.</summary>
public sealed record GraphScatterGatherOptions
{
    /// <summary>Intermediaries of one scatter-gather from which the indicator fires.</summary>
    public int MinIntermediaries { get; init; } = 3;
}

/// <summary>
/// Scatter-gather, from the transaction graph: the account is the source, an intermediary or the
/// destination of a pattern where one source pays several intermediaries that each pay one
/// destination within a window. The engine's <see cref="ScatterGatherIndicator"/> sees it only at
/// the destination. Supplied by an <see cref="GraphFeatures.IGraphFeatureProvider"/> (ADR 0125).
/// Default weight 0: on the simulated cities it cost more precision than it gave recall (docs/benchmarks.md, Detection, Accuracy); the learned model still sees it, and an options file can weight it.
/// </summary>
public static class GraphScatterGatherIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.GraphScatterGather, "GRAPH_SCATTER_GATHER", "in a scatter-gather (graph)",
        "Source, intermediary or destination of money scattered to several accounts and gathered again.",
        "The scatter-gather typology of AML simulators; PBOC 2006 Art. 11(1)",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Primary, AppliesTo.Accounts, 0);

    /// <summary>Strength from the intermediaries of the largest scatter-gather the account is part of.</summary>
    public static byte Strength(int intermediaries, GraphScatterGatherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(intermediaries, options.MinIntermediaries);
    }
}
