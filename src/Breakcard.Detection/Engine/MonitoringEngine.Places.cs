using Breakcard.Detection.Indicators;
using Breakcard.Detection.Internal;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Engine;

/// <content>
/// Places — devices, IP addresses, cells — as a stage of their own (ADR 0177, 0188). The engine
/// keeps them in its own stores; a sharded host instead lets the shards owning the places count
/// (<c>Place…</c> methods) and gives each entity's shard the counts (<see cref="PlaceInput"/> or the
/// <c>Apply…</c> entry points) and the pushes (<see cref="ApplyPush"/>). Single-process results do
/// not change: both paths run the same code on the same state.
/// </content>
public sealed partial class MonitoringEngine
{
    private IPlaceInput? _placeInput;
    private PlaceCounts _given;
    private bool _hasGiven;

    /// <summary>
    /// Where logins, calls and SMS take their place counts from when the engine applies them (null:
    /// the engine's own device, IP and cell stores). Set by a shard host before the first event.
    /// </summary>
    public IPlaceInput? PlaceInput
    {
        get => _placeInput;
        set => _placeInput = value;
    }

    /// <summary>Applies login <paramref name="e"/> now (for a host that releases events in engine order itself) with the place counts given.</summary>
    public void ApplyLogin(in EngineEvent e, in PlaceCounts counts) => ApplyCounted(in e, in counts, EventKind.Login);

    /// <summary>Applies call <paramref name="e"/> now with the place counts given.</summary>
    public void ApplyCall(in EngineEvent e, in PlaceCounts counts) => ApplyCounted(in e, in counts, EventKind.Call);

    /// <summary>Applies SMS <paramref name="e"/> now with the place counts given.</summary>
    public void ApplySms(in EngineEvent e, in PlaceCounts counts) => ApplyCounted(in e, in counts, EventKind.Sms);

    /// <summary>
    /// Raises <paramref name="indicator"/> on an entity a place served before to
    /// <paramref name="strength"/>, as the engine does right after <paramref name="trigger"/> (the
    /// event that pushed it, logged as related evidence and named as the alert's trigger), and
    /// re-scores the entity (which may alert).
    /// </summary>
    public void ApplyPush(ScoredKind kind, int entity, IndicatorId indicator, byte strength, in EngineEvent trigger)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entity);
        _pushes.Enqueue(new Push(kind, entity, indicator, strength));
        RunPushes(in trigger, EngineTime.ToStored(Math.Max(trigger.Time, _frontier)));
    }

    /// <summary>
    /// The device side of login <paramref name="e"/> on this engine's device store: records the
    /// account's holder (and the device's owner) and returns the device's distinct holders; the
    /// accounts the device served before that now get SHARED_DEVICE are added to <paramref name="pushes"/>.
    /// Returns 0 for a login without an account or device, or of a cash point.
    /// </summary>
    public int PlaceLoginDevice(in EngineEvent e, List<PlacePush> pushes)
    {
        ArgumentNullException.ThrowIfNull(pushes);
        if (!PlaceAccount(in e, out var profile) || e.Target < 0)
        {
            return 0;
        }

        var holders = LoginDevice(e.Target, e.Source, in profile, _reference.DeviceOwner(e.Target), EngineTime.ToStored(e.Time));
        DrainPushes(pushes);
        return holders;
    }

    /// <summary>The IP side of login <paramref name="e"/> on this engine's IP store: the address's distinct holders (0 without one).</summary>
    public int PlaceLoginIp(in EngineEvent e) =>
        PlaceAccount(in e, out var profile) && e.Cell >= 0 ? LoginIp(e.Cell, e.Source, in profile, EngineTime.ToStored(e.Time)) : 0;

    /// <summary>
    /// The device side of call or SMS <paramref name="e"/> (its caller or receiver) on this engine's
    /// device store: the device's distinct SIMs; the SIMs it held before that now get SIM_CLUSTER are
    /// added to <paramref name="pushes"/>. Returns 0 without a SIM or device.
    /// </summary>
    public int PlaceSim(in EngineEvent e, List<PlacePush> pushes)
    {
        ArgumentNullException.ThrowIfNull(pushes);
        if (e.Kind is not (EventKind.Call or EventKind.Sms) || e.Source < 0 || e.Device < 0)
        {
            return 0;
        }

        var sims = SimInDevice(e.Source, e.Device, EngineTime.ToStored(e.Time));
        DrainPushes(pushes);
        return sims;
    }

    /// <summary>
    /// The cell side of call <paramref name="e"/> on this engine's cell store: records the caller if
    /// this call <paramref name="crossed"/> its heavy mark today and returns the cell's heavy SIMs
    /// today if the caller is <paramref name="heavy"/>, else 0 (see <see cref="CallerDay"/>).
    /// </summary>
    public int PlaceCell(in EngineEvent e, bool crossed, bool heavy) =>
        e.Kind == EventKind.Call && e.Source >= 0 && e.Cell >= 0
            ? CellHeavy(e.Cell, _clock.LocalDay(EngineTime.ToStored(e.Time)), e.Source, crossed, heavy)
            : 0;

    /// <summary>The distinct holders and SIMs <paramref name="device"/> holds in its window on this engine's device store (what alerts' facts read).</summary>
    public (int Holders, int Sims) PlaceDeviceCounts(int device) => (DeviceHolders(device), DeviceSims(device));

    private void ApplyCounted(in EngineEvent e, in PlaceCounts counts, EventKind kind)
    {
        if (e.Kind != kind)
        {
            throw new ArgumentException($"a {e.Kind} event given to the {kind} entry point", nameof(e));
        }

        if (!EngineTime.InRange(e.Time))
        {
            throw new ArgumentOutOfRangeException(nameof(e), "event time outside the engine's range");
        }

        _given = counts;
        _hasGiven = true;
        try
        {
            Apply(in e, Math.Max(e.Time, _frontier));
        }
        finally
        {
            _hasGiven = false;
        }
    }

    /// <summary>The counts a host gives for <paramref name="e"/>, if any (false: count on the engine's own stores).</summary>
    private bool TakeCounts(in EngineEvent e, out PlaceCounts counts)
    {
        if (_hasGiven)
        {
            counts = _given;
            return true;
        }

        if (_placeInput is { } input)
        {
            return input.TryTake(in e, out counts);
        }

        counts = default;
        return false;
    }

    private void EnqueuePushes(PlacePush[]? pushes)
    {
        if (pushes is null)
        {
            return;
        }

        foreach (var p in pushes)
        {
            _pushes.Enqueue(new Push(p.Kind, p.Entity, p.Indicator, p.Strength));
        }
    }

    private void DrainPushes(List<PlacePush> into)
    {
        while (_pushes.Count > 0)
        {
            var p = _pushes.Dequeue();
            into.Add(new PlacePush(p.Kind, p.Entity, p.Indicator, p.Strength));
        }
    }

    private bool PlaceAccount(in EngineEvent e, out AccountProfile profile)
    {
        profile = default;
        if (e.Kind != EventKind.Login || e.Source < 0)
        {
            return false;
        }

        profile = _reference.Account(e.Source);
        return (profile.Flags & AccountFlags.Cash) == 0;
    }

    /// <summary>The device side of a login: the account's holder (and the device's owner) into the device's window; pushes when the holders grew.</summary>
    private int LoginDevice(int device, int account, in AccountProfile profile, int owner, int now)
    {
        ref var d = ref _devices[device];
        Rotate(ref d, now / _deviceHalfSeconds);
        var before = Sketch.AtLeast(d.HoldersNow | d.HoldersPrev);
        Sketch.Add(ref d.HoldersNow, HolderKey(account, in profile));
        if (owner >= 0)
        {
            Sketch.Add(ref d.HoldersNow, owner);
        }

        var holders = Sketch.AtLeast(d.HoldersNow | d.HoldersPrev);
        PushSharedDevice(ref d, account, before, holders);
        return holders;
    }

    /// <summary>The IP side of a login: the account's holder into the address's window.</summary>
    private int LoginIp(int ip, int account, in AccountProfile profile, int now)
    {
        ref var s = ref _ips[ip];
        Rotate(ref s, now / _ipHalfSeconds);
        Sketch.Add(ref s.HoldersNow, HolderKey(account, in profile));
        return Sketch.AtLeast(s.HoldersNow | s.HoldersPrev);
    }

    /// <summary>The cell side of a call: a new day empties the cell; a caller that just crossed its heavy mark is recorded.</summary>
    private int CellHeavy(int cell, int day, int caller, bool crossed, bool heavy)
    {
        ref var c = ref _cells[cell];
        if (c.Day != day)
        {
            c.Day = day;
            c.HeavySims = 0;
        }

        if (crossed)
        {
            Sketch.Add(ref c.HeavySims, caller);
        }

        return heavy ? Sketch.AtLeast(c.HeavySims) : 0;
    }

    /// <summary>Who a device or IP counts for an account: its holder, or the account itself when no holder is known.</summary>
    private static int HolderKey(int account, in AccountProfile profile) => profile.Holder >= 0 ? profile.Holder : -2 - account;
}
