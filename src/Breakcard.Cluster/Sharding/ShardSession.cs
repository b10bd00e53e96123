using System.Text.Json;
using Breakcard.Cluster.Grains;
using Breakcard.Core.Events;
using Breakcard.Detection;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One shard of a stream: a <see cref="MonitoringEngine"/> applying, in the order the gateway's
/// sequencer released them, the events that change the state of an entity this shard owns — whole,
/// or one side of a transfer between two shards (ADR 0185) — with the sequence numbers those events
/// have in the whole stream, and every new identifier of the stream interned in the stream's order
/// (so indexes, and with them the engine's hashed distinct counts, are those of the single-process
/// run). A batch is applied in rounds: the shard applies every item whose annotation (for a credit
/// side) it has and that shares no state with an earlier item still waiting (<see cref="ShardReadiness"/>,
/// ADR 0203), and hands out the annotations of the debit sides it applied.
/// Alerts are kept for owned entities only, with the order key the merge needs (ADR 0155). Not
/// thread safe.
/// </summary>
/// <remarks>
/// One file per concern (ADR 0394): this one the shard's alerts, scores and ownership;
/// <c>ShardSession.Batch.cs</c> a batch's rounds; <c>ShardSession.Checkpoint.cs</c> snapshots;
/// <c>ShardSession.Start.cs</c> what a shard starts from; <c>Keys/ShardSession.Keys.cs</c> and <c>Keys/ShardSession.Own.cs</c> the numbering of identifiers
/// and what the shard keeps of them; <c>Places/ShardSession.Places.cs</c> the place rounds.
/// </remarks>
public sealed partial class ShardSession : IAlertSink, IEventIdLookup, IPlaceInput, IEntityOwner
{
    /// <summary>How many of the shard's latest events keep their ids (for alert evidence), as <see cref="MonitorSession"/> keeps 2^20.</summary>
    public const int RetainedEventIds = 1 << 20;

    private readonly ReferenceData _reference;
    private readonly ShardOwnership _owners;
    private readonly AlertFactory _factory;
    private readonly int _shard;
    private readonly ShardEventIds _ids = new(RetainedEventIds);
    private readonly List<Alert> _owned = [];

    // Each owned alert's place in the merge's order, by ordinal (index), kept beside _owned.
    private readonly List<AlertKey> _alertKeys = [];

    // The owned alerts as lines, serialized when first read (ADR 0445): a silo reads them for its
    // checkpoint and its result, the in-process run never (its merge takes the alerts themselves).
    private readonly List<ShardAlert> _alerts = [];
    private readonly int[] _baseCounts;
    private readonly ulong _entities;
    private readonly ShardReadiness _readiness;

    /// <summary>
    /// Starts shard <paramref name="shard"/> of <paramref name="shards"/> over a copy of the entity
    /// files of its own (<paramref name="reference"/>, fresh), which it trims to what it reads (ADR
    /// 0358, 0378) — a silo's shard; <paramref name="options"/> are used as given (the sharded mode
    /// passes <see cref="LocalIndicators.Apply"/>'s).
    /// </summary>
    public ShardSession(int shard, int shards, ReferenceData reference, DetectionOptions options, IRiskModel model)
        : this(shard, Own(shard, shards, reference, options), options, model)
    {
    }

    /// <summary>
    /// Starts shard <paramref name="shard"/> over the entity files the shards of its process share
    /// (ADR 0451): their fingerprint, ownership, keys and profiles are read from
    /// <paramref name="files"/>, which this session never changes.
    /// </summary>
    public ShardSession(int shard, SharedEntityFiles files, DetectionOptions options, IRiskModel model)
        : this(shard, Shared(shard, files, options), options, model)
    {
    }

    private ShardSession(int shard, Start start, DetectionOptions options, IRiskModel model)
    {
        _shard = shard;
        (_reference, _owners, _baseCounts, _entities, _readiness, Files) = start;
        // A shard applies a part of the stream's events: its ring grows as it fills (ADR 0286), and
        // its engine holds state only for the entities it applies (ADR 0335).
        Engine = new MonitoringEngine(_reference, options, model, this, EvidenceRing.Growing, EntitySlots.Local) { PlaceInput = this, Owner = this };
        _factory = new AlertFactory(_reference, this, Engine.Clock.UtcOffset);
    }

    /// <summary>The entity files this shard shares with the other shards of its process (ADR 0451), or null over a copy of its own.</summary>
    public SharedEntityFiles? Files { get; }

    /// <summary>The engine.</summary>
    public MonitoringEngine Engine { get; }

    /// <summary>This shard's readiness keys (over <see cref="Files"/>' groups when shared, ADR 0462).</summary>
    internal ShardReadiness Readiness => _readiness;

    /// <summary>
    /// Bytes of this shard's identifier tables (ADR 0358): the reference data's strings,
    /// dictionaries and profiles (<see cref="ReferenceData.IdentifierBytes"/>) and the owner cache
    /// by index; the engine's slot maps are <see cref="MonitoringEngine.EntityStateBytes"/>' part.
    /// Since ADR 0451 the files' keys and profiles are shared by the process's shards and counted
    /// once, in <see cref="SharedEntityFiles.IdentifierBytes"/>: here this shard's own bits and tables.
    /// </summary>
    public long IdentifierBytes => _reference.IdentifierBytes() + _owners.CacheBytes;

    /// <summary>Owned entities' alerts so far, as the lines a silo sends and checkpoints (serialized on first read, once each).</summary>
    public IReadOnlyList<ShardAlert> Alerts
    {
        get
        {
            for (var i = _alerts.Count; i < _owned.Count; i++)
            {
                var k = _alertKeys[i];
                _alerts.Add(new ShardAlert(k.Release, k.Step, i, JsonSerializer.Serialize(_owned[i], MonitorGrain.LineJson), k.Device));
            }

            return _alerts;
        }
    }

    /// <summary>
    /// Owned entities' alerts so far with their places in the merge's order, not serialized: what the
    /// in-process run merges (ADR 0445). Index <c>i</c> is the alert of ordinal <c>i</c> (<see cref="Alerts"/>' <c>i</c>).
    /// </summary>
    internal ShardAlerts OwnedAlerts => new(_alertKeys, _owned);

    /// <summary>
    /// The alerts naming a device raised in the current (or, between batches, the last) batch, for
    /// the gateway to resolve their facts while it holds the device's counts (ADR 0266).
    /// </summary>
    public ShardFact[] BatchFacts()
    {
        List<ShardFact>? facts = null;
        for (var i = _batchAlerts; i < _alertKeys.Count; i++)
        {
            if (_alertKeys[i] is { Device: { } device } k)
            {
                (facts ??= []).Add(new ShardFact(i, k.Release, device));
            }
        }

        return facts is null ? [] : [.. facts];
    }

    /// <summary>Ends the input and returns the owned entities' scores.</summary>
    public ShardScore[] Finish()
    {
        if (Holding)
        {
            throw new InvalidOperationException("the shard still holds part of a batch");
        }

        return [.. ScoreTable.Build(Engine, _owned)
            .Where(r => Owns(r.Kind, r.Id))
            .Select(r => new ShardScore((byte)r.Kind, r.Id, r.Risk, r.RiskAtEnd, r.PeakAt, r.Alerts, r.FirstAlertAt, [.. r.TopIndicators]))];
    }

    /// <inheritdoc />
    public string? IdOf(long sequence) => _ids.IdOf(sequence);

    /// <inheritdoc />
    void IAlertSink.OnAlert(AlertDraft alert)
    {
        if (!Owns(alert.Kind, alert.Entity))
        {
            // A counterparty's partial state here; its own shard has all of its events.
            return;
        }

        // The alert is kept as built; its line is serialized only if read (Alerts, ADR 0445): the
        // alert is immutable and built from fresh lists, so a later line is the line it had now.
        _owned.Add(_factory.Create(alert, _owned.Count + 1));
        _alertKeys.Add(new AlertKey(_release, PushStep(alert) ?? _step, FactDevice(alert)));
    }

    /// <inheritdoc />
    void IAlertSink.OnRejected(in EngineEvent e, RejectReason reason) =>
        throw new InvalidOperationException("a shard applies released events only; the gateway's sequencer rejects");

    /// <inheritdoc />
    bool IEntityOwner.Owns(ScoredKind kind, int entity) => Owns(kind, entity);

    /// <summary>
    /// A shard keeps the text of an account or number exactly when it owns it (ADR 0358): one of
    /// the entity files by its holder's shard (<see cref="KeepOwn"/>, <see cref="SharedEntityFiles.For"/>), one first seen in the
    /// stream by its own identifier's (<see cref="InternKey"/>). So the text held is the answer,
    /// with no owner cache by index; since ADR 0387 read from the interner's bit per index.
    /// </summary>
    private bool Owns(ScoredKind kind, int entity) =>
        (kind == ScoredKind.Phone ? _reference.Phones : _reference.Accounts).Holds(entity);

    private bool Owns(ScoredKind kind, string key) =>
        (kind == ScoredKind.Phone ? _reference.Phones : _reference.Accounts).Find(key) >= 0;
}
