using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// The place stage on a shard (ADR 0188). As a place shard it applies the released logins, calls
/// and SMS naming its devices, IPs and cells to its engine's place stores and answers the counts;
/// as an entity shard it keeps the counts each event arrived with until its engine applies the
/// event (<see cref="IPlaceInput"/>), hands the engine the pushes to entities it owns, and orders
/// the alerts those pushes raise by their position in the device's push list.
/// </content>
public sealed partial class ShardSession
{
    // Counts of events taken but not yet applied by the engine (it holds events behind its watermark).
    private readonly Dictionary<long, ShardPlaces> _places = [];
    private readonly List<PlacePush> _pushBuffer = [];
    private long _pushSequence = -1;
    private PlacePushed[]? _pushList;

    /// <summary>Applies a place round: each item's parts, in order, on this shard's place stores; the counts per item.</summary>
    public PlaceResult[] Place(IReadOnlyList<PlaceItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var results = new PlaceResult[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!ToEngine(item.Event, item.Sequence, out var e))
            {
                throw new InvalidOperationException($"event {item.Sequence} has no places");
            }

            e.Time = item.ProcessTime;
            int device = 0, place = 0, holders = 0, sims = 0;
            PlacePushed[]? pushes = null;
            if ((item.Parts & PlaceParts.Device) != 0)
            {
                _pushBuffer.Clear();
                device = e.Kind == EventKind.Login ? Engine.PlaceLoginDevice(in e, _pushBuffer) : Engine.PlaceSim(in e, _pushBuffer);
                (holders, sims) = Engine.PlaceDeviceCounts(e.Kind == EventKind.Login ? e.Target : e.Device);
                pushes = _pushBuffer.Count == 0 ? null : [.. _pushBuffer.Select(p => new PlacePushed((byte)p.Kind, KeyOf(p.Kind, p.Entity), (byte)p.Indicator, p.Strength))];
            }

            if ((item.Parts & PlaceParts.Ip) != 0)
            {
                place = Engine.PlaceLoginIp(in e);
            }

            if ((item.Parts & PlaceParts.Cell) != 0)
            {
                place = Engine.PlaceCell(in e, item.Crossed, item.Heavy);
            }

            results[i] = new PlaceResult(item.Sequence, item.Parts, device, place, holders, sims, pushes);
        }

        return results;
    }

    /// <inheritdoc />
    bool IPlaceInput.TryTake(in EngineEvent e, out PlaceCounts counts)
    {
        if (!_places.Remove(e.Sequence, out var p))
        {
            // Not from a place stage (a session fed directly): the engine counts on its own stores.
            counts = default;
            return false;
        }

        PlacePush[]? owned = null;
        if (p.Pushes is { Length: > 0 } all)
        {
            owned = [.. all.Where(x => Owns(x.Key)).Select(x => new PlacePush((ScoredKind)x.Kind, IndexOf((ScoredKind)x.Kind, x.Key), (IndicatorId)x.Indicator, x.Strength))];
        }

        _pushSequence = e.Sequence;
        _pushList = p.Pushes;
        counts = new PlaceCounts(p.DeviceHolders, p.IpHolders, p.SimsInDevice, p.HeavyInCell, owned is { Length: > 0 } ? owned : null);
        return true;
    }

    /// <summary>2 + the entity's position in its trigger's push list when the alert was raised by a place push (the engine applies pushes in that order), else null.</summary>
    private byte? PushRole(AlertDraft alert, string key)
    {
        if (alert.TriggerSequence != _pushSequence || _pushList is null)
        {
            return null;
        }

        for (var i = 0; i < _pushList.Length; i++)
        {
            if (_pushList[i].Kind == (byte)alert.Kind && string.Equals(_pushList[i].Key, key, StringComparison.Ordinal))
            {
                return (byte)Math.Min(2 + i, byte.MaxValue);
            }
        }

        return null;
    }

    /// <summary>The device whose count the alert's SHARED_DEVICE or SIM_CLUSTER reason shows (the merge reads it from the place stage), or null.</summary>
    private string? FactDevice(AlertDraft alert)
    {
        var indicator = alert.Kind == ScoredKind.Phone ? IndicatorId.SimCluster : IndicatorId.SharedDevice;
        if (!alert.Contributions.Any(c => c.Indicator == indicator))
        {
            return null;
        }

        var device = alert.Kind == ScoredKind.Phone ? Engine.Phones[alert.Entity].LastDevice : Engine.Accounts[alert.Entity].LastDevice;
        return device >= 0 ? _reference.Devices.KeyOf(device) : null;
    }

    private string KeyOf(ScoredKind kind, int entity) => kind == ScoredKind.Phone ? _reference.Phones.KeyOf(entity) : _reference.Accounts.KeyOf(entity);

    private int IndexOf(ScoredKind kind, string key) => kind == ScoredKind.Phone ? _reference.InternPhone(key) : _reference.InternAccount(key);

    private void WritePlaces(BinaryWriter writer)
    {
        writer.Write(_places.Count);
        foreach (var (sequence, p) in _places)
        {
            writer.Write(sequence);
            writer.Write(p.DeviceHolders);
            writer.Write(p.IpHolders);
            writer.Write(p.SimsInDevice);
            writer.Write(p.HeavyInCell);
            writer.Write(p.Pushes?.Length ?? -1);
            foreach (var x in p.Pushes ?? [])
            {
                writer.Write(x.Kind);
                writer.Write(x.Key);
                writer.Write(x.Indicator);
                writer.Write(x.Strength);
            }
        }
    }

    private void ReadPlaces(BinaryReader reader)
    {
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            var sequence = reader.ReadInt64();
            int device = reader.ReadInt32(), ip = reader.ReadInt32(), sims = reader.ReadInt32(), heavy = reader.ReadInt32();
            var count = reader.ReadInt32();
            PlacePushed[]? pushes = count < 0 ? null : new PlacePushed[count];
            for (var i = 0; i < count; i++)
            {
                pushes![i] = new PlacePushed(reader.ReadByte(), reader.ReadString(), reader.ReadByte(), reader.ReadByte());
            }

            _places[sequence] = new ShardPlaces(device, ip, sims, heavy, pushes);
        }
    }
}
