using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="GraphStackIndicator"/>.</summary>
public sealed record GraphStackOptions
{
    /// <summary>Pass-through accounts in the longest forwarding chain through the account from which the indicator fires.</summary>
    public int MinDepth { get; init; } = 3;
}

/// <summary>
/// Layered stack, from the transaction graph: the account forwards what it receives within a day
/// and sits in a time-respecting chain of at least <see cref="GraphStackOptions.MinDepth"/> such
/// pass-through accounts — the first, second, third layers of a laundering chain. Only the graph
/// sees it: the engine looks at one account and its direct counterparties. Supplied by an
/// <see cref="GraphFeatures.IGraphFeatureProvider"/> once a day (ADR 0125).
/// Default weight 0: on the simulated cities it cost more precision than it gave recall (docs/benchmarks.md, Detection, Accuracy); the learned model still sees it, and an options file can weight it.
/// </summary>
public static class GraphStackIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.GraphStack, "GRAPH_STACK", "layered forwarding chain (graph)",
        "A pass-through link in a time-respecting chain of several accounts that each forwarded the money within a day.",
        "The stack / layering typology of AML simulators; source paper §4.3 (fund chains of several layers)",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Primary, AppliesTo.Accounts, 0);

    /// <summary>Strength from the depth of the chain (0 when the account is not a pass-through link).</summary>
    public static byte Strength(int depth, GraphStackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(depth, options.MinDepth);
    }
}
