namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One shard of a stream in the sharded mode (ADR 0155), keyed "stream/shard/shards". Batches are
/// numbered as for <c>IMonitorGrain</c>: a batch already applied is acknowledged without effect, and
/// the shard checkpoints to grain storage so that after its silo dies it resumes elsewhere and asks
/// the gateway for the batches after its checkpoint (ADR 0178).
/// </summary>
public interface IShardGrain : IGrainWithStringKey
{
    /// <summary>
    /// Interns <paramref name="keys"/> (new identifiers of the stream, in order) and applies
    /// <paramref name="events"/> if <paramref name="number"/> is the next batch; answers the batch
    /// number the shard expects next and what its last checkpoint covers.
    /// <paramref name="firstEventUnixSeconds"/> is the stream's first event time (ages in the
    /// reference data are taken on its local day).
    /// </summary>
    Task<ShardAck> SubmitAsync(long number, long firstEventUnixSeconds, WireKey[] keys, ShardEvent[] events);

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
