namespace Breakcard.Graph.Tracing;

/// <summary>
/// How an account's outflows are attributed to the inflows it holds (docs/tracing.md has worked
/// examples). Both are exact in fen and conserve money.
/// </summary>
public enum ApportioningRule
{
    /// <summary>First in, first out: an outflow is paid from the oldest money still held. The
    /// usual rule of bank statements and of the simulator's ground truth.</summary>
    Fifo = 1,

    /// <summary>Proportional (pro rata): an outflow is paid from every inflow still held in
    /// proportion to how much of it is held — the cautious rule when money is mixed.</summary>
    Proportional = 2,
}
