using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Sharding;

/// <summary>An event as one shard receives it: its position in the stream and whether this shard is its primary.</summary>
/// <param name="Sequence">Position of the event in the stream (0-based): the sequence the single-process run gives it.</param>
/// <param name="Primary">True on exactly one of the shards the event goes to: that shard counts it and reports its rejection.</param>
/// <param name="Event">The event.</param>
/// <param name="Places">A login's, call's or SMS's place counts from the place stage (ADR 0188); null for other events.</param>
[GenerateSerializer, Immutable]
public sealed record ShardEvent([property: Id(0)] long Sequence, [property: Id(1)] bool Primary, [property: Id(2)] WireEvent Event, [property: Id(3)] ShardPlaces? Places = null);

/// <summary>One owned entity's alert, with the order it takes among every shard's alerts.</summary>
/// <param name="Time">Trigger event time (Unix seconds): the engine applies events in (time, tiebreak, id hash) order.</param>
/// <param name="Tiebreak">Trigger event's tiebreak.</param>
/// <param name="IdHash">Trigger event's id hash.</param>
/// <param name="Role">0 when the alerted entity is the trigger's first state owner (a transaction's debit side), 1 for the second, 2 + i for the receiver of the trigger's place push i.</param>
/// <param name="Ordinal">Order among this shard's alerts (for two alerts of one entity on one event).</param>
/// <param name="Json">The alert line with a provisional id; the merge gives the final number.</param>
/// <param name="Device">The alerted entity's last device when the alert names SHARED_DEVICE or SIM_CLUSTER: the merge fills in that fact's value from the place stage (ADR 0188).</param>
[GenerateSerializer, Immutable]
public sealed record ShardAlert(
    [property: Id(0)] long Time,
    [property: Id(1)] ulong Tiebreak,
    [property: Id(2)] ulong IdHash,
    [property: Id(3)] byte Role,
    [property: Id(4)] int Ordinal,
    [property: Id(5)] string Json,
    [property: Id(6)] string? Device = null);

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

/// <summary>A rejected primary event's line of <c>rejected.csv</c>, by stream position.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardRejected([property: Id(0)] long Sequence, [property: Id(1)] string Line);

/// <summary>What the engine did with the shard's primary events.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardCounters(
    [property: Id(0)] long Received,
    [property: Id(1)] long Duplicates,
    [property: Id(2)] long LateApplied,
    [property: Id(3)] long LateRejected,
    [property: Id(4)] long Expired,
    [property: Id(5)] long OutOfRange,
    [property: Id(6)] long Invalid);

/// <summary>A finished shard's outputs.</summary>
[GenerateSerializer, Immutable]
public sealed record ShardResult(
    [property: Id(0)] bool Finished,
    [property: Id(1)] long Next,
    [property: Id(2)] ShardAlert[] Alerts,
    [property: Id(3)] ShardScore[] Scores,
    [property: Id(4)] ShardRejected[] Rejected,
    [property: Id(5)] ShardCounters Counters,
    [property: Id(6)] string Model,
    [property: Id(7)] string Fingerprint,
    [property: Id(8)] string Silo);

/// <summary>A shard's answer to a batch (ADR 0111 per shard).</summary>
/// <param name="Next">The batch number the shard expects next: the batch sent plus one when it was applied (now or before), less when the shard resumed from an older checkpoint and wants the batches from this number again.</param>
/// <param name="Checkpointed">Batches its last checkpoint covers (0 … <paramref name="Checkpointed"/> − 1): the gateway may drop them from its replay buffer.</param>
/// <param name="Silo">The silo that answered.</param>
[GenerateSerializer, Immutable]
public sealed record ShardAck([property: Id(0)] long Next, [property: Id(1)] long Checkpointed, [property: Id(2)] string Silo);
