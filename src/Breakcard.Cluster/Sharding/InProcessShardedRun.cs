using Breakcard.Cluster.Grains;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The sharded mode's stages in one process, without Orleans: the same sequencer, place rounds,
/// routing, sessions, transfer rounds and merge as <see cref="ShardedGateway"/> and the shard
/// grains, called directly (ADR 0185, 0201). For tests at any batch size (down to one event) and for measuring rounds
/// per batch without a cluster's call cost. Not thread safe.
/// </summary>
public sealed class InProcessShardedRun
{
    private readonly int _shards;
    private readonly int _batchSize;
    private readonly Func<DateOnly, ReferenceData> _reference;
    private readonly DetectionOptions _options;
    private readonly Func<DetectionOptions, IRiskModel> _model;

    /// <summary>
    /// A run over <paramref name="shards"/> shards in batches of <paramref name="batchSize"/> events;
    /// <paramref name="reference"/> builds the reference data for the stream's first local day twice:
    /// once shared by the shards (<see cref="SharedEntityFiles"/>, ADR 0451), once for the router; <paramref name="options"/> as the silos would be given them
    /// (<see cref="LocalIndicators.Apply"/> is applied here); <paramref name="model"/> makes each shard's
    /// risk model (default: the points model).
    /// </summary>
    public InProcessShardedRun(int shards, int batchSize, Func<DateOnly, ReferenceData> reference, DetectionOptions options, Func<DetectionOptions, IRiskModel>? model = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        _shards = shards;
        _batchSize = batchSize;
        _reference = reference;
        _options = LocalIndicators.Apply(options);
        _model = model ?? (o => new PointsModel(o));
    }

    /// <summary>
    /// Called for every shard after every batch with the batch count so far; returns the session to
    /// go on with (a test replaces one with a copy restored from its snapshot).
    /// </summary>
    public Func<long, int, ShardSession, ShardSession>? AtBatchBoundary { get; init; }

    /// <summary>The most device points the gateway's <see cref="DeviceFacts"/> held between two batches of the last run (ADR 0266).</summary>
    public int FactPoints { get; private set; }

    /// <summary>Rounds each batch of the last run took.</summary>
    public IReadOnlyList<int> RoundsPerBatch { get; private set; } = [];

    /// <summary>Process CPU the last run's gateway spent numbering the stream's identifiers (<see cref="BatchIntake.NumberingCpu"/>, ADR 0477).</summary>
    public TimeSpan NumberingCpu { get; private set; }

    /// <summary>What the last run's gateway gave its shards: the identifiers and texts (nothing is encoded in process, so no bytes).</summary>
    public WireCounts Wire { get; private set; }

    /// <summary>Runs <paramref name="events"/> and writes the single-process run's files to <paramref name="outputFolder"/>; returns the number of alerts.</summary>
    public async Task<long> RunAsync(IEnumerable<WireEvent> events, string outputFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(outputFolder);
        Directory.CreateDirectory(outputFolder);
        using var rejected = new RejectedLines(outputFolder);
        ShardSession[]? sessions = null;
        StreamSequencer? sequencer = null;
        PlaceStage? places = null;
        StreamKeyLog? keys = null;
        ShardOwnership? owners = null;
        BatchIntake? intake = null;
        var rounds = new List<int>();
        var transfers = new TransferRounds(_shards);
        // The annotations routed per shard: a run in process never replays a batch, so they are cleared, not kept.
        var routed = Enumerable.Range(0, _shards).Select(_ => new List<TransferNote>()).ToArray();
        FactPoints = 0;
        Wire = default;
        foreach (var e in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sessions is null)
            {
                var offset = TimeSpan.FromMinutes(_options.Engine.UtcOffsetMinutes);
                var asOf = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(e.UnixSeconds).ToOffset(offset).DateTime);
                // One copy of the entity files for every shard, built, fingerprinted and trimmed once (ADR 0451).
                var files = new SharedEntityFiles(_reference(asOf), _shards);
                sessions = [.. Enumerable.Range(0, _shards).Select(k => new ShardSession(k, files, _options, _model(_options)))];
                var reference = _reference(asOf);
                keys = new StreamKeyLog(reference);
                owners = new ShardOwnership(reference, _shards);
                places = new PlaceStage(owners, _options);
                sequencer = new StreamSequencer(_options, owners, rejected.Add, places.Add);
                intake = new BatchIntake(keys, sequencer, _batchSize);
            }

            intake!.Add(e);
            if (intake.Pending == _batchSize)
            {
                intake.Release();
                await BatchAsync(sessions, places!, keys!.Take(), owners!, sequencer!.Take(), rounds, transfers, routed).ConfigureAwait(false);
            }
        }

        if (sessions is null || sequencer is null || places is null || keys is null || owners is null || intake is null)
        {
            throw new ArgumentException("the stream has no events", nameof(events));
        }

        var inBatch = intake.Pending;
        intake.Release();
        NumberingCpu = intake.NumberingCpu;
        sequencer.Flush();
        var last = sequencer.Take();
        if (inBatch > 0 || last.Any(items => items.Count > 0))
        {
            await BatchAsync(sessions, places, keys.Take(), owners, last, rounds, transfers, routed).ConfigureAwait(false);
        }

        rejected.Dispose();
        RoundsPerBatch = rounds;
        Wire = Wire with { Released = sequencer.Released };
        // The shards' alerts as they built them, not as lines (ADR 0445): nothing here is sent or checkpointed.
        var scores = sessions.Select(s => s.Finish()).ToArray();
        return await ShardedGateway.MergeAsync([.. sessions.Select(s => s.OwnedAlerts)], scores, sessions[0].Engine.Model.Name, sessions[0].Engine.Fingerprint, sequencer, places, outputFolder, cancellationToken).ConfigureAwait(false);
    }

    private async Task BatchAsync(ShardSession[] sessions, PlaceStage places, KeyBatch batch, ShardOwnership owners, List<ShardItem>[] released, List<int> rounds, TransferRounds transfers, List<TransferNote>[] routed)
    {
        // The place round (ADR 0201): each shard numbers the batch's identifiers (keeping its own, ADR 0387) and counts on its places.
        var round = places.Round();
        var keys = batch.Split(owners);
        Wire = Wire.AddRound(batch, keys, round, [], []);
        var counted = sessions.Select((s, k) =>
        {
            s.Intern(keys[k]);
            return s.Place(round[k]);
        }).ToArray();
        var items = places.Complete(released, counted);
        Wire = Wire.AddItems(items, 0);
        foreach (var r in routed)
        {
            r.Clear();
        }

        rounds.Add(await transfers.RunAsync((k, notes, first) =>
        {
            var s = sessions[k];
            if (first)
            {
                s.Begin(items[k]);
            }

            s.Receive(notes);
            var produced = s.Run();
            places.Facts.Take(k, s.BatchFacts());
            return Task.FromResult((!s.Holding, produced));
        }, routed).ConfigureAwait(false));
        places.Facts.Settle();
        FactPoints = Math.Max(FactPoints, places.Facts.Points);
        if (AtBatchBoundary is { } boundary)
        {
            for (var k = 0; k < _shards; k++)
            {
                sessions[k] = boundary(rounds.Count, k, sessions[k]);
            }
        }
    }
}
