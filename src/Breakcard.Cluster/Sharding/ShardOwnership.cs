using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Which shard owns an account or a phone number (ADR 0177, 0185): the shard of its holder's
/// identifier when the reference data knows the holder (holder affinity: all of a holder's
/// accounts and numbers share a shard, so linked risk and relayed codes are local), else the shard
/// of its own identifier. The gateway and every shard compute it from the same entity files; only
/// the entities of the files count, never one first seen in the stream (it has no holder).
/// Verification codes cross holders only where an account's bound phone is registered to another
/// holder: such a phone and the accounts bound to it form a relay group whose logins and SMS go to
/// every shard of the group.
/// </summary>
public sealed class ShardOwnership
{
    private readonly ReferenceData _reference;
    private readonly int _accounts;
    private readonly int _phones;
    private readonly Dictionary<int, int[]> _relayGroups = [];
    private int[] _accountShards = [];
    private int[] _phoneShards = [];

    /// <summary>Ownership over <paramref name="reference"/>'s entity files (read before any identifier of a stream is interned).</summary>
    public ShardOwnership(ReferenceData reference, int shards)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        _reference = reference;
        Shards = shards;
        _accounts = reference.Accounts.Count;
        _phones = reference.Phones.Count;
        for (var a = 0; a < _accounts; a++)
        {
            var phone = reference.BoundPhone(a);
            if (phone < 0 || phone >= _phones)
            {
                continue;
            }

            var phoneShard = ShardRouter.ShardOf(OwnerKey(reference.Phones.KeyOf(phone), phone, true), shards);
            var accountShard = ShardRouter.ShardOf(OwnerKey(reference.Accounts.KeyOf(a), a, false), shards);
            var group = _relayGroups.TryGetValue(phone, out var g) ? g : [phoneShard];
            if (!group.Contains(accountShard))
            {
                _relayGroups[phone] = [.. group, accountShard];
            }
        }
    }

    /// <summary>Ownership without entity files: every entity by its own identifier.</summary>
    public static ShardOwnership EventsOnly(int shards) => new(ReferenceData.Empty(), shards);

    /// <summary>The shard count.</summary>
    public int Shards { get; }

    /// <summary>Bytes of the per-index owner caches (4 B per account or phone index asked about).</summary>
    internal long CacheBytes => (_accountShards.Length + _phoneShards.Length) * (long)sizeof(int);

    /// <summary>The reference data this ownership reads (at the gateway, the one its key log numbers every identifier into).</summary>
    internal ReferenceData Reference => _reference;

    /// <summary>The shard that owns account <paramref name="key"/>.</summary>
    public int OfAccount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ShardRouter.ShardOf(OwnerKey(key, Known(_reference.Accounts, key, _accounts), false), Shards);
    }

    /// <summary>The shard that owns phone number <paramref name="key"/>.</summary>
    public int OfPhone(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ShardRouter.ShardOf(OwnerKey(key, Known(_reference.Phones, key, _phones), true), Shards);
    }

    /// <summary>
    /// The shard that owns the account of engine index <paramref name="index"/> in the reference
    /// data this ownership was made over (interned there in the stream's order, ADR 0247): as
    /// <see cref="OfAccount(string)"/> for its key, remembered per index.
    /// </summary>
    public int OfAccount(int index) => Cached(ref _accountShards, index, phone: false);

    /// <summary>The shard that owns the phone number of engine index <paramref name="index"/> (as <see cref="OfAccount(int)"/>).</summary>
    public int OfPhone(int index) => Cached(ref _phoneShards, index, phone: true);

    /// <summary>
    /// Every shard besides the phone's own that must see phone <paramref name="key"/>'s SMS and the
    /// logins of the accounts bound to it (empty for a phone bound only to accounts of its own shard).
    /// </summary>
    public ReadOnlySpan<int> RelayShardsOfPhone(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var p = Known(_reference.Phones, key, _phones);
        return p >= 0 && _relayGroups.TryGetValue(p, out var group) ? group : [];
    }

    /// <summary>The shards of the relay group of account <paramref name="key"/>'s bound phone (empty when none).</summary>
    public ReadOnlySpan<int> RelayShardsOfAccount(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var a = Known(_reference.Accounts, key, _accounts);
        var p = a >= 0 ? _reference.BoundPhone(a) : -1;
        return p >= 0 && _relayGroups.TryGetValue(p, out var group) ? group : [];
    }

    /// <summary>As <see cref="RelayShardsOfPhone(string)"/> for the phone of engine index <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> RelayShardsOfPhone(int index) =>
        index >= 0 && index < _phones && _relayGroups.TryGetValue(index, out var group) ? group : [];

    /// <summary>As <see cref="RelayShardsOfAccount(string)"/> for the account of engine index <paramref name="index"/>.</summary>
    public ReadOnlySpan<int> RelayShardsOfAccount(int index)
    {
        var p = index >= 0 && index < _accounts ? _reference.BoundPhone(index) : -1;
        return p >= 0 && _relayGroups.TryGetValue(p, out var group) ? group : [];
    }

    /// <summary>
    /// The owner of the account <paramref name="key"/>, which a key log over this ownership's
    /// reference data has just numbered <paramref name="index"/> (ADR 0418): by the index — no
    /// probe of the interner with the text, and the shard computed once for the index, which the
    /// sequencer then routes by — when the reference data holds <paramref name="key"/> there;
    /// otherwise (an ownership over other data) by the text, as <see cref="OfAccount(string)"/>.
    /// </summary>
    internal int OfNewAccount(int index, string key) =>
        HoldsAt(_reference.Accounts, index, key) ? OfAccount(index) : OfAccount(key);

    /// <summary>As <see cref="OfNewAccount"/> for a phone number.</summary>
    internal int OfNewPhone(int index, string key) =>
        HoldsAt(_reference.Phones, index, key) ? OfPhone(index) : OfPhone(key);

    /// <summary>
    /// As <see cref="OfAccount(int)"/> for an account of the entity files, not remembered: a shard's
    /// start asks once for every one of them (ADR 0418), and a cache would keep 4 B per entity.
    /// </summary>
    internal int OfFileAccount(int index) => Owner(index, phone: false);

    /// <summary>As <see cref="OfFileAccount"/> for a phone number of the entity files.</summary>
    internal int OfFilePhone(int index) => Owner(index, phone: true);

    private int Owner(int index, bool phone)
    {
        var key = phone ? _reference.Phones.KeyOf(index) : _reference.Accounts.KeyOf(index);
        var known = index < (phone ? _phones : _accounts) ? index : -1;
        return ShardRouter.ShardOf(OwnerKey(key, known, phone), Shards);
    }

    private static bool HoldsAt(StringInterner interner, int index, string key) =>
        index >= 0 && index < interner.Count && interner.TryKeyOf(index, out var held) && string.Equals(held, key, StringComparison.Ordinal);

    private int Cached(ref int[] shards, int index, bool phone)
    {
        ref var shard = ref IndexSlots.At(ref shards, index);
        if (shard < 0)
        {
            shard = Owner(index, phone);
        }

        return shard;
    }

    private string OwnerKey(string key, int index, bool phone)
    {
        if (index < 0)
        {
            return key;
        }

        var holder = phone ? _reference.Phone(index).Holder : _reference.Account(index).Holder;
        return holder >= 0 ? _reference.Holders.KeyOf(holder) : key;
    }

    private static int Known(StringInterner interner, string key, int count)
    {
        var i = interner.Find(key);
        return i < count ? i : -1;
    }
}
