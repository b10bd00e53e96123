namespace Breakcard.Graph.Tracing;

/// <summary>How a trace counts hops against its hop limit (docs/tracing.md "Limits and stop rules").</summary>
public enum HopCounting
{
    /// <summary>Money leaving an account is one hop beyond the account's layer — the fewest traced
    /// transfers from the start to it. Money that goes round a cycle (shell companies paying each
    /// other in a circle) and comes back does not use up hops.</summary>
    Layer = 1,

    /// <summary>Every transfer along the money's own path is a hop, cycles included.</summary>
    Path = 2,
}
