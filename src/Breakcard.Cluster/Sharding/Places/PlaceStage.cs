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
    }

    /// <summary>Each device's counts after the releases that touched it, for the facts of alerts (ADR 0266).</summary>
    public DeviceFacts Facts { get; } = new();

    /// <summary>The shard owning a place: the stable hash of its kind and identifier.</summary>
    public static int ShardOf(PlaceParts kind, string key, int shards) =>
        ShardRouter.ShardOf((kind == PlaceParts.Device ? "d:" : kind == PlaceParts.Ip ? "i:" : "c:") + key, shards);

    /// <summary>Takes a released login, call or SMS (the sequencer's callback), in release order.</summary>
    public void Add(ShardItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
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

    /// <summary>The place round of the events released since the last batch: per shard, the items naming its places, in release order.</summary>
    public PlaceItem[][] Round()
    {
        var items = Enumerable.Range(0, _shards).Select(_ => new List<PlaceItem>()).ToArray();
        var owned = new PlaceParts[_shards];
        foreach (var r in _released)
        {
            var e = r.Item.Event;
            Array.Clear(owned);
            var refs = r.Item.Refs;
            Own(owned, PlaceParts.Device, refs.Device, r.Device);
            Own(owned, PlaceParts.Ip, refs.Place, e.Kind == WireKind.Login ? e.Place : null);
            Own(owned, PlaceParts.Cell, refs.Place, e.Kind == WireKind.Call && e.Place is { Length: > 0 } ? e.Place : null);
            for (var k = 0; k < _shards; k++)
            {
                if (owned[k] != PlaceParts.None)
                {
                    items[k].Add(PlaceItem.Of(e, r.Item.Refs, r.Item.Sequence, owned[k], r.Item.ProcessTime, r.Crossed, r.Heavy));
                }
            }
        }

        return [.. items.Select(l => l.ToArray())];
    }

    /// <summary>
    /// The batch's items with the place round's <paramref name="results"/> (per shard, in the order of
    /// <see cref="Round"/>'s items): counts on every item of a counted event, and the event added to
    /// the shards of its push receivers that do not have it (at its release position). Clears the
    /// released events.
    /// </summary>
    public ShardItem[][] Complete(ShardItem[][] perShard, PlaceResult[][] results)
    {
        ArgumentNullException.ThrowIfNull(perShard);
        ArgumentNullException.ThrowIfNull(results);
        var counts = new Dictionary<long, Counts>(_released.Count);
        foreach (var r in _released)
        {
            counts[r.Item.Release] = new Counts(r);
        }

        var bySequence = _released.ToDictionary(r => r.Item.Sequence, r => counts[r.Item.Release]);
        foreach (var shard in results)
        {
            foreach (var result in shard)
            {
                bySequence[result.Sequence].Take(result);
            }
        }

        var output = perShard.Select(items => items.Select(i => counts.TryGetValue(i.Release, out var c) ? i with { Places = c.Places } : i).ToArray()).ToArray();
        var present = new HashSet<(int Shard, long Release)>(output.SelectMany((items, k) => items.Select(i => (k, i.Release))));
        var extra = Enumerable.Range(0, _shards).Select(_ => new List<ShardItem>()).ToArray();
        foreach (var c in counts.Values)
        {
            Remember(c);
            foreach (var p in c.Pushes ?? [])
            {
                var k = (ScoredKind)p.Kind == ScoredKind.Phone ? _owners.OfPhone(p.Entity) : _owners.OfAccount(p.Entity);
                if (present.Add((k, c.Source.Item.Release)))
                {
                    // The receiver's shard applies the trigger (changing only partial state there, as a
                    // call's callee shard does) so the push runs at its position with it as evidence.
                    extra[k].Add(c.Source.Item with { Places = c.Places });
                }
            }
        }

        _released.Clear();
        return [.. output.Select((items, k) => extra[k].Count == 0 ? items : [.. items.Concat(extra[k]).OrderBy(i => i.Release)])];
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

    private void Remember(Counts c)
    {
        if (c.Source.Device is not { } device || !c.HasDevice)
        {
            return;
        }

        Facts.Add(device, c.Source.Item.Release, c.Holders, c.Sims);
    }

    /// <summary>A released login, call or SMS with its heavy mark and device.</summary>
    private sealed record Released(ShardItem Item, bool Crossed, bool Heavy, string? Device);

    /// <summary>One released event's counts as the place round's results come in.</summary>
    private sealed class Counts(Released source)
    {
        private int _device;
        private int _place;

        public Released Source { get; } = source;

        public bool HasDevice { get; private set; }

        public int Holders { get; private set; }

        public int Sims { get; private set; }

        public PlacePushed[]? Pushes { get; private set; }

        public ShardPlaces Places
        {
            get
            {
                var kind = Source.Item.Event.Kind;
                return new ShardPlaces(kind == WireKind.Login ? _device : 0, kind == WireKind.Login ? _place : 0, kind == WireKind.Login ? 0 : _device,
                    kind == WireKind.Call ? _place : 0, Pushes);
            }
        }

        public void Take(PlaceResult result)
        {
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
