using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The state groups of the entity files' accounts and numbers (ADR 0203): an entity's holder, merged
/// with the holders of the accounts whose bound phone it is — what <see cref="ShardReadiness"/> keys
/// an item by. They depend on the files only (holders and bound phones), so the shards of one
/// process compute them once and share them (<see cref="SharedEntityFiles.Groups"/>, ADR 0462).
/// </summary>
/// <remarks>
/// Thread safety: written in the constructor only, then read; a <see cref="Dictionary{TKey,TValue}"/>
/// nobody writes may be read from any number of threads at once.
/// </remarks>
public sealed class ReadinessGroups
{
    private const int TagShift = 56;
    private readonly Dictionary<long, long> _group = [];

    /// <summary>The groups of <paramref name="files"/>' accounts and numbers (before any identifier of a stream is interned).</summary>
    public ReadinessGroups(ReferenceData files)
        : this(files, null)
    {
    }

    private ReadinessGroups(ReferenceData files, Func<int, bool>? bindingSeen)
    {
        ArgumentNullException.ThrowIfNull(files);
        Accounts = files.Accounts.Count;
        Phones = files.Phones.Count;
        for (var a = 0; a < Accounts; a++)
        {
            var p = files.BoundPhone(a);
            if (p < 0 || p >= Phones)
            {
                continue;
            }

            var (account, phone) = (AccountKey(files, a), PhoneKey(files, p));
            // A binding within one holder merges nothing; a binding across holders is asked about only then (one ownership hash).
            if (account != phone && (bindingSeen is null || bindingSeen(p)))
            {
                Union(account, phone);
            }
        }

        // Flatten, so every look-up is one dictionary probe.
        foreach (var k in _group.Keys.ToArray())
        {
            _group[k] = Root(k);
        }
    }

    /// <summary>
    /// The groups a silo's shard <paramref name="shard"/> reads (ADR 0477): only the bindings across
    /// holders whose login and code SMS reach this shard — a bound phone's relay group names every
    /// shard that sees them (<see cref="ShardOwnership.RelayShardsOfPhone(int)"/>); a binding without
    /// one lies within the phone's own shard. A binding whose items never reach the shard writes no
    /// state here, so merging its keys could only order items that share nothing on this shard.
    /// </summary>
    internal static ReadinessGroups ForShard(ReferenceData files, ShardOwnership owners, int shard)
    {
        ArgumentNullException.ThrowIfNull(owners);
        return new ReadinessGroups(files, p =>
        {
            var relay = owners.RelayShardsOfPhone(p);
            return relay.IsEmpty ? owners.OfFilePhone(p) == shard : relay.Contains(shard);
        });
    }

    /// <summary>The files' account count the groups were computed over.</summary>
    public int Accounts { get; }

    /// <summary>The files' phone count the groups were computed over.</summary>
    public int Phones { get; }

    /// <summary>Keys merged with another key (the rest are groups of their own).</summary>
    public int Merged => _group.Count;

    /// <summary><paramref name="index"/> tagged with <paramref name="tag"/>, or <see cref="ShardReadiness.None"/> for a negative index.</summary>
    internal static long Tagged(int tag, int index) => index < 0 ? ShardReadiness.None : ((long)tag << TagShift) | (uint)index;

    /// <summary>An account's entity key: its holder when the files name one, else the account.</summary>
    internal static long AccountKey(ReferenceData reference, int account)
    {
        var holder = reference.Account(account).Holder;
        return holder >= 0 ? Tagged(1, holder) : Tagged(2, account);
    }

    /// <summary>A number's entity key: its holder when the files name one, else the number.</summary>
    internal static long PhoneKey(ReferenceData reference, int phone)
    {
        var holder = reference.Phone(phone).Holder;
        return holder >= 0 ? Tagged(1, holder) : Tagged(3, phone);
    }

    /// <summary>The group of entity key <paramref name="key"/>.</summary>
    internal long Of(long key) => _group.TryGetValue(key, out var root) ? root : key;

    private long Root(long key)
    {
        while (_group.TryGetValue(key, out var parent) && parent != key)
        {
            key = parent;
        }

        return key;
    }

    private void Union(long a, long b)
    {
        var (ra, rb) = (Root(a), Root(b));
        if (ra != rb)
        {
            // The smaller key is the root, so the groups do not depend on the accounts' order.
            _group[Math.Max(ra, rb)] = Math.Min(ra, rb);
            _group.TryAdd(Math.Min(ra, rb), Math.Min(ra, rb));
        }
    }
}
