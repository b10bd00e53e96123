
namespace Breakcard.Cluster.Sharding;

/// <summary>One owned entity's alert, with the order it takes among every shard's alerts.</summary>
/// <param name="Release">The trigger event's position in the engine's application order.</param>
/// <param name="Step">Where in the trigger's application it was raised (<see cref="AlertStep"/>).</param>
/// <param name="Ordinal">Order among this shard's alerts (for two alerts of one event on one shard).</param>
/// <param name="Json">The alert line with a provisional id; the merge gives the final number.</param>
/// <param name="Device">The alerted entity's last device when the alert names SHARED_DEVICE or SIM_CLUSTER: the merge fills in that fact's value as the device held it at the trigger's release (ADR 0188, 0201).</param>
[GenerateSerializer, Immutable]
public sealed record ShardAlert(
    [property: Id(0)] long Release,
    [property: Id(1)] long Step,
    [property: Id(2)] int Ordinal,
    [property: Id(3)] string Json,
    [property: Id(4)] string? Device = null);

/// <summary>
/// An alert of the batch a shard is applying that names a device (<see cref="ShardAlert.Device"/>),
/// reported with every round's answer so the gateway resolves its fact while it still holds the
/// device's counts at the trigger's release (ADR 0266).
/// </summary>
/// <param name="Ordinal">The alert's <see cref="ShardAlert.Ordinal"/> (with the shard, its identity: a replay raises it again with the same).</param>
/// <param name="Release">The trigger's release position.</param>
/// <param name="Device">The device whose counts the alert reads.</param>
[GenerateSerializer, Immutable]
public sealed record ShardFact(
    [property: Id(0)] int Ordinal,
    [property: Id(1)] long Release,
    [property: Id(2)] string Device);

/// <summary>One owned entity's row of <c>scores.csv</c>.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardScore(
    [property: Id(0)] byte Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] int Risk,
    [property: Id(3)] int RiskAtEnd,
    [property: Id(4)] string? PeakAt,
    [property: Id(5)] int Alerts,
    [property: Id(6)] string? FirstAlertAt,
    [property: Id(7)] string[] TopIndicators);

/// <summary>A rejected event's line of <c>rejected.csv</c>, by stream position.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardRejected([property: Id(0)] long Sequence, [property: Id(1)] string Line);

/// <summary>A finished shard's outputs.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardResult(
    [property: Id(0)] bool Finished,
    [property: Id(1)] long Next,
    [property: Id(2)] ShardAlert[] Alerts,
    [property: Id(3)] ShardScore[] Scores,
    [property: Id(4)] string Model,
    [property: Id(5)] string Fingerprint,
    [property: Id(6)] string Silo);
