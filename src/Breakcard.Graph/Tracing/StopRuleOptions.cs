namespace Breakcard.Graph.Tracing;

/// <summary>Thresholds of <see cref="BehaviourStopRule"/>. Immutable.</summary>
public sealed record StopRuleOptions
{
    /// <summary>Accounts with more edges than this are hubs (default 20,000).</summary>
    public int HubDegree { get; init; } = 20_000;

    /// <summary>Distinct counterparties (either way) from which an account can be normal business (default 30).</summary>
    public int NormalMinCounterparties { get; init; } = 30;

    /// <summary>An account with many counterparties is normal business when less than this share of
    /// the money it receives leaves within a day (default 0.5: most of it stays a day or more;
    /// equivalently, its amount-weighted median dwell is at least a day).</summary>
    public double NormalMaxFastShare { get; init; } = 0.5;
}
