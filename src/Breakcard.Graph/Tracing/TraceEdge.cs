using Breakcard.Core;
using Breakcard.Core.Events;

namespace Breakcard.Graph.Tracing;

/// <summary>One transfer the trace followed, with the traced part of its amount.</summary>
/// <param name="Edge">Edge id in the graph (arrival order in the source).</param>
/// <param name="Source">Paying account (dense id).</param>
/// <param name="Target">Receiving account (dense id).</param>
/// <param name="Ticks">Event time, UTC ticks.</param>
/// <param name="Amount">The whole transfer.</param>
/// <param name="Traced">The part of it that is traced money (never more than <paramref name="Amount"/>).</param>
/// <param name="Layer">Hop number of this transfer on the shortest traced path (1 for the start transfers).</param>
/// <param name="Channel">Channel.</param>
public sealed record TraceEdge(int Edge, int Source, int Target, long Ticks, Money Amount, Money Traced, int Layer, Channel Channel)
{
    /// <summary>Event time.</summary>
    public DateTimeOffset Time => new(Ticks, TimeSpan.Zero);
}
