using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// Remembers another stop rule's decisions per graph snapshot, so a session running many traces
/// over one graph classifies each busy account once (a shop reached by a hundred traces is
/// measured once). Valid because stop rules are deterministic and snapshots immutable; account
/// flags changed after a decision are not seen. Thread safe.
/// </summary>
public sealed class CachedStopRule(IStopRule inner) : IStopRule
{
    private readonly ConditionalWeakTable<TemporalGraph, ConcurrentDictionary<int, TraceOutcome?>> _cache = [];

    /// <summary>The rule whose decisions are cached.</summary>
    public IStopRule Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public TraceOutcome? StopAt(TemporalGraph graph, int account)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var decisions = _cache.GetValue(graph, static _ => new ConcurrentDictionary<int, TraceOutcome?>());
        return decisions.GetOrAdd(account, static (a, state) => state.Inner.StopAt(state.Graph, a), (Inner, Graph: graph));
    }
}
