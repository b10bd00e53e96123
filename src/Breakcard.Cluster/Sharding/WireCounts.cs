namespace Breakcard.Cluster.Sharding;

/// <summary>
/// What a sharded stream's gateway sent its shards (ADR 0387), counted, not timed: deterministic
/// for one input, so a change of the wire is measured where the CPU of a shared machine is not.
/// First sends only (a replay after a failover sends the same bytes again and is not counted).
/// </summary>
/// <param name="NewKeys">Identifiers the stream numbered beyond the entity files.</param>
/// <param name="KeyTexts">Identifier texts sent, summed over the shards (each shard is sent its own accounts' and numbers').</param>
/// <param name="KeyBytes">Bytes of the place rounds' identifier parts, summed over the shards; 0 where nothing is encoded (in process).</param>
/// <param name="EveryTextKeyBytes">What those parts would have taken in encoding version 3 (every new identifier's text to every shard, before ADR 0387), summed over the shards.</param>
/// <param name="RoundBytes">Bytes of the place rounds (each shard's part of the new identifiers and its place items), summed over the shards; 0 where nothing is encoded (in process).</param>
/// <param name="ItemBytes">Bytes of the batches' items, summed over the shards; 0 where nothing is encoded (in process).</param>
public readonly record struct WireCounts(long NewKeys, long KeyTexts, long KeyBytes, long EveryTextKeyBytes, long RoundBytes, long ItemBytes)
{
    /// <summary>The counts with one batch's place round added: <paramref name="keys"/> is <paramref name="batch"/> split, <paramref name="packed"/> the rounds sent (none in process) and <paramref name="keyBytes"/> their identifier parts' bytes.</summary>
    internal WireCounts AddRound(KeyBatch batch, ShardKeys[] keys, byte[][] packed, int[] keyBytes) =>
        this with
        {
            NewKeys = NewKeys + batch.Count,
            KeyTexts = KeyTexts + keys.Sum(k => k.Held.Length),
            KeyBytes = KeyBytes + keyBytes.Sum(b => (long)b),
            EveryTextKeyBytes = EveryTextKeyBytes + (packed.Length == 0 ? 0 : keys.Length * batch.EveryTextBytes),
            RoundBytes = RoundBytes + packed.Sum(p => (long)p.Length),
        };
}
