namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One shard of a stream in the sharded mode (ADR 0155), keyed "stream/shard/shards". Batches are
/// numbered as for <c>IMonitorGrain</c>: a batch already applied is acknowledged without effect.
/// </summary>
public interface IShardGrain : IGrainWithStringKey
{
    /// <summary>
    /// Interns <paramref name="keys"/> (new identifiers of the stream, in order) and applies
    /// <paramref name="events"/> if <paramref name="number"/> is the next batch; returns the batch
    /// number the shard expects next. <paramref name="firstEventUnixSeconds"/> is the stream's first
    /// event time (ages in the reference data are taken on its local day).
    /// </summary>
    Task<long> SubmitAsync(long number, long firstEventUnixSeconds, WireKey[] keys, ShardEvent[] events);

    /// <summary>The silo hosting the shard (for operators and fault-injection tests).</summary>
    Task<string> SiloAsync();

    /// <summary>Ends the shard after <paramref name="batches"/> batches and returns its outputs; repeating the call returns the same.</summary>
    Task<ShardResult> FinishAsync(long batches);
}
