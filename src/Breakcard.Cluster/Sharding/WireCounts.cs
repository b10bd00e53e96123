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
/// <param name="Items">The batches' items, summed over the shards (ADR 0445): what the shards' engines apply, against the events released.</param>
/// <param name="SplitSides">Of <paramref name="Items"/>, the debit and credit sides of transfers split over two shards (two items per such transfer).</param>
/// <param name="PlaceItems">The place rounds' items, summed over the shards (a login, call or SMS to the shards of its device, IP address and cell).</param>
/// <param name="Released">Events the gateway's sequencer released (each once; the rest were rejected): what a single engine applies.</param>
public readonly record struct WireCounts(long NewKeys, long KeyTexts, long KeyBytes, long EveryTextKeyBytes, long RoundBytes, long ItemBytes, long Items = 0, long SplitSides = 0, long PlaceItems = 0, long Released = 0)
{
    /// <summary>The counts with one batch's place round added: <paramref name="keys"/> is <paramref name="batch"/> split, <paramref name="placeItems"/> its place items per shard, <paramref name="packed"/> the rounds sent (none in process) and <paramref name="keyBytes"/> their identifier parts' bytes.</summary>
    internal WireCounts AddRound(KeyBatch batch, ShardKeys[] keys, List<PlaceItem>[] placeItems, byte[][] packed, int[] keyBytes) =>
        this with
        {
            PlaceItems = PlaceItems + placeItems.Sum(p => (long)p.Count),
            NewKeys = NewKeys + batch.Count,
            KeyTexts = KeyTexts + keys.Sum(k => k.Held.Length),
            KeyBytes = KeyBytes + keyBytes.Sum(b => (long)b),
            EveryTextKeyBytes = EveryTextKeyBytes + (packed.Length == 0 ? 0 : keys.Length * batch.EveryTextBytes),
            RoundBytes = RoundBytes + packed.Sum(p => (long)p.Length),
        };

    /// <summary>The counts with one batch's items added: <paramref name="items"/> per shard, <paramref name="bytes"/> their encoded size (0 in process).</summary>
    internal WireCounts AddItems(List<ShardItem>[] items, long bytes)
    {
        long count = 0, sides = 0;
        foreach (var mine in items)
        {
            count += mine.Count;
            foreach (var item in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mine))
            {
                sides += item.Side == ShardSide.Whole ? 0 : 1;
            }
        }

        return this with { ItemBytes = ItemBytes + bytes, Items = Items + count, SplitSides = SplitSides + sides };
    }
}
