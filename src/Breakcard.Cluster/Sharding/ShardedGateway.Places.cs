using Breakcard.Cluster.Grains;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// The place stage of the sharded mode (ADR 0177, 0188). The gateway releases the stream in the
/// engine's order behind the engine's watermark (mirroring <see cref="MonitoringEngine"/>'s
/// lateness, de-duplication and late policy), marks each call that makes its caller a heavy caller
/// (that depends only on the caller's own calls), and sends every shard, before the batch, the
/// released logins, calls and SMS naming the devices, IPs and cells it owns. The counts come back
/// and travel with the events to the entity shards; a device's pushes also take the event to the
/// shards of the accounts and SIMs pushed to. The counts after each device touch are kept so the
/// merge can show the SHARED_DEVICE and SIM_CLUSTER facts an alert read.
/// </content>
public sealed partial class ShardedGateway
{
    /// <summary>The shard owning a place: the stable hash of its kind and identifier.</summary>
    internal static int PlaceShard(PlaceParts kind, string key, int shards) =>
        ShardRouter.ShardOf((kind == PlaceParts.Device ? "d:" : kind == PlaceParts.Ip ? "i:" : "c:") + key, shards);

    /// <content>The place rounds of one stream's traffic: numbered like the batches, kept for replay with them.</content>
    private sealed partial class Run
    {
        private readonly Dictionary<long, PlaceItem[][]> _placeItems = [];

        /// <summary>The silos' engine settings the sequencing mirrors (from shard 0).</summary>
        public Task<PlaceSettings> PlaceSettingsAsync() => CallAsync(0, () => Place(0).PlaceSettingsAsync());

        /// <summary>Sends every shard its items of the next batch's place round (at once) and returns each shard's results.</summary>
        public async Task<PlaceResult[][]> PlaceRoundAsync(WireKey[] keys, PlaceItem[][] items)
        {
            var number = Batches;
            foreach (var old in _placeItems.Keys.Where(b => b < _buffer.Base).ToList())
            {
                _placeItems.Remove(old);
            }

            _placeItems[number] = items;
            return await Task.WhenAll(items.Select(async (mine, k) =>
            {
                while (true)
                {
                    var ack = await CallAsync(k, () => Place(k).PlaceAsync(number, First, keys, mine)).ConfigureAwait(false);
                    if (ack.Results is not null)
                    {
                        return ack.Results;
                    }

                    if (ack.Next >= number)
                    {
                        throw Reused(k, ack.Next, number);
                    }

                    // The shard resumed from an older checkpoint: it gets the rounds and batches since.
                    await DeliverAsync(k, ack.Next, number - 1).ConfigureAwait(false);
                }
            })).ConfigureAwait(false);
        }

        /// <summary>Sends shard <paramref name="shard"/> batch <paramref name="number"/>'s place round again; null when applied, else the earlier batch the shard wants first.</summary>
        private async Task<long?> PlaceAgainAsync(int shard, long number, WireKey[] keys)
        {
            var items = _placeItems[number][shard];
            var ack = await CallAsync(shard, () => Place(shard).PlaceAsync(number, First, keys, items)).ConfigureAwait(false);
            if (ack.Results is not null)
            {
                return null;
            }

            return ack.Next < number ? ack.Next : throw Reused(shard, ack.Next, number);
        }

        private IPlaceGrain Place(int shard) => grains[shard].AsReference<IPlaceGrain>();
    }

    /// <summary>One stream's place stage: sequencing, heavy-caller marks, the place round, routing, the facts' history.</summary>
    private sealed class PlaceStage(int shards)
    {
        private readonly List<(long Sequence, WireEvent Event)> _arrived = [];
        private readonly PriorityQueue<(long Sequence, WireEvent Event), (long Time, ulong Tiebreak, ulong IdHash, long Sequence)> _held = new();
        private readonly List<Ready> _ready = [];
        private readonly Dictionary<string, CallerDay> _callers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<FactPoint>> _history = new(StringComparer.Ordinal);
        private PlaceSettings? _settings;
        private EngineTime _clock;
        private Deduplicator? _dedup;
        private long _maxSeen = long.MinValue;
        private long _releasedBelow = long.MinValue;
        private long _frontier = long.MinValue;

        /// <summary>Whether events are still held behind the watermark.</summary>
        public bool Holding => _held.Count > 0 || _arrived.Count > 0;

        /// <summary>Takes the next event of the stream (sequenced when the batch is sent).</summary>
        public void Add(long sequence, WireEvent e) => _arrived.Add((sequence, e));

        /// <summary>
        /// Sequences the batch's events, runs the place round over the events released and sends
        /// the batch (the released events, with their counts, to the shards they change).
        /// </summary>
        public async Task SendAsync(Run run, WireKey[] keys, List<ShardEvent>[] perShard, bool end)
        {
            _settings ??= await run.PlaceSettingsAsync().ConfigureAwait(false);
            _clock = new EngineTime(TimeSpan.FromMinutes(_settings.UtcOffsetMinutes));
            _dedup ??= new Deduplicator((long)_settings.DeduplicationRetentionSeconds + _settings.AllowedLatenessSeconds + 1);
            foreach (var (sequence, e) in _arrived)
            {
                Arrive(sequence, e);
            }

            _arrived.Clear();
            if (end && _held.Count > 0)
            {
                Release(_maxSeen + 1);
            }

            var items = Enumerable.Range(0, shards).Select(_ => new List<PlaceItem>()).ToArray();
            var at = Enumerable.Range(0, shards).Select(_ => new List<int>()).ToArray();
            for (var i = 0; i < _ready.Count; i++)
            {
                AddItems(i, items, at);
            }

            var results = await run.PlaceRoundAsync(keys, [.. items.Select(l => l.ToArray())]).ConfigureAwait(false);
            for (var k = 0; k < shards; k++)
            {
                for (var j = 0; j < results[k].Length; j++)
                {
                    _ready[at[k][j]].Take(results[k][j]);
                }
            }

            foreach (var r in _ready)
            {
                Route(r, perShard);
            }

            _ready.Clear();
            await run.SendAsync(keys, perShard).ConfigureAwait(false);
        }

        /// <summary>The alert with its SHARED_DEVICE or SIM_CLUSTER value as its device held it when the alert was raised.</summary>
        public Alert WithFacts(ShardAlert a, Alert alert)
        {
            if (a.Device is null || !_history.TryGetValue(a.Device, out var points))
            {
                return alert;
            }

            var key = (a.Time, a.Tiebreak, a.IdHash);
            int lo = 0, hi = points.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                if ((points[mid].Time, points[mid].Tiebreak, points[mid].IdHash).CompareTo(key) <= 0)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            if (found < 0)
            {
                return alert;
            }

            var phone = alert.EntityKind == AlertFactory.KindText(Detection.Scoring.ScoredKind.Phone);
            var code = phone ? "SIM_CLUSTER" : "SHARED_DEVICE";
            long value = phone ? points[found].Sims : points[found].Holders;
            return alert with { Reasons = [.. alert.Reasons.Select(r => r.Code == code ? r with { Value = value } : r)] };
        }

        /// <summary>An event arriving, as <see cref="MonitoringEngine.Submit(in EngineEvent)"/> takes it.</summary>
        private void Arrive(long sequence, WireEvent e)
        {
            if (!OrderKey(e, out var time, out var tiebreak, out var idHash) || !EngineTime.InRange(time))
            {
                // Invalid or out of range: the shard rejects it; it changes no state.
                _ready.Add(new Ready(sequence, e, false, 0, default));
                return;
            }

            if (time < _releasedBelow)
            {
                var applied = time >= _releasedBelow - _settings!.DeduplicationRetentionSeconds && _dedup!.TryAdd(idHash) && !_settings.RejectLate;
                _ready.Add(new Ready(sequence, e, applied, Math.Max(time, _frontier), (time, tiebreak, idHash)));
                return;
            }

            if (!_dedup!.TryAdd(idHash))
            {
                _ready.Add(new Ready(sequence, e, false, 0, default));
                return;
            }

            _held.Enqueue((sequence, e), (time, tiebreak, idHash, sequence));
            if (time > _maxSeen)
            {
                _maxSeen = time;
                var watermark = _maxSeen - _settings!.AllowedLatenessSeconds;
                if (watermark > _releasedBelow)
                {
                    Release(watermark);
                }
            }
        }

        private void Release(long watermark)
        {
            _releasedBelow = watermark;
            while (_held.TryPeek(out var next, out var key) && key.Time < watermark)
            {
                _held.Dequeue();
                _frontier = key.Time;
                _ready.Add(new Ready(next.Sequence, next.Event, true, key.Time, (key.Time, key.Tiebreak, key.IdHash)));
            }

            _dedup!.Advance(Math.Min(watermark, _maxSeen));
        }

        /// <summary>The place items of released event <paramref name="index"/>, one per shard owning one of its places.</summary>
        private void AddItems(int index, List<PlaceItem>[] items, List<int>[] at)
        {
            var r = _ready[index];
            var e = r.Event;
            if (!r.Applied || e.Kind is not (WireKind.Login or WireKind.Call or WireKind.Sms))
            {
                return;
            }

            r.Counted = true;
            bool crossed = false, heavy = false;
            if (e.Kind == WireKind.Call)
            {
                ref var caller = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_callers, e.A, out var seen);
                if (!seen)
                {
                    caller = CallerDay.Empty;
                }

                crossed = caller.Call(_clock.LocalDay(EngineTime.ToStored(r.ProcessTime)), e.Place is { Length: > 0 }, _settings!.HeavyCalls, out heavy);
            }

            var parts = new (PlaceParts Part, string? Key)[]
            {
                (PlaceParts.Device, e.Kind == WireKind.Login ? e.Device ?? string.Empty : e.Device),
                (PlaceParts.Ip, e.Kind == WireKind.Login ? e.Place : null),
                (PlaceParts.Cell, e.Kind == WireKind.Call && e.Place is { Length: > 0 } ? e.Place : null),
            };
            var owned = new PlaceParts[shards];
            foreach (var (part, key) in parts)
            {
                if (key is not null)
                {
                    owned[PlaceShard(part, key, shards)] |= part;
                }
            }

            for (var k = 0; k < shards; k++)
            {
                if (owned[k] != PlaceParts.None)
                {
                    items[k].Add(new PlaceItem(r.Sequence, owned[k], r.ProcessTime, crossed, heavy, e));
                    at[k].Add(index);
                }
            }

            r.Device = parts[0].Key;
        }

        /// <summary>The released event to the shards of the entities it changes and of the entities its device pushed to.</summary>
        private void Route(Ready r, List<ShardEvent>[] perShard)
        {
            var to = new List<int>(ShardRouter.Shards(r.Event, shards));
            foreach (var p in r.Pushes ?? [])
            {
                var k = ShardRouter.ShardOf(p.Key, shards);
                if (!to.Contains(k))
                {
                    to.Add(k);
                }
            }

            if (r.Counted && r.Device is not null)
            {
                if (!_history.TryGetValue(r.Device, out var points))
                {
                    _history[r.Device] = points = [];
                }

                points.Add(new FactPoint(r.Key.Time, r.Key.Tiebreak, r.Key.IdHash, r.Holders, r.Sims));
            }

            var places = r.Counted ? new ShardPlaces(r.DeviceCount, r.Event.Kind == WireKind.Login ? r.PlaceCount : 0, r.Event.Kind == WireKind.Login ? 0 : r.DeviceCount,
                r.Event.Kind == WireKind.Call ? r.PlaceCount : 0, r.Pushes) : null;
            for (var i = 0; i < to.Count; i++)
            {
                perShard[to[i]].Add(new ShardEvent(r.Sequence, i == 0, r.Event, places));
            }
        }

        /// <summary>The engine's order key of <paramref name="e"/>; false for an event the shards reject before the engine (a non-positive amount).</summary>
        private static bool OrderKey(WireEvent e, out long time, out ulong tiebreak, out ulong idHash)
        {
            time = e.UnixSeconds;
            tiebreak = 0;
            idHash = 0;
            var kind = e.Kind switch
            {
                WireKind.Transaction when e.Value > 0 => EventKind.Transaction,
                WireKind.Call => EventKind.Call,
                WireKind.Sms => EventKind.Sms,
                WireKind.Login => EventKind.Login,
                _ => (EventKind)0,
            };
            if (kind == 0)
            {
                return false;
            }

            tiebreak = EventIdHash.TrailingNumber(e.Id);
            idHash = EventIdHash.Of(kind, e.Id);
            return true;
        }

        /// <summary>A released (or forwarded) event and, once the round is back, its counts.</summary>
        private sealed class Ready(long sequence, WireEvent e, bool applied, long processTime, (long Time, ulong Tiebreak, ulong IdHash) key)
        {
            public long Sequence { get; } = sequence;

            public WireEvent Event { get; } = e;

            /// <summary>Whether the engine applies it (not rejected, not a duplicate).</summary>
            public bool Applied { get; } = applied;

            public long ProcessTime { get; } = processTime;

            /// <summary>The engine's order key (time, tiebreak, id hash).</summary>
            public (long Time, ulong Tiebreak, ulong IdHash) Key { get; } = key;

            /// <summary>Whether it went to the place round (a login, call or SMS the engine applies).</summary>
            public bool Counted { get; set; }

            public string? Device { get; set; }

            public int DeviceCount { get; private set; }

            public int PlaceCount { get; private set; }

            public int Holders { get; private set; }

            public int Sims { get; private set; }

            public PlacePushed[]? Pushes { get; private set; }

            public void Take(PlaceResult result)
            {
                if ((result.Parts & PlaceParts.Device) != 0)
                {
                    (DeviceCount, Holders, Sims, Pushes) = (result.Device, result.Holders, result.Sims, result.Pushes);
                }

                if ((result.Parts & (PlaceParts.Ip | PlaceParts.Cell)) != 0)
                {
                    PlaceCount = result.Place;
                }
            }
        }

        /// <summary>A device's counts after one event, at the event's place in the engine's order.</summary>
        private readonly record struct FactPoint(long Time, ulong Tiebreak, ulong IdHash, int Holders, int Sims);
    }
}
