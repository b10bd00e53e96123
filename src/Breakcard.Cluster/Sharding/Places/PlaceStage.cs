using System.Runtime.InteropServices;
using Breakcard.Cluster.Grains;
using Breakcard.Detection;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One stream's place stage at the gateway (ADR 0188, 0201), fed by the stream's one sequencer
/// (<see cref="StreamSequencer"/>): it takes every released login, call and SMS in release order,
/// marks each call that makes its caller a heavy caller (that depends only on the caller's own
/// calls), and splits them into the place round's items for the shards owning their devices, IPs
/// and cells. With the round's results it puts the counts on the batch's items for the entity
/// shards, sends the event also to the shards of the accounts and SIMs its device pushed to, and
/// keeps each device's counts after every release that touched it so the merge can show the
/// SHARED_DEVICE and SIM_CLUSTER facts an alert read. Not thread safe.
/// </summary>
internal sealed class PlaceStage
{
    private readonly int _shards;
    private readonly ShardOwnership _owners;
    private readonly EngineTime _clock;
    private readonly int _heavyCalls;
    private readonly List<Released> _released = [];
    private readonly Dictionary<int, CallerDay> _callers = [];

    // Per released event (at its index in _released), its counts as the round's results come in;
    // the two maps find that index by release and by stream position. All kept and cleared between
    // batches, and values (ADR 0394): no object per event besides the counts the items carry.
    private Counts[] _counts = [];
    private readonly Dictionary<long, int> _byRelease = [];
    private readonly Dictionary<long, int> _bySequence = [];

    // The round's items and the pushes' extra items per shard, and an event's parts per shard: reused.
    private readonly List<PlaceItem>[] _round;
    private readonly List<ShardItem>[] _extra;
    private readonly PlaceParts[] _owned;

    // The shard of each device, IP and cell by engine index (ADR 0247), -1 until first asked: a
    // place's shard is a hash of its key, computed once per place rather than once per event.
    private readonly int[][] _placeShards = [[], [], []];

    /// <summary>The place stage of a stream over <paramref name="owners"/>' shards with the silos' <paramref name="options"/> (zone and heavy-caller mark).</summary>
    public PlaceStage(ShardOwnership owners, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(owners);
        ArgumentNullException.ThrowIfNull(options);
        _owners = owners;
        _shards = owners.Shards;
        _clock = new EngineTime(TimeSpan.FromMinutes(options.Engine.UtcOffsetMinutes));
        _heavyCalls = options.Indicators.SimCluster.HeavyCalls;
        _round = [.. Enumerable.Range(0, _shards).Select(_ => new List<PlaceItem>())];
        _extra = [.. Enumerable.Range(0, _shards).Select(_ => new List<ShardItem>())];
        _owned = new PlaceParts[_shards];
        Names = new GatewayNames(owners.Reference);
        Facts = new DeviceFacts(Names, owners.Reference.Devices.Count);
    }

    /// <summary>The texts of the identifiers the shards' alerts name by index (ADR 0358).</summary>
    public GatewayNames Names { get; }

    /// <summary>Each device's counts after the releases that touched it, for the facts of alerts (ADR 0266).</summary>
    public DeviceFacts Facts { get; }

    /// <summary>The shard owning a place: the stable hash of its kind and identifier.</summary>
    public static int ShardOf(PlaceParts kind, string key, int shards) =>
        ShardRouter.ShardOf((kind == PlaceParts.Device ? "d:" : kind == PlaceParts.Ip ? "i:" : "c:") + key, shards);

    /// <summary>Takes a released login, call or SMS (the sequencer's callback), in release order.</summary>
    public void Add(ShardItem item)
    {
        var e = item.Event;
        bool crossed = false, heavy = false;
        if (e.Kind == WireKind.Call)
        {
            ref var caller = ref CollectionsMarshal.GetValueRefOrAddDefault(_callers, item.Refs.A, out var seen);
            if (!seen)
            {
                caller = CallerDay.Empty;
            }

            crossed = caller.Call(_clock.LocalDay(EngineTime.ToStored(item.ProcessTime)), e.Place is { Length: > 0 }, _heavyCalls, out heavy);
        }

        _released.Add(new Released(item, crossed, heavy, e.Kind == WireKind.Login ? e.Device ?? string.Empty : e.Device));
    }

    /// <summary>
    /// The place round of the events released since the last batch: per shard, the items naming its
    /// places, in release order. The stage's own lists, valid until the next call (the gateway packs
    /// them and an in-process shard applies them before that).
    /// </summary>
    public List<PlaceItem>[] Round()
    {
        foreach (var l in _round)
        {
            l.Clear();
        }

        foreach (var r in _released)
        {
            var e = r.Item.Event;
            Array.Clear(_owned);
            var refs = r.Item.Refs;
            Own(_owned, PlaceParts.Device, refs.Device, r.Device);
            Own(_owned, PlaceParts.Ip, refs.Place, e.Kind == WireKind.Login ? e.Place : null);
            Own(_owned, PlaceParts.Cell, refs.Place, e.Kind == WireKind.Call && e.Place is { Length: > 0 } ? e.Place : null);
            for (var k = 0; k < _shards; k++)
            {
                if (_owned[k] != PlaceParts.None)
                {
                    _round[k].Add(PlaceItem.Of(e, r.Item.Refs, r.Item.Sequence, _owned[k], r.Item.ProcessTime, r.Crossed, r.Heavy));
                }
            }
        }

        return _round;
    }

    /// <summary>
    /// The batch's items with the place round's <paramref name="results"/> (per shard, in the order of
    /// <see cref="Round"/>'s items): counts on every item of a counted event, and the event added to
    /// the shards of its push receivers that do not have it (at its release position). Changes
    /// <paramref name="perShard"/>'s lists in place (each in release order, one item per release, as
    /// <see cref="StreamSequencer.Take"/> gives them) and returns them; clears the released events.
    /// </summary>
    public List<ShardItem>[] Complete(List<ShardItem>[] perShard, IReadOnlyList<PlaceResult>[] results)
    {
        ArgumentNullException.ThrowIfNull(perShard);
        ArgumentNullException.ThrowIfNull(results);
        // Implementation note (ADR 0299): no collection of all the batch's items is built; the two
        // maps are kept and cleared between batches. A set of every item of every shard, grown from
        // empty each batch, cost ≈ 0.4 µs per event in the profile, most of it collector time. A push
        // receiver's shard is searched instead (its items are in release order, one per release),
        // and only for the few events whose device pushed.
        _bySequence.Clear();
        _byRelease.Clear();
        if (_counts.Length < _released.Count)
        {
            _counts = new Counts[Math.Max(_released.Count, _counts.Length * 2)];
        }

        for (var i = 0; i < _released.Count; i++)
        {
            var r = _released[i];
            _counts[i] = default;
            _byRelease[r.Item.Release] = i;
            _bySequence.Add(r.Item.Sequence, i);
        }

        foreach (var shard in results)
        {
            for (var i = 0; i < shard.Count; i++)
            {
                var result = shard[i];
                _counts[_bySequence[result.Sequence]].Take(in result);
            }
        }

        foreach (var items in perShard)
        {
            var span = CollectionsMarshal.AsSpan(items);
            for (var i = 0; i < span.Length; i++)
            {
                if (_byRelease.TryGetValue(span[i].Release, out var c))
                {
                    // One counts object for every shard that applies the event.
                    span[i] = span[i] with { Places = PlacesOf(c) };
                }
            }
        }

        foreach (var l in _extra)
        {
            l.Clear();
        }

        var extra = false;
        for (var i = 0; i < _released.Count; i++)
        {
            var r = _released[i];
            Remember(r, in _counts[i]);
            foreach (var p in _counts[i].Pushes ?? [])
            {
                var k = (ScoredKind)p.Kind == ScoredKind.Phone ? _owners.OfPhone(p.Entity) : _owners.OfAccount(p.Entity);
                var release = r.Item.Release;
                if (!Holds(perShard[k], release) && (_extra[k].Count == 0 || _extra[k][^1].Release != release))
                {
                    // The receiver's shard applies the trigger (changing only partial state there, as a
                    // call's callee shard does) so the push runs at its position with it as evidence.
                    _extra[k].Add(r.Item with { Places = PlacesOf(i) });
                    extra = true;
                }
            }
        }

        for (var i = 0; i < _released.Count; i++)
        {
            _counts[i] = default;
        }

        _released.Clear();
        if (extra)
        {
            for (var k = 0; k < _shards; k++)
            {
                Merge(perShard[k], _extra[k]);
            }
        }

        return perShard;
    }

    /// <summary>Whether <paramref name="items"/> (in release order) has an item of <paramref name="release"/>.</summary>
    private static bool Holds(List<ShardItem> items, long release)
    {
        var span = CollectionsMarshal.AsSpan(items);
        int lo = 0, hi = span.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var at = span[mid].Release;
            if (at == release)
            {
                return true;
            }

            (lo, hi) = at < release ? (mid + 1, hi) : (lo, mid - 1);
        }

        return false;
    }

    /// <summary>Merges <paramref name="extra"/> into <paramref name="items"/> (both in release order, no release in both), in place from the end.</summary>
    private static void Merge(List<ShardItem> items, List<ShardItem> extra)
    {
        if (extra.Count == 0)
        {
            return;
        }

        var i = items.Count - 1;
        CollectionsMarshal.SetCount(items, items.Count + extra.Count);
        var merged = CollectionsMarshal.AsSpan(items);
        var more = CollectionsMarshal.AsSpan(extra);
        var j = more.Length - 1;
        for (var m = merged.Length - 1; j >= 0; m--)
        {
            merged[m] = i >= 0 && merged[i].Release > more[j].Release ? merged[i--] : more[j--];
        }
    }

    /// <summary>Marks <paramref name="part"/> (engine index <paramref name="index"/>, identifier <paramref name="key"/>; null: the event has none) on its shard.</summary>
    private void Own(PlaceParts[] owned, PlaceParts part, int index, string? key)
    {
        if (key is null)
        {
            return;
        }

        ref var shard = ref IndexSlots.At(ref _placeShards[part == PlaceParts.Device ? 0 : part == PlaceParts.Ip ? 1 : 2], index);
        if (shard < 0)
        {
            shard = ShardOf(part, key, _shards);
        }

        owned[shard] |= part;
    }

    private void Remember(in Released r, in Counts c)
    {
        if (r.Device is null || !c.HasDevice)
        {
            return;
        }

        Facts.Add(r.Item.Refs.Device, r.Item.Release, c.Holders, c.Sims);
    }

    /// <summary>The counts released event <paramref name="i"/>'s items carry: one object for all of them, made once every result is in.</summary>
    private ShardPlaces PlacesOf(int i)
    {
        ref var c = ref _counts[i];
        return c.Places ??= c.Make(_released[i].Item.Event.Kind);
    }

    /// <summary>A released login, call or SMS with its heavy mark and device.</summary>
    private readonly record struct Released(ShardItem Item, bool Crossed, bool Heavy, string? Device);

    /// <summary>One released event's counts as the place round's results come in.</summary>
    private struct Counts
    {
        private int _device;
        private int _place;

        public bool HasDevice { get; private set; }

        public int Holders { get; private set; }

        public int Sims { get; private set; }

        public PlacePushed[]? Pushes { get; private set; }

        /// <summary>The counts the event's items carry, once made.</summary>
        public ShardPlaces? Places { get; set; }

        public readonly ShardPlaces Make(WireKind kind) =>
            new(kind == WireKind.Login ? _device : 0, kind == WireKind.Login ? _place : 0, kind == WireKind.Login ? 0 : _device, kind == WireKind.Call ? _place : 0, Pushes);

        public void Take(in PlaceResult result)
        {
            if (Places is not null)
            {
                throw new InvalidOperationException("a place result arrived after the event's counts were put on its items");
            }

            if ((result.Parts & PlaceParts.Device) != 0)
            {
                (_device, Holders, Sims, Pushes, HasDevice) = (result.Device, result.Holders, result.Sims, result.Pushes, true);
            }

            if ((result.Parts & (PlaceParts.Ip | PlaceParts.Cell)) != 0)
            {
                _place = result.Place;
            }
        }
    }
}
