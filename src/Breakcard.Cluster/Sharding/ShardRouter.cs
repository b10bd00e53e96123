namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The shard of an owner key: a stable hash of the identifier (FNV-1a over its UTF-16 code units,
/// the same on every machine and every run, unlike <see cref="string.GetHashCode()"/>) modulo the
/// shard count (ADR 0155). Which key owns an entity (its holder's or its own) is
/// <see cref="ShardOwnership"/>'s; which shards a released event reaches is
/// <see cref="StreamSequencer"/>'s.
/// </summary>
public static class ShardRouter
{
    /// <summary>The shard (0 … <paramref name="shards"/> − 1) that owns <paramref name="key"/>.</summary>
    public static int ShardOf(string key, int shards)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = unchecked((h ^ c) * 16777619u);
        }

        return (int)(h % (uint)shards);
    }
}
