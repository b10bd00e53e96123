namespace Breakcard.Cluster.Sharding;

/// <summary>
/// A value remembered per engine index (ADR 0247): the gateway and the shards compute a shard from
/// an identifier's key once per identifier, not once per event naming it.
/// </summary>
internal static class IndexSlots
{
    /// <summary>The slot of <paramref name="index"/> in <paramref name="slots"/>, grown as needed; a new slot holds -1.</summary>
    public static ref int At(ref int[] slots, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index >= slots.Length)
        {
            var grown = new int[Math.Max(index + 1, slots.Length * 2)];
            grown.AsSpan().Fill(-1);
            slots.CopyTo(grown, 0);
            slots = grown;
        }

        return ref slots[index];
    }
}
