namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The place side of a shard (ADR 0188): the same activation as <see cref="IShardGrain"/> (one
/// grain class, one key), which also owns the devices, IP addresses and cells hashed to it. Per
/// batch, before the entity stage, the gateway sends each shard the released logins, calls and SMS
/// naming its places, in the order the gateway's sequencer released them (ADR 0201); the shard
/// applies them in that order and answers the counts.
/// </summary>
public interface IPlaceGrain : IGrainWithStringKey
{
    /// <summary>
    /// Interns the new identifiers and applies the place items of <paramref name="round"/> (encoded
    /// by <see cref="ShardWire.PackRound"/>, ADR 0220) as batch <paramref name="number"/>'s place
    /// round if it is the next batch (a repeated round answers the
    /// same results); answers an older batch number, without results, when the shard resumed from an
    /// older checkpoint and wants the batches from there again.
    /// </summary>
    Task<PlaceAck> PlaceAsync(long number, long firstEventUnixSeconds, byte[] round);
}
