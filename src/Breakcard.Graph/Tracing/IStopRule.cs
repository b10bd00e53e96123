using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// Decides where a trace stops expanding: cash points, external accounts, normal business, hubs.
/// Implementations must be deterministic and may be called from several traces at once.
/// </summary>
public interface IStopRule
{
    /// <summary>The reason to stop at <paramref name="account"/>, or null to follow money through it.</summary>
    TraceOutcome? StopAt(TemporalGraph graph, int account);
}
