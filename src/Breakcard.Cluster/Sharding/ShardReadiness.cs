using Breakcard.Detection;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Which state of a shard's engine an item reads or changes, as readiness keys (ADR 0203): an item
/// may be applied ahead of an earlier item that waits for its annotation when they share no key,
/// because then neither reads what the other writes. One key per <em>state group</em> of an entity
/// — its holder when the entity files name one (a re-scoring updates the holder's unified risk and
/// may push linked risk to all the holder's accounts and numbers), merged with the holders of the
/// accounts whose bound phone it is (a login stamps the bound phone; the phone's next code SMS
/// pushes the relay back to that account) — else the entity itself; plus one key per device, IP and
/// cell the event names (their windows rotate with time, so their updates keep the stream's order).
/// The shard's clock is not a key: every item carries its processing time and the engine keeps the
/// largest as its frontier. With the place indicators on (shared device, SIM cluster), a device
/// pushes strength to the other entities it served: the item then also carries the state group of
/// every receiver this shard owns (<see cref="ReceiverKey"/>, from the push list the place round put
/// on the item, ADR 0207); an item whose engine would count on its own place stores (no counts
/// given) gets <see cref="Common"/>, and with it the whole batch keeps the strict order of ADR 0185.
/// </summary>
public sealed class ShardReadiness
{
    /// <summary>Most keys <see cref="KeysOf"/> gives one item: two entities' groups, a device and a cell (push receivers' groups come on top).</summary>
    public const int MaxKeys = 4;

    /// <summary>No key (a padding slot).</summary>
    public const long None = -1;

    /// <summary>The key every item of a batch gets when one of its items could push to entities it does not name (the strict order).</summary>
    public const long Common = long.MaxValue;

    private readonly ReferenceData _reference;
    private readonly ReadinessGroups _groups;

    /// <summary>Keys over <paramref name="reference"/>'s entity files (before any identifier of a stream is interned); <paramref name="options"/> are the shard engine's.</summary>
    public ShardReadiness(ReferenceData reference, DetectionOptions options)
        : this(reference, options, new ReadinessGroups(reference))
    {
    }

    /// <summary>
    /// Keys over <paramref name="reference"/> with the files' <paramref name="groups"/> computed
    /// already (once for the shards of a process, ADR 0462): <paramref name="reference"/> reads the
    /// same files (the same accounts and numbers, before any of a stream); the groups are only read.
    /// </summary>
    public ShardReadiness(ReferenceData reference, DetectionOptions options, ReadinessGroups groups)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Accounts != reference.Accounts.Count || groups.Phones != reference.Phones.Count)
        {
            throw new ArgumentException($"the readiness groups are of {groups.Accounts} accounts and {groups.Phones} numbers, the reference data has {reference.Accounts.Count} and {reference.Phones.Count}: not the same entity files", nameof(groups));
        }

        _reference = reference;
        _groups = groups;
        Pushes = !PlaceIndicatorsOff(options);
    }

    /// <summary>The files' state groups these keys read (shared by the shards of a process, ADR 0462).</summary>
    public ReadinessGroups Groups => _groups;

    /// <summary>
    /// True when the place indicators are on: a login's, call's or SMS's device may push strength to
    /// other entities, so its item needs the receivers' keys (<see cref="ReceiverKey"/>), or, without
    /// the place round's counts, the strict order (<see cref="Common"/>).
    /// </summary>
    public bool Pushes { get; }

    /// <summary>
    /// True when the shared-device and SIM-cluster indicators can never reach their thresholds (a
    /// sketch counts at most 64 distinct keys), so no device or cell pushes strength to another entity.
    /// </summary>
    public static bool PlaceIndicatorsOff(DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var i = options.Indicators;
        const int sketch = 64;
        return i.SharedDevice.MinHoldersPerDevice > sketch && i.SharedDevice.MinHoldersPerIp > sketch
            && i.SimCluster.MinSimsPerDevice > sketch && i.SimCluster.MinHeavySimsPerCell > sketch;
    }

    /// <summary>Writes the keys of <paramref name="side"/> of event <paramref name="e"/> to <paramref name="keys"/> (<see cref="MaxKeys"/> slots, unused ones <see cref="None"/>).</summary>
    public void KeysOf(in EngineEvent e, ShardSide side, Span<long> keys)
    {
        keys[..MaxKeys].Fill(None);
        var n = 0;
        switch (e.Kind)
        {
            case EventKind.Transaction:
                if (side != ShardSide.Credit)
                {
                    Add(keys, ref n, e.Source >= 0 ? Group(AccountKey(e.Source)) : None);
                }

                if (side != ShardSide.Debit)
                {
                    Add(keys, ref n, e.Target >= 0 ? Group(AccountKey(e.Target)) : None);
                }

                break;
            case EventKind.Call:
                Add(keys, ref n, e.Source >= 0 ? Group(PhoneKey(e.Source)) : None);
                Add(keys, ref n, e.Target >= 0 ? Group(PhoneKey(e.Target)) : None);
                Add(keys, ref n, Tagged(4, e.Device));
                Add(keys, ref n, Tagged(5, e.Cell));
                break;
            case EventKind.Sms:
                // The sender is only counted into the receiver's sketch: no state of its own.
                Add(keys, ref n, e.Source >= 0 ? Group(PhoneKey(e.Source)) : None);
                Add(keys, ref n, Tagged(4, e.Device));
                Add(keys, ref n, Tagged(5, e.Cell));
                break;
            case EventKind.Login:
                Add(keys, ref n, e.Source >= 0 ? Group(AccountKey(e.Source)) : None);
                Add(keys, ref n, Tagged(4, e.Target));
                Add(keys, ref n, Tagged(6, e.Cell));
                break;
        }
    }

    /// <summary>The key of a push receiver: the state group of <paramref name="entity"/> (an account, or a phone when <paramref name="phone"/>).</summary>
    public long ReceiverKey(bool phone, int entity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entity);
        return Group(phone ? PhoneKey(entity) : AccountKey(entity));
    }

    private static void Add(Span<long> keys, ref int n, long key)
    {
        if (key != None && keys[..n].IndexOf(key) < 0)
        {
            keys[n++] = key;
        }
    }

    private static long Tagged(int tag, int index) => ReadinessGroups.Tagged(tag, index);

    private long AccountKey(int account) => ReadinessGroups.AccountKey(_reference, account);

    private long PhoneKey(int phone) => ReadinessGroups.PhoneKey(_reference, phone);

    private long Group(long key) => _groups.Of(key);
}
