using Breakcard.Cluster.Grains;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// The place stage on a shard (ADR 0188). As a place shard it applies the released logins, calls
/// and SMS naming its devices, IPs and cells to its engine's place stores and answers the counts;
/// as an entity shard it gives its engine the counts each item arrived with when the engine applies
/// it (<see cref="IPlaceInput"/>), with the pushes to entities it owns, and orders the alerts those
/// pushes raise by their position in the device's push list (ADR 0201).
/// </content>
public sealed partial class ShardSession
{
    // Counts of the item being applied and its sequence, until the engine takes them (null between
    // items). One slot, not a map by sequence (ADR 0418): a shard applies one item at a time and
    // its engine asks only for the event it is applying, once.
    private ShardPlaces? _placing;
    private long _placingSequence = -1;
    private readonly List<PlacePush> _pushBuffer = [];
    private long _pushSequence = -1;
    private PlacePushed[]? _pushList;

    // The last round's results, reused (ADR 0394).
    private readonly List<PlaceResult> _results = [];

    /// <summary>
    /// Applies a place round: each item's parts, in order, on this shard's place stores; the counts
    /// per item, in the shard's own list, valid until the next call (the grain packs it and the
    /// in-process run reads it before that).
    /// </summary>
    public IReadOnlyList<PlaceResult> Place(IReadOnlyList<PlaceItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _results.Clear();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var e = ToPlaceEngine(item);
            int device = 0, place = 0, holders = 0, sims = 0;
            PlacePushed[]? pushes = null;
            if ((item.Parts & PlaceParts.Device) != 0)
            {
                _pushBuffer.Clear();
                device = e.Kind == EventKind.Login ? Engine.PlaceLoginDevice(in e, _pushBuffer) : Engine.PlaceSim(in e, _pushBuffer);
                (holders, sims) = Engine.PlaceDeviceCounts(e.Kind == EventKind.Login ? e.Target : e.Device);
                pushes = _pushBuffer.Count == 0 ? null : [.. _pushBuffer.Select(p => new PlacePushed((byte)p.Kind, p.Entity, (byte)p.Indicator, p.Strength))];
            }

            if ((item.Parts & PlaceParts.Ip) != 0)
            {
                place = Engine.PlaceLoginIp(in e);
            }

            if ((item.Parts & PlaceParts.Cell) != 0)
            {
                place = Engine.PlaceCell(in e, item.Crossed, item.Heavy);
            }

            _results.Add(new PlaceResult(item.Sequence, item.Parts, device, place, holders, sims, pushes));
        }

        return _results;
    }

    /// <inheritdoc />
    bool IPlaceInput.TryTake(in EngineEvent e, out PlaceCounts counts)
    {
        if (_placing is not { } p || _placingSequence != e.Sequence)
        {
            // Not from a place stage (a session fed directly): the engine counts on its own stores.
            counts = default;
            return false;
        }

        _placing = null;
        PlacePush[]? owned = null;
        if (p.Pushes is { Length: > 0 } all)
        {
            owned = [.. all.Where(x => Owns((ScoredKind)x.Kind, x.Entity)).Select(x => new PlacePush((ScoredKind)x.Kind, x.Entity, (IndicatorId)x.Indicator, x.Strength))];
        }

        _pushSequence = e.Sequence;
        _pushList = p.Pushes;
        counts = new PlaceCounts(p.DeviceHolders, p.IpHolders, p.SimsInDevice, p.HeavyInCell, owned is { Length: > 0 } ? owned : null);
        return true;
    }

    /// <summary>
    /// The step of an alert raised after a whole event's own application, in the engine's order
    /// (ADR 0201, 0330, 0338, 0361), from what the engine was running when it raised it
    /// (<see cref="MonitoringEngine.FollowUp"/>): the own application keeps the item's step; then a
    /// relayed code's push (queued in the SMS's own application, so before every place push); then
    /// each place push at its receiver's position in the device's push list; then linked risk, which
    /// the engine passes on after every push, holder by holder in the order they were raised — by
    /// the own application first, then by the relay push, then by the place pushes in list order —
    /// and then, generation by generation, the holders raised again while their own risk was passed
    /// on, each after every holder queued before it. An alert of a trigger's own entity can come in
    /// any stage (a number that alerts only once its holder's other card passes risk on). A transfer
    /// side's follow-ups keep their own steps (<see cref="AlertStep.DebitFollowUps"/>, only whole
    /// events push), two more per generation. Null: the item's step.
    /// </summary>
    /// <remarks>
    /// Implementation note: the slot of a linked pass is (generation, raiser) with raiser 0 for the
    /// own application, 1 for the relay push and 2 + i for place push i. Every holder raised in one
    /// slot lives on one shard (a re-raise is of the holder being passed on, and holder affinity puts
    /// a holder on one shard), so the shard's own order sorts a slot. The step is a long: n is at most
    /// a device's remembered entities and each generation needs a rise of a holder's risk, so no
    /// count saturates it, and an overflow would throw (checked) rather than misorder.
    /// </remarks>
    private long? PushStep(AlertDraft alert)
    {
        var f = Engine.FollowUp;
        if (f.Stage == FollowUpStage.Own)
        {
            return null;
        }

        if (_step != AlertStep.Whole)
        {
            // A split transfer's sides each raise one holder (the payer's, the payee's), passed on
            // debit first; a holder raised again in its pass waits behind the other side's.
            return f.Stage == FollowUpStage.Linked ? checked(_step + (2L * f.Generation)) : null;
        }

        // The place list is this event's only when the engine took this item's counts.
        var list = alert.TriggerSequence == _pushSequence ? _pushList : null;
        var n = list?.Length ?? 0;
        switch (f.Stage)
        {
            case FollowUpStage.Relay:
                return AlertStep.OfPush(0);
            case FollowUpStage.Push:
                var i = PushIndex(list, f.Kind, f.Entity);
                return i < 0 ? null : AlertStep.OfPush(1 + i);
            case FollowUpStage.Linked:
                var raiser = f.RaisedIn switch
                {
                    FollowUpStage.Own => 0,
                    FollowUpStage.Relay => 1,
                    _ => PushIndex(list, f.Kind, f.Entity) is var p and >= 0 ? 2 + p : -1,
                };
                return raiser < 0 ? null : AlertStep.OfPush(1 + n + ((long)f.Generation * (n + 2)) + raiser);
            default:
                return null;
        }
    }

    private static int PushIndex(PlacePushed[]? list, ScoredKind kind, int entity)
    {
        for (var i = 0; i < (list?.Length ?? 0); i++)
        {
            if (list![i].Kind == (byte)kind && list[i].Entity == entity)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The device whose count the alert's SHARED_DEVICE or SIM_CLUSTER reason shows (the merge reads it from the place stage), or null.</summary>
    private string? FactDevice(AlertDraft alert)
    {
        var indicator = alert.Kind == ScoredKind.Phone ? IndicatorId.SimCluster : IndicatorId.SharedDevice;
        if (!alert.Contributions.Any(c => c.Indicator == indicator))
        {
            return null;
        }

        var device = alert.Kind == ScoredKind.Phone ? Engine.Phones.Peek(alert.Entity).LastDevice : Engine.Accounts.Peek(alert.Entity).LastDevice;
        // A device first seen in the stream is numbered here without its text: the gateway names it (ADR 0358).
        return device < 0 ? null : _reference.Devices.TryKeyOf(device, out var key) ? key : DeferredName.Of(DeferredName.Device, device);
    }

    /// <summary>
    /// The engine event of a place item: what the place stores read (kind, time, the counted entity,
    /// device, IP or cell), by the indexes the gateway gave them (ADR 0247); the other party and the
    /// id hash are not read by the place stores and are left out (ADR 0220).
    /// </summary>
    private EngineEvent ToPlaceEngine(PlaceItem item)
    {
        var places = item.Kind == WireKind.Login ? _reference.Ips.Count : _reference.Cells.Count;
        if (!Known(item.Kind == WireKind.Login ? ScoredKind.Account : ScoredKind.Phone, item.Source) || item.Device >= _reference.Devices.Count || item.Place >= places)
        {
            throw new InvalidDataException($"shard {_shard} was sent place item {item.Sequence} naming an identifier index no batch announced to it");
        }

        return item.Kind switch
        {
            WireKind.Login => EngineEvent.Login(item.ProcessTime, item.Source, item.Device, item.Place, 0, 0, item.Sequence),
            WireKind.Call => EngineEvent.Call(item.ProcessTime, item.Source, -1, 0, item.Device, item.Place, 0, 0, item.Sequence),
            WireKind.Sms => EngineEvent.Sms(item.ProcessTime, item.Source, -1, default, item.Device, item.Place, 0, 0, item.Sequence),
            _ => throw new InvalidOperationException($"event {item.Sequence} has no places"),
        };
    }
}
