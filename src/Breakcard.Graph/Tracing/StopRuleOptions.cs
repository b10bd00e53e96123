namespace Breakcard.Graph.Tracing;

/// <summary>Thresholds of <see cref="BehaviourStopRule"/>. Immutable.</summary>
public sealed record StopRuleOptions
{
    /// <summary>Accounts with more edges than this are hubs (default 20,000).</summary>
    public int HubDegree { get; init; } = 20_000;

    /// <summary>Distinct counterparties (either way) from which an account can be normal business (default 30).</summary>
    public int NormalMinCounterparties { get; init; } = 30;

    /// <summary>Median dwell from which an account with many counterparties is normal business
    /// rather than a pass-through (default 1 day).</summary>
    public TimeSpan NormalMinMedianDwell { get; init; } = TimeSpan.FromDays(1);
}
