namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The gateway's replay buffer in the sharded mode (ADR 0178, 0185): every batch sent (each shard's
/// items as encoded for it, ADR 0220, and the annotations routed to each shard in its rounds) until every shard has checkpointed past it, so a shard that
/// resumed from its last checkpoint on another silo can be sent the batches after it again. Bounded
/// by the checkpoint interval: all shards checkpoint at the same batch numbers.
/// </summary>
internal sealed class ShardReplayBuffer
{
    private readonly List<(byte[][] Items, List<TransferNote>[] Notes)> _batches = [];
    private readonly long[] _checkpointed;
    private long _base;

    public ShardReplayBuffer(int shards) => _checkpointed = new long[shards];

    /// <summary>The first batch still held.</summary>
    public long Base => _base;

    /// <summary>Batches numbered so far.</summary>
    public long Count => _base + _batches.Count;

    /// <summary>Keeps the next batch and returns its number.</summary>
    public long Add(byte[][] items)
    {
        _batches.Add((items, [.. items.Select(_ => new List<TransferNote>())]));
        return Count - 1;
    }

    /// <summary>Batch <paramref name="number"/> as shard <paramref name="shard"/> receives it, with every annotation routed to it so far.</summary>
    public (byte[] Items, TransferNote[] Notes) For(long number, int shard)
    {
        var (items, notes) = _batches[checked((int)(number - _base))];
        return (items[shard], [.. notes[shard]]);
    }

    /// <summary>The annotations routed to each shard in batch <paramref name="number"/> (filled by its rounds).</summary>
    public List<TransferNote>[] NotesOf(long number) => _batches[checked((int)(number - _base))].Notes;

    /// <summary>Records that <paramref name="shard"/> checkpointed the batches before <paramref name="batches"/>; drops what every shard has.</summary>
    public void Checkpointed(int shard, long batches)
    {
        _checkpointed[shard] = Math.Max(_checkpointed[shard], batches);
        var trim = (int)Math.Clamp(_checkpointed.Min() - _base, 0, _batches.Count);
        _batches.RemoveRange(0, trim);
        _base += trim;
    }
}
