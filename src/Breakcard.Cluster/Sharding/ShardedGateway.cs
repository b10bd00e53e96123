using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Detection;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The gateway of the sharded mode (ADR 0155, 0185, 0201): sequences the stream once (the engine's
/// de-duplication, lateness and order, <see cref="StreamSequencer"/>), runs each batch's place round
/// over the released logins, calls and SMS (<see cref="PlaceStage"/>, ADR 0188), routes each
/// released event with its place counts to the shards that apply it — a transfer between two
/// shards as its debit and credit sides, a device's push also to the receivers' shards — numbers
/// the stream's identifiers once (<see cref="StreamKeyLog"/>, ADR 0247) and sends every shard the
/// count of new ones and the texts of those it owns (ADR 0387), the items naming identifiers by those numbers, runs each batch's transfer rounds
/// (<see cref="TransferRounds"/>) until all shards have applied it before reading on
/// (back-pressure), and at the end merges the shards' outputs into the files a single-process run
/// writes: alerts in the engine's application order numbered afresh (with the place facts they read), scores in
/// <see cref="ScoreTable"/>'s order, and a summary (<c>rejected.csv</c> is written as the
/// sequencer rejects, ADR 0266). Ownership follows holders when the silos load entity files: the gateway must be given
/// the same (<see cref="ShardOwnership"/>).
/// </summary>
public sealed partial class ShardedGateway
{
    private readonly IClusterClient _client;
    private readonly int _shards;
    private readonly GatewayOptions _options;
    private readonly WorldReference? _world;
    private readonly DetectionOptions _detection;
    private readonly string _model;

    /// <summary>
    /// Creates a gateway over <paramref name="client"/> splitting streams into <paramref name="shards"/>
    /// shards. <paramref name="world"/>: the entity files the silos load (null when they learn
    /// entities from events only); <paramref name="detection"/>: the silos' detection options
    /// (default: <see cref="DetectionOptions.Default"/>, what silos run); <paramref name="model"/>: the
    /// identity of the silos' risk model (<see cref="Detection.Scoring.IRiskModel.Identity"/>; default:
    /// the points model). The gateway scores nothing but refuses shards that run other options or another model (ADR 0218, 0327).
    /// </summary>
    public ShardedGateway(IClusterClient client, int shards, GatewayOptions? options = null, WorldReference? world = null, DetectionOptions? detection = null, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        _client = client;
        _shards = shards;
        _options = options ?? new GatewayOptions();
        _world = world;
        _detection = LocalIndicators.Apply(detection ?? DetectionOptions.Default);
        _model = model ?? DetectionAgreement.PointsIdentity;
        if (_options.BatchSize < 1)
        {
            throw new ArgumentException("batch size must be at least 1", nameof(options));
        }
    }

    /// <summary>Transfer rounds each batch of the last run took (ADR 0185).</summary>
    public IReadOnlyList<int> RoundsPerBatch { get; private set; } = [];

    /// <summary>What the last run sent its shards (ADR 0387).</summary>
    public WireCounts Wire { get; private set; }

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
        // One reference for routing and numbering: the key log interns into it, ownership reads it by index.
        var reference = _world?.Build(new DateOnly(2000, 1, 1)) ?? ReferenceData.Empty();
        var keys = new StreamKeyLog(reference);
        var owners = new ShardOwnership(reference, _shards);
        var places = new PlaceStage(owners, _detection);
        var run = new Run(stream, [.. Enumerable.Range(0, _shards).Select(k => _client.GetGrain<IShardGrain>(ShardGrain.Key(stream, k, _shards)))], places.Facts, _options, cancellationToken);
        await run.CheckSettingsAsync(_detection, _model).ConfigureAwait(false);
        using var rejected = new RejectedLines(outputFolder);
        var sequencer = new StreamSequencer(_detection, owners, rejected.Add, places.Add);
        var intake = new BatchIntake(keys, sequencer, _options.BatchSize);
        long sequence = 0;
        foreach (var e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sequence++ == 0)
            {
                run.First = e.UnixSeconds;
            }

            intake.Add(e);
            if (intake.Pending == _options.BatchSize)
            {
                intake.Release();
                await SendAsync(run, places, keys.Take(), owners, sequencer.Take()).ConfigureAwait(false);
            }
        }

        var inBatch = intake.Pending;
        intake.Release();
        sequencer.Flush();
        var last = sequencer.Take();
        if (inBatch > 0 || last.Any(items => items.Count > 0))
        {
            await SendAsync(run, places, keys.Take(), owners, last).ConfigureAwait(false);
        }

        rejected.Dispose();
        var results = await run.FinishAsync().ConfigureAwait(false);
        RoundsPerBatch = run.Rounds;
        Wire = run.Wire with { Released = sequencer.Released };
        var alerts = await MergeAsync(results, sequencer, places, outputFolder, cancellationToken).ConfigureAwait(false);
        return new StreamResult(stream, sequence, run.Batches, alerts, run.Resends, run.Failovers, run.Silos);
    }

    /// <summary>One batch: its place round (ADR 0201), then its items with their counts in transfer rounds.</summary>
    private static async Task SendAsync(Run run, PlaceStage places, KeyBatch keys, ShardOwnership owners, List<ShardItem>[] perShard)
    {
        var counted = await run.PlaceRoundAsync(keys, keys.Split(owners), places.Round()).ConfigureAwait(false);
        await run.SendAsync(places.Complete(perShard, counted)).ConfigureAwait(false);
        // Every shard has applied the batch and reported its alerts' devices: only each device's last point stays (ADR 0266).
        places.Facts.Settle();
        await run.RecheckIfMovedAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// One stream's traffic to its shards: numbered batches, one in flight, sent to every shard at
    /// once; a shard that answers with an older batch number (it resumed from its checkpoint on
    /// another silo) is sent the batches from there again out of the replay buffer, and a call that
    /// fails because a silo is gone is repeated until the shard answers from a live silo (ADR 0178).
    /// Each batch runs in transfer rounds (<c>ShardedGateway.Rounds.cs</c>, ADR 0185).
    /// </summary>
    private sealed partial class Run(string stream, IShardGrain[] grains, DeviceFacts facts, GatewayOptions options, CancellationToken cancel)
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
}
