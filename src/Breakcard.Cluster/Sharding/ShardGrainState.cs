namespace Breakcard.Cluster.Sharding;

/// <summary>
/// What a <see cref="ShardGrain"/> persists at each checkpoint (ADR 0178): the shard session's
/// snapshot after a number of batches, so any silo can resume the shard byte for byte; after the
/// stream ends, the shard's result instead, so a repeated finish call answers the same.
/// </summary>
[GenerateSerializer]
public sealed class ShardGrainState
{
    /// <summary>Batches applied before the snapshot was taken (0: no checkpoint yet).</summary>
    [Id(0)]
    public long Batches { get; set; }

    /// <summary>The stream's first event time (Unix seconds): ages in the reference data are taken on its local day.</summary>
    [Id(1)]
    public long FirstEventUnixSeconds { get; set; }

    /// <summary>The compressed <see cref="ShardSession"/> snapshot (empty before the first checkpoint and after the end).</summary>
    [Id(2)]
    public byte[] Snapshot { get; set; } = [];

    /// <summary>The shard's outputs once the stream has ended.</summary>
    [Id(3)]
    public ShardResult? Result { get; set; }

    /// <summary>
    /// The annotations the shard produced in the batch before <see cref="Batches"/>, so a round whose
    /// answer was lost when the silo died right after the checkpoint is answered again in full.
    /// </summary>
    [Id(4)]
    public TransferNote[] LastNotes { get; set; } = [];

    /// <summary>
    /// The alerts naming a device that the shard raised in the batch before <see cref="Batches"/>,
    /// for the same reason: the gateway resolves their facts from that answer (ADR 0266).
    /// </summary>
    [Id(5)]
    public ShardFact[] LastFacts { get; set; } = [];
}
