using System.Globalization;
using Breakcard.Cluster.Grains;
using Breakcard.Core.Events;
using Breakcard.Detection;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The sharded mode's one sequencer (ADR 0185), at the gateway, which sees the whole stream: the
/// engine's own de-duplication, lateness policy and reorder buffer
/// (<see cref="MonitoringEngine.Sequencer"/>) decide once which events are applied, in which order
/// and at which processing time, and which are rejected and why — exactly as a single-process
/// engine with the same options decides. Each released event is routed to the shards that apply
/// it, already in order: the whole event to the shards of the entities whose state it changes, or
/// a transfer between two shards' accounts split into its debit and credit sides. Shards keep no
/// reorder buffer, watermark or de-duplication memory of their own. Not thread safe.
/// </summary>
public sealed class StreamSequencer : IAlertSink, IReleaseSink
{
    private readonly MonitoringEngine _engine;
    private readonly ShardOwnership _owners;
    private readonly Dictionary<long, (WireEvent Event, EventRefs Refs)> _held = [];
    private readonly Action<ShardRejected> _rejected;
    private readonly Action<ShardItem>? _placed;
    private readonly List<ShardItem>[] _items;
    private long _released;
    private long _invalid;

    // The lists were handed out by Take: the next release empties them first.
    private bool _taken;

    /// <summary>
    /// A sequencer with the silos' <paramref name="options"/> (their engine settings decide lateness
    /// and de-duplication) routing by <paramref name="owners"/>; <paramref name="rejected"/> is given
    /// every rejected event's line as it is rejected (in stream order, ADR 0266) and
    /// <paramref name="placed"/> every released login, call and SMS, in release order, for the
    /// place stage (ADR 0201).
    /// </summary>
    public StreamSequencer(DetectionOptions options, ShardOwnership owners, Action<ShardRejected> rejected, Action<ShardItem>? placed = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(owners);
        ArgumentNullException.ThrowIfNull(rejected);
        _owners = owners;
        _rejected = rejected;
        _placed = placed;
        _engine = MonitoringEngine.Sequencer(options, this, this);
        _items = NewLists();
    }

    /// <summary>What happened to the events: the counters a single-process engine keeps (alerts aside).</summary>
    public EngineCounters Counters => _engine.Counters;

    /// <summary>Transactions refused before the engine (amount not positive).</summary>
    public long Invalid => _invalid;

    /// <summary>Events released so far.</summary>
    public long Released => _released;

    /// <summary>
    /// Takes event <paramref name="e"/> at stream position <paramref name="sequence"/>, its identifiers
    /// numbered <paramref name="refs"/> (<see cref="StreamKeyLog"/>); whatever it releases is routed.
    /// </summary>
    public void Add(WireEvent e, long sequence, EventRefs refs)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind == WireKind.Transaction && e.Value <= 0)
        {
            _invalid++;
            Reject(sequence, e.Id, e.UnixSeconds, "amount is not positive");
            return;
        }

        var kind = e.Kind switch
        {
            WireKind.Transaction => EventKind.Transaction,
            WireKind.Call => EventKind.Call,
            WireKind.Sms => EventKind.Sms,
            WireKind.Login => EventKind.Login,
            _ => throw new ArgumentException($"event kind {e.Kind} is not monitored", nameof(e)),
        };
        // The sequencer needs the order keys only; entities are interned by the shards.
        var engineEvent = new EngineEvent
        {
            Time = e.UnixSeconds, IdHash = EventIdHash.Of(kind, e.Id), Tiebreak = EventIdHash.TrailingNumber(e.Id), Sequence = sequence,
            Kind = kind, Source = -1, Target = -1, Device = -1, Cell = -1,
        };
        _held[sequence] = (e, refs);
        var before = _engine.Counters;
        _engine.Submit(in engineEvent);
        var after = _engine.Counters;
        if (after.Duplicates != before.Duplicates || after.OutOfRange != before.OutOfRange || after.Expired != before.Expired || after.LateRejected != before.LateRejected)
        {
            _held.Remove(sequence);
        }
    }

    /// <summary>End of the stream: releases every held event.</summary>
    public void Flush() => _engine.Flush();

    /// <summary>
    /// The items released since the last call, per shard, in release order: the sequencer's own
    /// lists, valid until the next call, which empties and refills them (ADR 0394: they grow to the
    /// largest batch and stay; the gateway packs them and an in-process shard copies them before that).
    /// </summary>
    public List<ShardItem>[] Take()
    {
        Reopen();
        _taken = true;
        return _items;
    }

    /// <inheritdoc />
    void IReleaseSink.OnReleased(in EngineEvent e, long processTime)
    {
        if (!_held.Remove(e.Sequence, out var held))
        {
            throw new InvalidOperationException("the sequencer released an event it does not hold");
        }

        Reopen();
        var (w, refs) = held;
        var release = _released++;
        if (w.Kind == WireKind.Transaction)
        {
            RouteTransfer(w, refs, e.Sequence, release, processTime);
            return;
        }

        // A value copied into the place stage and every shard list it goes to (ADR 0394; before, one
        // record shared by all of them, ADR 0313), so no object is made per event.
        var item = new ShardItem(e.Sequence, release, processTime, ShardSide.Whole, -1, w, refs);
        _placed?.Invoke(item);
        switch (w.Kind)
        {
            case WireKind.Call:
                Add(_owners.OfPhone(refs.A), item);
                AddOnce(_owners.OfPhone(refs.B), item);
                break;
            case WireKind.Sms:
                AddToGroup(_owners.OfPhone(refs.B), _owners.RelayShardsOfPhone(refs.B), item);
                break;
            default:
                AddToGroup(_owners.OfAccount(refs.A), _owners.RelayShardsOfAccount(refs.A), item);
                break;
        }
    }

    /// <inheritdoc />
    void IAlertSink.OnRejected(in EngineEvent e, RejectReason reason)
    {
        var w = _held[e.Sequence].Event;
        Reject(e.Sequence, w.Id, e.Time, reason switch
        {
            RejectReason.Late => "late beyond the allowed lateness (policy: reject)",
            RejectReason.Expired => "older than the de-duplication retention behind the watermark",
            _ => "time outside 2000-01-01..2067-12-31",
        });
    }

    /// <inheritdoc />
    void IAlertSink.OnAlert(AlertDraft alert) => throw new InvalidOperationException("a sequencer raises no alerts");

    /// <summary>
    /// A transfer: whole to one shard when one shard owns every account with state in it (or
    /// neither side has state), else its debit side to the payer's shard and its credit side to the
    /// payee's, which waits for the annotation.
    /// </summary>
    private void RouteTransfer(WireEvent w, EventRefs refs, long sequence, long release, long processTime)
    {
        var debit = CashPoints.IsCash(w.A) ? -1 : _owners.OfAccount(refs.A);
        var credit = CashPoints.IsCash(w.B) ? -1 : _owners.OfAccount(refs.B);
        if (debit >= 0 && credit >= 0 && debit != credit)
        {
            Add(debit, new ShardItem(sequence, release, processTime, ShardSide.Debit, credit, w, refs));
            Add(credit, new ShardItem(sequence, release, processTime, ShardSide.Credit, -1, w, refs));
            return;
        }

        var shard = debit >= 0 ? debit : credit >= 0 ? credit : _owners.OfAccount(refs.A);
        Add(shard, new ShardItem(sequence, release, processTime, ShardSide.Whole, -1, w, refs));
    }

    private void AddToGroup(int own, ReadOnlySpan<int> group, ShardItem item)
    {
        Add(own, item);
        foreach (var k in group)
        {
            AddOnce(k, item);
        }
    }

    /// <summary>Adds <paramref name="item"/> unless the shard already has it (its last item is the same release).</summary>
    private void AddOnce(int shard, ShardItem item)
    {
        if (_items[shard].Count == 0 || _items[shard][^1].Release != item.Release)
        {
            _items[shard].Add(item);
        }
    }

    private void Add(int shard, ShardItem item) => _items[shard].Add(item);

    /// <summary>Empties the lists <see cref="Take"/> handed out, once their batch is being followed by another.</summary>
    private void Reopen()
    {
        if (!_taken)
        {
            return;
        }

        foreach (var l in _items)
        {
            l.Clear();
        }

        _taken = false;
    }

    /// <summary>A line of <c>rejected.csv</c> as <c>MonitorSession</c> writes it.</summary>
    private void Reject(long sequence, string id, long unixTime, string reason)
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unixTime, -62135596800, 253402300799)).ToOffset(_engine.Clock.UtcOffset)
            .ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture);
        _rejected(new ShardRejected(sequence, Field(id) + "," + time + "," + Field(reason)));
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private List<ShardItem>[] NewLists() => [.. Enumerable.Range(0, _owners.Shards).Select(_ => new List<ShardItem>())];
}
