using Breakcard.Detection.Alerts;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Engine;

/// <summary>
/// The real-time monitoring engine: takes interned events in any order within the allowed
/// lateness, releases them in event-time order behind a watermark, applies each to the compact
/// state of the entities it touches, re-scores an entity when an indicator's strength changes,
/// and raises an alert when its risk enters a higher control band. Deterministic: the same events
/// (in any order within the lateness) give the same alerts. Not thread safe; one engine per
/// thread (shards make the state partitionable for a cluster host).
/// </summary>
/// <remarks>
/// Implementation note: the hot path (<see cref="Submit(in EngineEvent)"/> through the apply
/// methods) allocates nothing in steady state: state lives in struct arrays, sketches are bitmaps,
/// evidence goes to a preallocated ring. Allocation happens only when arrays grow, when an alert
/// is built, and when a checkpoint is written.
/// </remarks>
public sealed partial class MonitoringEngine
{
    private readonly EngineOptions _engine;
    private readonly IndicatorOptions _ind;
    private readonly ScoringOptions _scoring;
    private readonly ReferenceData _reference;
    private readonly IRiskModel _model;
    private readonly IAlertSink _sink;
    private readonly EngineTime _clock;
    private readonly ShardedStore<AccountState> _accounts;
    private readonly ShardedStore<PhoneState> _phones;
    private readonly ShardedStore<DeviceState> _devices;
    private readonly ShardedStore<DeviceState> _ips;
    private readonly ShardedStore<CellState> _cells;
    private readonly HolderState[] _holders;
    private readonly ulong[] _flaggedHolders;
    private readonly ReorderBuffer _reorder = new();
    private readonly Deduplicator _dedup;
    private readonly EvidenceLog _evidence;
    private readonly Queue<(int Holder, FollowUp Raiser)> _linkedHolders = new();
    private readonly Queue<Push> _pushes = new();
    private FollowUp _followUp;
    private readonly byte[] _bandOfRisk = new byte[101];
    private readonly IReleaseSink? _release;

    // Precomputed from the options so the hot path does no unit conversions.
    private readonly int _halfSeconds;
    private readonly int _offsetSeconds;
    private readonly int _deviceHalfSeconds;
    private readonly int _ipHalfSeconds;
    private readonly int _passWindowSeconds;
    private readonly long _passMinFen;
    private readonly long _cycleMinFen;
    private readonly (long Low, long Limit)[] _underBands;
    private readonly int _dormantSeconds;
    private readonly float _alpha;
    private readonly float[] _decayByDays = new float[61];
    private readonly float[] _idleByDays = new float[1001];

    private EngineCounters _counters;
    private long _maxSeen = long.MinValue;
    private long _releasedBelow = long.MinValue;
    private long _frontier = long.MinValue;

    /// <summary>Creates an engine over <paramref name="reference"/> data.</summary>
    public MonitoringEngine(ReferenceData reference, DetectionOptions options, IRiskModel model, IAlertSink sink)
        : this(reference, options, model, sink, null)
    {
    }

    /// <summary>Creates an engine over <paramref name="reference"/> data whose evidence ring is allocated as <paramref name="evidence"/> says (ADR 0286).</summary>
    public MonitoringEngine(ReferenceData reference, DetectionOptions options, IRiskModel model, IAlertSink sink, EvidenceRing evidence)
        : this(reference, options, model, sink, null, evidence)
    {
    }

    /// <summary>
    /// Creates an engine over <paramref name="reference"/> data whose evidence ring is allocated as
    /// <paramref name="evidence"/> says (ADR 0286) and whose entity stores give slots as
    /// <paramref name="slots"/> says (ADR 0335: <see cref="EntitySlots.Local"/> for an engine that
    /// applies a part of a stream's entities).
    /// </summary>
    public MonitoringEngine(ReferenceData reference, DetectionOptions options, IRiskModel model, IAlertSink sink, EvidenceRing evidence, EntitySlots slots)
        : this(reference, options, model, sink, null, evidence, slots)
    {
    }

    private MonitoringEngine(ReferenceData reference, DetectionOptions options, IRiskModel model, IAlertSink sink, IReleaseSink? release, EvidenceRing evidence = EvidenceRing.Whole, EntitySlots slots = EntitySlots.Global)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sink);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid detection options: {errors[0].Setting} {errors[0].Reason}.", nameof(options));
        }

        Options = options;
        _release = release;
        _engine = options.Engine;
        _ind = options.Indicators;
        _scoring = options.Scoring;
        _reference = reference;
        _model = model;
        _sink = sink;
        _clock = new EngineTime(TimeSpan.FromMinutes(_engine.UtcOffsetMinutes));
        _accounts = new ShardedStore<AccountState>(_engine.Shards, AccountState.Empty, reference.Accounts.Count, slots);
        _phones = new ShardedStore<PhoneState>(_engine.Shards, PhoneState.Empty, reference.Phones.Count, slots);
        _devices = new ShardedStore<DeviceState>(_engine.Shards, DeviceState.Empty, reference.Devices.Count, slots);
        _ips = new ShardedStore<DeviceState>(_engine.Shards, DeviceState.Empty, 0, slots);
        _cells = new ShardedStore<CellState>(_engine.Shards, CellState.Empty, 0, slots);
        _holders = new HolderState[reference.HolderCount];
        Array.Fill(_holders, HolderState.Empty);
        _flaggedHolders = new ulong[(reference.HolderCount + 63) / 64];
        _evidence = new EvidenceLog(_engine.EvidenceLogCapacity, evidence);
        _dedup = new Deduplicator((long)_engine.DeduplicationRetentionSeconds + _engine.AllowedLatenessSeconds + 1);

        _halfSeconds = _engine.HalfWindowHours * EngineTime.Hour;
        _offsetSeconds = _engine.UtcOffsetMinutes * 60;
        _deviceHalfSeconds = _ind.SharedDevice.DeviceHalfWindowHours * EngineTime.Hour;
        _ipHalfSeconds = _ind.SharedDevice.IpHalfWindowHours * EngineTime.Hour;
        _passWindowSeconds = _ind.PassThrough.WindowHours * EngineTime.Hour;
        _passMinFen = _ind.PassThrough.MinAmountYuan * 100L;
        _cycleMinFen = _ind.Cycle.MinAmountYuan * 100L;
        _underBands = JustUnderThresholdIndicator.Bands(_ind.JustUnderThreshold);
        _dormantSeconds = (int)Math.Min(int.MaxValue, _ind.DormantRevived.DormantDays * (long)EngineTime.Day);
        _alpha = 2f / (_engine.BaselineDays + 1);
        for (var d = 0; d < _decayByDays.Length; d++)
        {
            _decayByDays[d] = MathF.Pow(_engine.StrengthKeptPerDayPercent / 100f, d);
        }

        for (var d = 0; d < _idleByDays.Length; d++)
        {
            _idleByDays[d] = MathF.Pow(1 - _alpha, d);
        }
        for (var r = 0; r <= 100; r++)
        {
            _bandOfRisk[r] = (byte)(r >= _scoring.SuspendFrom ? 4 : r >= _scoring.RestrictFrom ? 3 : r >= _scoring.DelaySettlementFrom ? 2 : r >= _scoring.AlertThreshold ? 1 : 0);
        }
    }

    /// <summary>The options the engine runs with.</summary>
    public DetectionOptions Options { get; }

    /// <summary>The reference data (interners and static profiles).</summary>
    public ReferenceData Reference => _reference;

    /// <summary>The scoring model.</summary>
    public IRiskModel Model => _model;

    /// <summary>The owner of entities when this engine applies part of a stream (ADR 0335); null: every entity is this engine's.</summary>
    public IEntityOwner? Owner { get; init; }

    /// <summary>Sees every re-scoring (for collecting training features); null for none.</summary>
    public IScoreObserver? Observer { get; set; }

    /// <summary>
    /// What the engine runs when it raises an alert: the event's own application, a push or linked
    /// risk, with the entity behind it (read by an <see cref="IAlertSink"/> in
    /// <see cref="IAlertSink.OnAlert"/>; ADR 0330).
    /// </summary>
    public FollowUp FollowUp => _followUp;

    /// <summary>What happened to the events so far.</summary>
    public EngineCounters Counters => _counters with { Pending = _reorder.Count };

    /// <summary>Latest event time seen (Unix seconds), or <see cref="long.MinValue"/>.</summary>
    public long MaxEventTime => _maxSeen;

    /// <summary>The watermark: events before it have been released (Unix seconds).</summary>
    public long Watermark => _releasedBelow;

    /// <summary>Time arithmetic in the institution's zone.</summary>
    public EngineTime Clock => _clock;

    /// <summary>The account states (read access for scores and tests).</summary>
    public ShardedStore<AccountState> Accounts => _accounts;

    /// <summary>The phone states.</summary>
    public ShardedStore<PhoneState> Phones => _phones;

    /// <summary>
    /// Bytes of entity state the engine holds (used slots of every store and their slot maps, ADR
    /// 0335; not the spare capacity of grown arrays, nor the evidence ring, nor the reference data).
    /// </summary>
    public long EntityStateBytes => EntitySlotBytes + EntityMapBytes
        + (long)_holders.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<HolderState>();

    /// <summary>Bytes of the entity stores' slot maps and their inverses (0 with global slots; ADR 0335, 0378).</summary>
    public long EntityMapBytes =>
        _accounts.MapBytes() + _phones.MapBytes() + _devices.MapBytes() + _ips.MapBytes() + _cells.MapBytes();

    /// <summary>Bytes of the used slots of every entity store (accounts, phones, devices, IPs, cells): the state that splits over shards (ADR 0335).</summary>
    public long EntitySlotBytes =>
        _accounts.SlotBytes() + _phones.SlotBytes() + _devices.SlotBytes() + _ips.SlotBytes() + _cells.SlotBytes();

    /// <summary>The shared evidence log.</summary>
    public EvidenceLog Evidence => _evidence;

    /// <summary>Submits events in arrival order.</summary>
    public void Submit(ReadOnlySpan<EngineEvent> events)
    {
        foreach (ref readonly var e in events)
        {
            Submit(in e);
        }
    }

    /// <summary>Submits one event. It is applied once the watermark passes it.</summary>
    public void Submit(in EngineEvent e)
    {
        _counters.Received++;
        if (!EngineTime.InRange(e.Time))
        {
            _counters.OutOfRange++;
            _sink.OnRejected(in e, RejectReason.OutOfRange);
            return;
        }

        if (e.Time < _releasedBelow)
        {
            SubmitLate(in e);
            return;
        }

        if (!_dedup.TryAdd(e.IdHash))
        {
            _counters.Duplicates++;
            return;
        }

        _reorder.Insert(in e);
        if (e.Time > _maxSeen)
        {
            _maxSeen = e.Time;
            var watermark = _maxSeen - _engine.AllowedLatenessSeconds;
            if (watermark > _releasedBelow)
            {
                Release(watermark);
            }
        }
    }

    /// <summary>End of input: applies every held event.</summary>
    public void Flush()
    {
        if (_reorder.Count > 0)
        {
            Release(_maxSeen + 1);
        }
    }

    private void SubmitLate(in EngineEvent e)
    {
        if (e.Time < _releasedBelow - _engine.DeduplicationRetentionSeconds)
        {
            _counters.Expired++;
            _sink.OnRejected(in e, RejectReason.Expired);
            return;
        }

        if (!_dedup.TryAdd(e.IdHash))
        {
            _counters.Duplicates++;
            return;
        }

        if (_engine.LateEvents == LatePolicy.Reject)
        {
            _counters.LateRejected++;
            _sink.OnRejected(in e, RejectReason.Late);
            return;
        }

        _counters.LateApplied++;
        Apply(in e, Math.Max(e.Time, _frontier));
    }

    private void Release(long watermark)
    {
        _releasedBelow = watermark;
        while (_reorder.Count > 0 && _reorder.Head.Time < watermark)
        {
            if (_reorder.Count > PrefetchDistance)
            {
                PrefetchState(in _reorder.At(PrefetchDistance));
            }

            var e = _reorder.PopHead();
            Apply(in e, e.Time);
        }

        _dedup.Advance(Math.Min(watermark, _maxSeen));
    }

    private void Apply(in EngineEvent e, long processTime)
    {
        if (_release is not null)
        {
            // A sequencer (ADR 0185): the release order and time go out; another engine applies the event.
            _frontier = processTime;
            _counters.Applied++;
            _release.OnReleased(in e, processTime);
            return;
        }

        _frontier = processTime;
        var now = EngineTime.ToStored(processTime);
        switch (e.Kind)
        {
            case EventKind.Transaction:
                ApplyTransaction(in e, now);
                break;
            case EventKind.Call:
                ApplyCall(in e, now);
                break;
            case EventKind.Sms:
                ApplySms(in e, now);
                break;
            case EventKind.Login:
                ApplyLogin(in e, now);
                break;
        }

        _counters.Applied++;
        if (_pushes.Count > 0)
        {
            RunPushes(in e, now);
        }

        if (_linkedHolders.Count > 0)
        {
            RunLinked(now, e.Sequence);
        }
    }

    /// <summary>How many events ahead of the one being applied the state of the next is prefetched.</summary>
    private const int PrefetchDistance = 6;

    private void PrefetchState(in EngineEvent e)
    {
        if (e.Kind == EventKind.Transaction)
        {
            if (e.Source >= 0)
            {
                _accounts.Prefetch(e.Source);
                _reference.PrefetchAccount(e.Source);
            }

            if (e.Target >= 0)
            {
                _accounts.Prefetch(e.Target);
                _reference.PrefetchAccount(e.Target);
            }
        }
        else if (e.Kind is EventKind.Call or EventKind.Sms)
        {
            if (e.Source >= 0)
            {
                _phones.Prefetch(e.Source);
            }
        }
    }

    private byte BandOf(int risk) => _bandOfRisk[Math.Clamp(risk, 0, 100)];
}
