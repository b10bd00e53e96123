using System.Globalization;
using System.Text.Json;
using Breakcard.Cluster.Grains;
using Breakcard.Core.Events;
using Breakcard.Detection;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One shard of a stream: the unchanged <see cref="MonitoringEngine"/> fed only the events that
/// change the state of an entity this shard owns, with the sequence numbers those events have in the
/// whole stream, and every new identifier of the stream interned in the stream's order (so indexes,
/// and with them the engine's hashed distinct counts, are those of the single-process run). Alerts
/// are kept for owned entities only, with the order key the merge needs (ADR 0155). It plays the
/// part <see cref="MonitorSession"/> plays for a whole stream. Not thread safe.
/// </summary>
public sealed partial class ShardSession : IAlertSink, IEventIdLookup, IPlaceInput
{
    /// <summary>How many of the shard's latest events keep their ids (for alert evidence), as <see cref="MonitorSession"/> keeps 2^20.</summary>
    public const int RetainedEventIds = 1 << 20;

    private readonly ReferenceData _reference;
    private readonly AlertFactory _factory;
    private readonly int _shard;
    private readonly int _shards;
    private readonly Dictionary<long, Seen> _seen = [];
    private readonly Queue<long> _seenOrder = new();
    private readonly List<Alert> _owned = [];
    private readonly List<ShardAlert> _alerts = [];
    private readonly List<ShardRejected> _rejected = [];
    private readonly int[] _baseCounts;
    private long _received;
    private long _duplicates;
    private long _lateApplied;
    private long _lateRejected;
    private long _expired;
    private long _outOfRange;
    private long _invalid;

    /// <summary>Starts shard <paramref name="shard"/> of <paramref name="shards"/>; <paramref name="options"/> are used as given (the sharded mode passes <see cref="LocalIndicators.Apply"/>'s).</summary>
    public ShardSession(int shard, int shards, ReferenceData reference, DetectionOptions options, IRiskModel model)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        _shard = shard;
        _shards = shards;
        _reference = reference;
        _baseCounts = [.. Interners(reference).Select(i => i.Count)];
        Engine = new MonitoringEngine(reference, options, model, this) { PlaceInput = this };
        _factory = new AlertFactory(reference, this, Engine.Clock.UtcOffset);
    }

    /// <summary>The engine.</summary>
    public MonitoringEngine Engine { get; }

    /// <summary>Owned entities' alerts so far.</summary>
    public IReadOnlyList<ShardAlert> Alerts => _alerts;

    /// <summary>Interns identifiers in the stream's order of first appearance.</summary>
    public void Intern(IEnumerable<WireKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var k in keys)
        {
            _ = k.Kind switch
            {
                WireKeyKind.Account => _reference.InternAccount(k.Key),
                WireKeyKind.Phone => _reference.InternPhone(k.Key),
                WireKeyKind.Device => _reference.Devices.Intern(k.Key),
                WireKeyKind.Ip => _reference.Ips.Intern(k.Key),
                WireKeyKind.Cell => _reference.Cells.Intern(k.Key),
                _ => throw new InvalidOperationException("a key of no kind"),
            };
        }
    }

    /// <summary>Takes one event of the stream (routed here because it changes an owned entity's state).</summary>
    public void Process(ShardEvent shardEvent)
    {
        ArgumentNullException.ThrowIfNull(shardEvent);
        var w = shardEvent.Event;
        var sequence = shardEvent.Sequence;
        if (w.Kind == WireKind.Transaction && w.Value <= 0)
        {
            if (shardEvent.Primary)
            {
                _invalid++;
                Reject(sequence, w.Id, w.UnixSeconds, "amount is not positive");
            }

            return;
        }

        if (!ToEngine(w, sequence, out var e))
        {
            return;
        }

        if (shardEvent.Places is { } places)
        {
            _places[sequence] = places;
        }

        Remember(sequence, new Seen(w.Id, e.Time, e.Tiebreak, e.IdHash, e.Source, shardEvent.Primary));
        var before = Engine.Counters;
        Engine.Submit(in e);
        if (shardEvent.Primary)
        {
            var after = Engine.Counters;
            _received++;
            _duplicates += after.Duplicates - before.Duplicates;
            _lateApplied += after.LateApplied - before.LateApplied;
            _lateRejected += after.LateRejected - before.LateRejected;
            _expired += after.Expired - before.Expired;
            _outOfRange += after.OutOfRange - before.OutOfRange;
        }
    }

    /// <summary>The engine's form of <paramref name="w"/> (identifiers interned); false for a kind the engine does not take.</summary>
    private bool ToEngine(WireEvent w, long sequence, out EngineEvent e)
    {
        switch (w.Kind)
        {
            case WireKind.Transaction:
                e = EngineEvent.Transaction(w.UnixSeconds, _reference.InternAccount(w.A), _reference.InternAccount(w.B), w.Value, (Channel)w.Sub,
                    EventIdHash.Of(EventKind.Transaction, w.Id), EventIdHash.TrailingNumber(w.Id), sequence);
                return true;
            case WireKind.Call:
                e = EngineEvent.Call(w.UnixSeconds, _reference.InternPhone(w.A), _reference.InternPhone(w.B), (int)Math.Clamp(w.Value, 0, int.MaxValue),
                    w.Device is { } cd ? _reference.Devices.Intern(cd) : -1, w.Place is { Length: > 0 } cc ? _reference.Cells.Intern(cc) : -1,
                    EventIdHash.Of(EventKind.Call, w.Id), EventIdHash.TrailingNumber(w.Id), sequence);
                return true;
            case WireKind.Sms:
                e = EngineEvent.Sms(w.UnixSeconds, _reference.InternPhone(w.B), _reference.InternPhone(w.A), (SmsKind)w.Sub,
                    w.Device is { } sd ? _reference.Devices.Intern(sd) : -1, w.Place is { Length: > 0 } sc ? _reference.Cells.Intern(sc) : -1,
                    EventIdHash.Of(EventKind.Sms, w.Id), EventIdHash.TrailingNumber(w.Id), sequence);
                return true;
            case WireKind.Login:
                e = EngineEvent.Login(w.UnixSeconds, _reference.InternAccount(w.A), _reference.Devices.Intern(w.Device ?? string.Empty),
                    w.Place is { } ip ? _reference.Ips.Intern(ip) : -1, EventIdHash.Of(EventKind.Login, w.Id), EventIdHash.TrailingNumber(w.Id), sequence);
                return true;
            default:
                e = default;
                return false;
        }
    }

    /// <summary>Ends the input and returns the owned entities' scores.</summary>
    public ShardScore[] Finish()
    {
        Engine.Flush();
        return [.. ScoreTable.Build(Engine, _owned)
            .Where(r => Owns(r.Id))
            .Select(r => new ShardScore((byte)r.Kind, r.Id, r.Risk, r.RiskAtEnd, r.PeakAt, r.Alerts, r.FirstAlertAt, [.. r.TopIndicators]))];
    }

    /// <summary>Rejected primary events so far.</summary>
    public IReadOnlyList<ShardRejected> Rejected => _rejected;

    /// <summary>What happened to the primary events so far.</summary>
    public ShardCounters Counters => new(_received, _duplicates, _lateApplied, _lateRejected, _expired, _outOfRange, _invalid);

    /// <inheritdoc />
    public string? IdOf(long sequence) => _seen.TryGetValue(sequence, out var s) ? s.Id : null;

    /// <inheritdoc />
    void IAlertSink.OnAlert(AlertDraft alert)
    {
        var key = alert.Kind == ScoredKind.Phone ? _reference.Phones.KeyOf(alert.Entity) : _reference.Accounts.KeyOf(alert.Entity);
        if (!Owns(key))
        {
            // A counterparty's partial state here; its own shard has all of its events.
            return;
        }

        var a = _factory.Create(alert, _owned.Count + 1);
        _owned.Add(a);
        var trigger = _seen.GetValueOrDefault(alert.TriggerSequence);
        var role = PushRole(alert, key) ?? (byte)(trigger is not null && trigger.Source != alert.Entity ? 1 : 0);
        _alerts.Add(new ShardAlert(trigger?.Time ?? 0, trigger?.Tiebreak ?? 0, trigger?.IdHash ?? 0, role, _alerts.Count,
            JsonSerializer.Serialize(a, MonitorGrain.LineJson), FactDevice(alert)));
    }

    /// <inheritdoc />
    void IAlertSink.OnRejected(in EngineEvent e, RejectReason reason)
    {
        if (_seen.TryGetValue(e.Sequence, out var s) && s.Primary)
        {
            Reject(e.Sequence, s.Id, e.Time, reason switch
            {
                RejectReason.Late => "late beyond the allowed lateness (policy: reject)",
                RejectReason.Expired => "older than the de-duplication retention behind the watermark",
                _ => "time outside 2000-01-01..2067-12-31",
            });
        }
    }

    private bool Owns(string key) => ShardRouter.ShardOf(key, _shards) == _shard;

    private void Remember(long sequence, Seen seen)
    {
        _seen[sequence] = seen;
        _seenOrder.Enqueue(sequence);
        if (_seenOrder.Count > RetainedEventIds)
        {
            _seen.Remove(_seenOrder.Dequeue());
        }
    }

    /// <summary>A line of <c>rejected.csv</c> as <see cref="MonitorSession"/> writes it.</summary>
    private void Reject(long sequence, string id, long unixTime, string reason)
    {
        var time = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unixTime, -62135596800, 253402300799)).ToOffset(Engine.Clock.UtcOffset)
            .ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture);
        _rejected.Add(new ShardRejected(sequence, Field(id) + "," + time + "," + Field(reason)));
    }

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>What the shard remembers of an event it took.</summary>
    private sealed record Seen(string Id, long Time, ulong Tiebreak, ulong IdHash, int Source, bool Primary);
}
