namespace Breakcard.Graph.Typology;

/// <summary>
/// The graph typology patterns one account takes part in (AMLSim's fan-in, fan-out,
/// scatter-gather, gather-scatter, cycle and stack), as numbers a scorer can use.
/// </summary>
/// <param name="FanIn">Most distinct payers within one window.</param>
/// <param name="FanOut">Most distinct payees within one window.</param>
/// <param name="GatherScatter">Largest min(distinct payers, distinct payees) within one window — collected then dispersed.</param>
/// <param name="ScatterGather">Most distinct intermediaries of one scatter-gather (S → many M → D within a window) the account is part of, as S, M or D.</param>
/// <param name="CycleLength">Length of the shortest time-respecting cycle through the account within the cycle window, 0 when none.</param>
/// <param name="StackDepth">Pass-through accounts in the longest time-respecting forwarding chain through the account (0 when it is not a pass-through).</param>
/// <param name="PassThroughShare">Share of received money forwarded within one window (FIFO).</param>
public readonly record struct AccountPatterns(
    int FanIn, int FanOut, int GatherScatter, int ScatterGather, int CycleLength, int StackDepth, double PassThroughShare)
{
    /// <summary>Feature names, in the order of <see cref="ToFeatures"/> (snake_case, as monitoring reports them).</summary>
    public static IReadOnlyList<string> FeatureNames { get; } =
        ["fan_in", "fan_out", "gather_scatter", "scatter_gather", "cycle_length", "stack_depth", "pass_through_share"];

    /// <summary>The patterns as a feature vector, in the order of <see cref="FeatureNames"/>.</summary>
    public double[] ToFeatures() => [FanIn, FanOut, GatherScatter, ScatterGather, CycleLength, StackDepth, PassThroughShare];
}
