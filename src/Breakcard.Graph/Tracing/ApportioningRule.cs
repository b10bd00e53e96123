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

    /// <summary>FIFO on the money that moves: an account's standing balance — the lowest balance it
    /// holds from a moment to the end of the trace's span — is its oldest money and stays; every
    /// outflow is paid from the money above it, first in, first out. The holder's own balance, a
    /// margin deposit the card keeps, a commission kept from earlier payments never leave, so they
    /// do not push the traced money back in the queue (docs/tracing.md, ADR 0130).</summary>
    StandingFifo = 3,
}
