using System.Text;
using System.Text.Json;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The gateway of the sharded mode (ADR 0155): splits each batch of a stream by shard (every event
/// to the shard of each entity whose state it changes), sends every shard the stream's new
/// identifiers in order, waits until all shards have applied the batch before reading on
/// (back-pressure), and at the end merges the shards' outputs into the files a single-process run
/// writes: alerts in the engine's application order (event time, tiebreak, id hash, debit before
/// credit) numbered afresh, scores in <see cref="ScoreTable"/>'s order, rejected events by stream
/// position, and a summary. The merge is the reduce stage; the shards are the map stage.
/// </summary>
public sealed partial class ShardedGateway
{
    private readonly IClusterClient _client;
    private readonly int _shards;
    private readonly GatewayOptions _options;

    /// <summary>Creates a gateway over <paramref name="client"/> splitting streams into <paramref name="shards"/> shards.</summary>
    public ShardedGateway(IClusterClient client, int shards, GatewayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        _client = client;
        _shards = shards;
        _options = options ?? new GatewayOptions();
        if (_options.BatchSize < 1)
        {
            throw new ArgumentException("batch size must be at least 1", nameof(options));
        }
    }

    /// <summary>
    /// Sends <paramref name="events"/> as stream <paramref name="stream"/> and writes
    /// <c>alerts.jsonl</c>, <c>scores.csv</c>, <c>summary.json</c> and (if any) <c>rejected.csv</c>
    /// to <paramref name="outputFolder"/>. The stream name must be new.
    /// </summary>
    public async Task<StreamResult> RunAsync(string stream, IEnumerable<WireEvent> events, string outputFolder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stream);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(outputFolder);
        Directory.CreateDirectory(outputFolder);
        var run = new Run(stream, [.. Enumerable.Range(0, _shards).Select(k => _client.GetGrain<IShardGrain>(ShardGrain.Key(stream, k, _shards)))], _options, cancellationToken);
        var keys = new KeyLog();
        var places = new PlaceStage(_shards);
        var perShard = Enumerable.Range(0, _shards).Select(_ => new List<ShardEvent>()).ToArray();
        long sequence = 0, inBatch = 0;
        foreach (var e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sequence == 0)
            {
                run.First = e.UnixSeconds;
            }

            keys.Add(e);
            places.Add(sequence, e);
            sequence++;
            if (++inBatch == _options.BatchSize)
            {
                await places.SendAsync(run, keys.Take(), perShard, end: false).ConfigureAwait(false);
                inBatch = 0;
            }
        }

        if (inBatch > 0 || places.Holding)
        {
            await places.SendAsync(run, keys.Take(), perShard, end: true).ConfigureAwait(false);
        }

        var results = await run.FinishAsync().ConfigureAwait(false);
        var alerts = await MergeAsync(results, places, outputFolder, cancellationToken).ConfigureAwait(false);
        return new StreamResult(stream, sequence, run.Batches, alerts, run.Resends, run.Failovers, run.Silos);
    }

    /// <summary>
    /// One stream's traffic to its shards: numbered batches, one in flight, sent to every shard at
    /// once; a shard that answers with an older batch number (it resumed from its checkpoint on
    /// another silo) is sent the batches from there again out of the replay buffer, and a call that
    /// fails because a silo is gone is repeated until the shard answers from a live silo (ADR 0178).
    /// </summary>
    private sealed partial class Run(string stream, IShardGrain[] grains, GatewayOptions options, CancellationToken cancel)
    {
        private readonly ShardReplayBuffer _buffer = new(grains.Length);
        private readonly long[] _resends = new long[grains.Length];
        private readonly long[] _failovers = new long[grains.Length];
        private readonly List<string> _silos = [];

        public long First { get; set; }

        public long Batches => _buffer.Count;

        public long Resends => _resends.Sum();

        public long Failovers => _failovers.Sum();

        public IReadOnlyList<string> Silos => _silos;

        public async Task SendAsync(WireKey[] keys, List<ShardEvent>[] perShard)
        {
            var number = _buffer.Add(keys, [.. perShard.Select(p => p.ToArray())]);
            foreach (var p in perShard)
            {
                p.Clear();
            }

            var acks = await Task.WhenAll(grains.Select((_, k) => DeliverAsync(k, number, number, placed: true))).ConfigureAwait(false);
            Note(acks);
        }

        /// <summary>Ends every shard (replaying to any that resumed from an older checkpoint) and returns their outputs.</summary>
        public async Task<ShardResult[]> FinishAsync()
        {
            var results = await Task.WhenAll(grains.Select(async (g, k) =>
            {
                while (true)
                {
                    var r = await CallAsync(k, () => g.FinishAsync(Batches)).ConfigureAwait(false);
                    if (r.Finished)
                    {
                        return r;
                    }

                    if (r.Next >= Batches)
                    {
                        throw Reused(k, r.Next, Batches);
                    }

                    await DeliverAsync(k, r.Next, Batches - 1).ConfigureAwait(false);
                }
            })).ConfigureAwait(false);
            foreach (var r in results)
            {
                AddSilo(r.Silo);
            }

            return results;
        }

        /// <summary>
        /// Sends shard <paramref name="shard"/> the batches from <paramref name="from"/> until it has applied
        /// <paramref name="last"/>, each after its place round unless <paramref name="placed"/> says the shard has had the first one.
        /// </summary>
        private async Task<ShardAck> DeliverAsync(int shard, long from, long last, bool placed = false)
        {
            var grain = grains[shard];
            while (true)
            {
                if (from < _buffer.Base)
                {
                    throw new InvalidOperationException($"stream {stream}: shard {shard} resumed at batch {from}, before the gateway's replay buffer (from {_buffer.Base}); its checkpoint storage lost data");
                }

                if (from < last)
                {
                    _resends[shard]++;
                }

                var number = from;
                var (keys, events) = _buffer.For(number, shard);
                if (!placed && await PlaceAgainAsync(shard, number, keys).ConfigureAwait(false) is { } earlier)
                {
                    from = earlier;
                    continue;
                }

                placed = false;
                var ack = await CallAsync(shard, () => grain.SubmitAsync(number, First, keys, events)).ConfigureAwait(false);
                if (ack.Next > last + 1)
                {
                    throw Reused(shard, ack.Next, last + 1);
                }

                if (ack.Next == last + 1)
                {
                    return ack;
                }

                from = ack.Next;
            }
        }

        private void Note(ShardAck[] acks)
        {
            for (var k = 0; k < acks.Length; k++)
            {
                _buffer.Checkpointed(k, acks[k].Checkpointed);
                AddSilo(acks[k].Silo);
            }
        }

        private void AddSilo(string silo)
        {
            if (!_silos.Contains(silo))
            {
                _silos.Add(silo);
            }
        }

        /// <summary>Repeats a call that failed because its silo is gone until the shard answers from a live silo or the failover timeout passes.</summary>
        private async Task<T> CallAsync<T>(int shard, Func<Task<T>> call)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                cancel.ThrowIfCancellationRequested();
                try
                {
                    return await call().ConfigureAwait(false);
                }
                catch (Exception ex) when (ClusterStream.Transient(ex) && clock.Elapsed < options.FailoverTimeout)
                {
                    _failovers[shard]++;
                    await Task.Delay(options.RetryPause, cancel).ConfigureAwait(false);
                }
            }
        }

        private InvalidOperationException Reused(int shard, long next, long expected) =>
            new($"stream {stream}: shard {shard} expects batch {next} where {expected} was sent — the stream name was used before; run the stream again under a new name");
    }

    /// <summary>The reduce stage: the shards' outputs as one run's files. Returns the number of alerts.</summary>
    private static async Task<long> MergeAsync(ShardResult[] results, PlaceStage places, string folder, CancellationToken cancel)
    {
        var ordered = results.SelectMany((r, shard) => r.Alerts.Select(a => (Shard: shard, Alert: a)))
            .OrderBy(x => x.Alert.Time).ThenBy(x => x.Alert.Tiebreak).ThenBy(x => x.Alert.IdHash).ThenBy(x => x.Alert.Role)
            .ThenBy(x => x.Shard).ThenBy(x => x.Alert.Ordinal)
            .ToList();
        var alerts = new List<Alert>(ordered.Count);
        await using (var writer = new StreamWriter(Path.Combine(folder, MonitorSession.AlertsFile), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
        {
            foreach (var (_, a) in ordered)
            {
                var alert = JsonSerializer.Deserialize<Alert>(a.Json, MonitorGrain.LineJson) ?? throw new InvalidDataException("a shard sent an empty alert");
                alert = places.WithFacts(a, alert) with { AlertId = "A" + (alerts.Count + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) };
                alerts.Add(alert);
                await writer.WriteLineAsync(JsonSerializer.Serialize(alert, MonitorGrain.LineJson).AsMemory(), cancel).ConfigureAwait(false);
            }
        }

        var scores = results.SelectMany(r => r.Scores)
            .Select(s => new EntityScore((ScoredKind)s.Kind, 0, s.Id, s.Risk, s.RiskAtEnd, s.PeakAt, s.Alerts, s.FirstAlertAt, s.TopIndicators))
            .ToList();
        scores.Sort(static (a, b) => a.Risk != b.Risk ? b.Risk.CompareTo(a.Risk)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Id, b.Id));
        ScoreTable.Write(Path.Combine(folder, MonitorSession.ScoresFile), scores);

        var rejectedPath = Path.Combine(folder, MonitorSession.RejectedFile);
        var rejected = results.SelectMany(r => r.Rejected).OrderBy(r => r.Sequence).ToList();
        if (rejected.Count > 0)
        {
            await File.WriteAllLinesAsync(rejectedPath, ["id,time,reason", .. rejected.Select(r => r.Line)], new UTF8Encoding(false), cancel).ConfigureAwait(false);
        }
        else
        {
            File.Delete(rejectedPath);
        }

        var summary = Summary(results, alerts, scores);
        await File.WriteAllTextAsync(Path.Combine(folder, MonitorSession.SummaryFile), summary.ToJson(), cancel).ConfigureAwait(false);
        return alerts.Count;
    }

    /// <summary>The summary a single-process run writes, from the shards' primary-event counters and the merged alerts and scores.</summary>
    private static MonitorSummary Summary(ShardResult[] results, List<Alert> alerts, List<EntityScore> scores)
    {
        var c = results.Select(r => r.Counters).Aggregate((a, b) => new ShardCounters(a.Received + b.Received, a.Duplicates + b.Duplicates,
            a.LateApplied + b.LateApplied, a.LateRejected + b.LateRejected, a.Expired + b.Expired, a.OutOfRange + b.OutOfRange, a.Invalid + b.Invalid));
        var events = new EngineCounters
        {
            Received = c.Received,
            // Every primary event not counted otherwise was applied (nothing is pending after the end).
            Applied = c.Received - c.Duplicates - c.LateRejected - c.Expired - c.OutOfRange,
            Pending = 0,
            Duplicates = c.Duplicates,
            LateApplied = c.LateApplied,
            LateRejected = c.LateRejected,
            Expired = c.Expired,
            OutOfRange = c.OutOfRange,
            Alerts = alerts.Count,
        };
        return MonitorSummary.From(results[0].Model, results[0].Fingerprint, events, alerts, scores, c.Invalid);
    }

    /// <summary>The identifiers of the stream not yet sent to the shards, in the order <see cref="MonitorSession"/> interns them.</summary>
    private sealed class KeyLog
    {
        private readonly HashSet<string>[] _sent = [.. Enumerable.Range(0, 6).Select(_ => new HashSet<string>(StringComparer.Ordinal))];
        private readonly List<WireKey> _pending = [];

        public void Add(WireEvent e)
        {
            switch (e.Kind)
            {
                case WireKind.Transaction:
                    if (e.Value > 0)
                    {
                        Add(WireKeyKind.Account, e.A);
                        Add(WireKeyKind.Account, e.B);
                    }

                    break;
                case WireKind.Call:
                    Add(WireKeyKind.Phone, e.A);
                    Add(WireKeyKind.Phone, e.B);
                    Add(WireKeyKind.Device, e.Device);
                    Add(WireKeyKind.Cell, e.Place);
                    break;
                case WireKind.Sms:
                    Add(WireKeyKind.Phone, e.B);
                    Add(WireKeyKind.Phone, e.A);
                    Add(WireKeyKind.Device, e.Device);
                    Add(WireKeyKind.Cell, e.Place);
                    break;
                case WireKind.Login:
                    Add(WireKeyKind.Account, e.A);
                    Add(WireKeyKind.Device, e.Device);
                    Add(WireKeyKind.Ip, e.Place);
                    break;
            }
        }

        public WireKey[] Take()
        {
            WireKey[] keys = [.. _pending];
            _pending.Clear();
            return keys;
        }

        private void Add(WireKeyKind kind, string? key)
        {
            if (key is { Length: > 0 } && _sent[(int)kind].Add(key))
            {
                _pending.Add(new WireKey(kind, key));
            }
        }
    }
}
