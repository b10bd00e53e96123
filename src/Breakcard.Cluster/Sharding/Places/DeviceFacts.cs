using Breakcard.Detection.Alerts;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The gateway's memory of device counts for the SHARED_DEVICE and SIM_CLUSTER facts of alerts
/// (ADR 0188, 0201, 0266). An entity shard raises such an alert from its own partial place stores,
/// so the value the alert shows is the device's count after the last release at or before the
/// trigger's that touched it — which only the place stage saw. The shards report each batch's
/// alerts that name a device with every round's answer (<see cref="ShardFact"/>); the gateway
/// resolves them while the batch is in progress and, once every shard has applied the batch,
/// keeps only each device's last point: no alert still to come can read an earlier one, because
/// every later alert's trigger is released after it. Memory: one point per device of the stream,
/// plus the batch in progress, plus one resolved fact per such alert — not one point per event.
/// Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note (ADR 0411): devices by the engine index the gateway's key log gave them
/// (<see cref="EventRefs.Device"/>), in the single engine's per-entity store
/// (<see cref="ShardedStore{T}"/>, one shard, slots by index), as the single engine keeps its
/// devices' counts. Keyed by the device's text (a string hash and compare per released login,
/// call and SMS, and an object and a list per device) this was ≈ 0.2 µs per event in the profile
/// (ADR 0397, 0403). The batch's points are one list, each device's a chain through it; a
/// shard's fact names its device by text or token, turned into the index once per alert.
/// </remarks>
/// <param name="names">The gateway's names, for a shard's fact naming its device by text or token.</param>
/// <param name="devices">Devices numbered already (the entity files'): the store's first size, as the single engine sizes its own.</param>
internal sealed class DeviceFacts(GatewayNames names, int devices = 0)
{
    // By device index: its last settled point and the first and last of its points in _points.
    private readonly ShardedStore<Device> _devices = new(1, Device.Empty, devices);

    // The batch in progress: every point, in release order, and the devices it touched.
    private readonly List<BatchPoint> _points = [];
    private readonly List<int> _touched = [];

    // Per alert (shard, ordinal among that shard's alerts), the point it reads; Release -1: none.
    private readonly Dictionary<(int Shard, int Ordinal), FactPoint> _resolved = [];
    private int _settled;

    /// <summary>Device points held (settled and of the batch in progress).</summary>
    public int Points => _settled + _points.Count;

    /// <summary>Alert facts resolved so far (one per alert naming a device).</summary>
    public int Resolved => _resolved.Count;

    /// <summary>Records the counts of device <paramref name="device"/> (its index) after release <paramref name="release"/> (in release order).</summary>
    public void Add(int device, long release, int holders, int sims)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(device);
        ref var d = ref _devices[device];
        var at = _points.Count;
        _points.Add(new BatchPoint(new FactPoint(release, holders, sims), -1));
        if (d.Last < 0)
        {
            _touched.Add(device);
            d.First = at;
        }
        else
        {
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_points)[d.Last].Next = at;
        }

        d.Last = at;
    }

    /// <summary>
    /// Resolves shard <paramref name="shard"/>'s <paramref name="facts"/> (its alerts of the batch in
    /// progress, or of an earlier batch again after a replay: those are already resolved and kept).
    /// </summary>
    /// <exception cref="InvalidOperationException">A fact of a release whose points were already dropped, never reported while its batch was in progress.</exception>
    public void Take(int shard, IReadOnlyList<ShardFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var f in facts)
        {
            if (_resolved.ContainsKey((shard, f.Ordinal)))
            {
                // Replay after a failover raises the same alert again (deterministic): resolved before.
                continue;
            }

            _resolved[(shard, f.Ordinal)] = PointAt(names.DeviceIndex(f.Device), f.Release) ?? throw new InvalidOperationException(
                $"shard {shard} reported alert {f.Ordinal} (release {f.Release}) after its batch ended; the device counts it reads are gone (a shard did not report its batch's alerts)");
        }
    }

    /// <summary>Ends the batch in progress (every shard has applied it): keeps only each device's last point.</summary>
    public void Settle()
    {
        var points = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_points);
        foreach (var device in _touched)
        {
            ref var d = ref _devices[device];
            if (d.Settled.Release < 0)
            {
                _settled++;
            }

            d.Settled = points[d.Last].Point;
            (d.First, d.Last) = (-1, -1);
        }

        _touched.Clear();
        _points.Clear();
    }

    /// <summary>
    /// <paramref name="alert"/> (shard <paramref name="shard"/>'s alert <paramref name="ordinal"/>,
    /// whose fact reads <paramref name="device"/>, if any) with its SHARED_DEVICE or SIM_CLUSTER
    /// value as its device held it after the trigger's release.
    /// </summary>
    /// <exception cref="InvalidOperationException">The alert names a device but was never reported (a protocol fault).</exception>
    public Alert Apply(int shard, int ordinal, string? device, Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (device is null)
        {
            return alert;
        }

        if (!_resolved.TryGetValue((shard, ordinal), out var point))
        {
            throw new InvalidOperationException($"shard {shard}'s alert {ordinal} names a device, but the shard never reported it with its batch");
        }

        if (point.Release < 0)
        {
            return alert;
        }

        var phone = alert.EntityKind == AlertFactory.KindText(ScoredKind.Phone);
        var code = phone ? "SIM_CLUSTER" : "SHARED_DEVICE";
        long value = phone ? point.Sims : point.Holders;
        return alert with { Reasons = [.. alert.Reasons.Select(r => r.Code == code ? r with { Value = value } : r)] };
    }

    /// <summary>
    /// The device's last point at or before <paramref name="release"/>, or none (Release -1, also
    /// for a device the stream never counted: index -1); null when that point was dropped (the
    /// device's settled point is later than the release).
    /// </summary>
    private FactPoint? PointAt(int device, long release)
    {
        if (device < 0)
        {
            return FactPoint.None;
        }

        ref readonly var d = ref _devices.Peek(device);
        var points = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_points);
        FactPoint? found = null;
        // The device's points of the batch, in release order (a walk: once per alert, not per event).
        for (var i = d.First; d.Last >= 0 && i >= 0 && points[i].Point.Release <= release; i = points[i].Next)
        {
            found = points[i].Point;
        }

        if (found is not null)
        {
            return found;
        }

        // Settled points precede every point of the batch in progress, and the settled one is the
        // device's last before it: right for any later release, gone for an earlier one.
        return d.Settled.Release < 0 || d.Settled.Release <= release ? d.Settled : null;
    }

    /// <summary>One device: its last settled point (Release -1 before any) and its first and last point of the batch in progress (-1: none).</summary>
    private struct Device
    {
        public FactPoint Settled;
        public int First;
        public int Last;

        public static Device Empty => new() { Settled = FactPoint.None, First = -1, Last = -1 };
    }

    /// <summary>A point of the batch in progress and the index of its device's next one (-1: none).</summary>
    private struct BatchPoint(FactPoint point, int next)
    {
        public readonly FactPoint Point = point;
        public int Next = next;
    }

    /// <summary>A device's counts after one release that touched it.</summary>
    private readonly record struct FactPoint(long Release, int Holders, int Sims)
    {
        public static FactPoint None => new(-1, 0, 0);
    }
}
