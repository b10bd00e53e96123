using Breakcard.Graph.Internal;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Typology.Internal;

namespace Breakcard.Graph.Typology;

/// <summary>
/// Finds the graph typologies of AMLSim and of PBOC 2006 Art. 11 ("concentrated in, dispersed
/// out") per sliding time window and turns them into per-account <see cref="AccountPatterns"/>
/// that the monitoring scorer can use (docs/tracing.md, "Typology patterns"). Deterministic;
/// accounts are processed in parallel.
/// </summary>
public sealed class TypologyDetector(TypologyOptions? options = null)
{
    /// <summary>Windows and caps.</summary>
    public TypologyOptions Options { get; } = options ?? new TypologyOptions();

    /// <summary>The patterns of every account of <paramref name="graph"/>, indexed by account id.</summary>
    public AccountPatterns[] Detect(TemporalGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Options.Validate();
        var window = Options.Window.Ticks;
        var n = graph.AccountCount;
        var fanIn = new int[n];
        var fanOut = new int[n];
        var gatherScatter = new int[n];
        ParallelAccounts.For(n, () => new WindowCounts(graph, window), (a, counts) => (fanIn[a], fanOut[a], gatherScatter[a]) = counts.Measure(a));

        var scatterGather = new int[n];
        ParallelAccounts.For(n, () => new ScatterGatherSearch(graph, window, fanOut, Options.MaxExpansion),
            (a, search) => search.Search(a), search => search.MergeInto(scatterGather));

        var cycles = new int[n];
        ParallelAccounts.For(n, () => new CycleSearch(graph, Options.CycleWindow.Ticks, Options.MaxCycleLength, fanOut, Options.MaxExpansion),
            (a, search) => search.Search(a), search => search.MergeInto(cycles));
        var profiles = FlowProfile.ComputeAll(graph, Options.Window);
        var passThrough = new bool[n];
        for (var a = 0; a < n; a++)
        {
            passThrough[a] = !graph.IsCashAccount(a) && profiles[a].InFen > 0
                && profiles[a].FastShare >= Options.PassThroughShare;
        }

        var stack = StackDepth.Compute(graph, passThrough, window);
        var result = new AccountPatterns[n];
        for (var a = 0; a < n; a++)
        {
            result[a] = new AccountPatterns(fanIn[a], fanOut[a], gatherScatter[a], scatterGather[a],
                cycles[a], stack[a], profiles[a].FastShare);
        }

        return result;
    }
}
