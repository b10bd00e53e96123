namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One shard of a stream in the sharded mode (ADR 0155), keyed "stream/shard/shards". Batches are
/// numbered as for <c>IMonitorGrain</c> and applied in rounds (ADR 0185): a batch already applied is
/// acknowledged without effect, and the shard checkpoints between batches to grain storage so that after its silo dies it resumes elsewhere and asks
/// the gateway for the batches after its checkpoint (ADR 0178).
/// </summary>
public interface IShardGrain : IGrainWithStringKey
{
    /// <summary>
    /// One round of batch <paramref name="number"/> (ADR 0185). When <paramref name="full"/> and the
    /// shard has not started the batch, it takes <paramref name="items"/> (its items encoded by
    /// <see cref="ShardWire.PackItems"/>, ADR 0220; the batch's new identifiers came with its place
    /// round, which a full step requires); a shard already holding the batch ignores them. Then it takes <paramref name="notes"/> (annotations for its credit sides),
    /// applies items until a credit side whose annotation has not arrived, and answers the
    /// annotations of the debit sides it applied. A batch already applied is answered without
    /// effect (with all its annotations when it is the last one); a continuation
    /// (<paramref name="full"/> false) of a batch the shard does not hold (it resumed from its
    /// checkpoint) is answered "not holding", and the gateway sends the batch in full.
    /// <paramref name="firstEventUnixSeconds"/> is the stream's first event time (ages in the
    /// reference data are taken on its local day).
    /// </summary>
    Task<ShardRoundAck> StepAsync(long number, long firstEventUnixSeconds, byte[] items, TransferNote[] notes, bool full);

    /// <summary>The silo hosting the shard and the detection options it runs (the gateway checks them before a stream, ADR 0218).</summary>
    Task<ShardSettings> SettingsAsync();

    /// <summary>The silo hosting the shard (for operators and fault-injection tests).</summary>
    Task<string> SiloAsync();

    /// <summary>
    /// Ends the shard after <paramref name="batches"/> batches and returns its outputs; repeating the
    /// call returns the same (the result is kept in grain storage). When the shard has not applied
    /// every batch (it resumed from an older checkpoint) the result is not finished and says which
    /// batch it expects.
    /// </summary>
    Task<ShardResult> FinishAsync(long batches);
}
