namespace Breakcard.Cluster.Gateway;

/// <summary>How the gateway talks to a stream's grain.</summary>
public sealed record GatewayOptions
{
    /// <summary>Events per batch (one grain call).</summary>
    public int BatchSize { get; init; } = 2_000;

    /// <summary>How long the gateway keeps retrying a stream whose silo is unreachable before it gives up with an error.</summary>
    public TimeSpan FailoverTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Pause between retries while a stream moves to another silo.</summary>
    public TimeSpan RetryPause { get; init; } = TimeSpan.FromMilliseconds(500);
}
