namespace Breakcard.Graph.Tracing;

/// <summary>Which way a trace follows money.</summary>
public enum TraceDirection
{
    /// <summary>Downstream: where did this money go (victim's transfer → layers of cards → cash-out).</summary>
    Forward = 1,

    /// <summary>Upstream: whose money is this (a card or a withdrawal → the accounts it came from).</summary>
    Backward = 2,
}
