using System.Runtime.InteropServices;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The gateway's memory of device counts for the SHARED_DEVICE and SIM_CLUSTER facts of alerts
/// (ADR 0188, 0201, 0266). An entity shard raises such an alert from its own partial place stores,
/// so the value the alert shows is the device's count after the last release at or before the
/// trigger's that touched it — which only the place stage saw. The shards report each batch's
/// alerts that name a device with every round's answer (<see cref="ShardFact"/>); the gateway
/// resolves them while the batch is in progress and, once every shard has applied the batch,
/// keeps only each device's last point: no alert still to come can read an earlier one, because
/// every later alert's trigger is released after it. Memory: one point per device touched, plus
/// the batch in progress, plus one resolved fact per such alert — not one point per event.
/// Not thread safe.
/// </summary>
internal sealed class DeviceFacts(GatewayNames names)
{
    private const int MaxKeptCapacity = 16;

    // One entry per device ever touched, reused from batch to batch: an entry allocated per device
    // and batch showed in the profile as garbage-collection time (ADR 0267).
    private readonly Dictionary<string, Device> _devices = new(StringComparer.Ordinal);

    // The devices touched by the batch in progress.
    private readonly List<Device> _touched = [];

    // Per alert (shard, ordinal among that shard's alerts), the point it reads; Release -1: none.
    private readonly Dictionary<(int Shard, int Ordinal), FactPoint> _resolved = [];
    private int _settled;
    private int _batchPoints;

    /// <summary>Device points held (settled and of the batch in progress).</summary>
    public int Points => _settled + _batchPoints;

    /// <summary>Alert facts resolved so far (one per alert naming a device).</summary>
    public int Resolved => _resolved.Count;

    /// <summary>Records <paramref name="device"/>'s counts after release <paramref name="release"/> (in release order).</summary>
    public void Add(string device, long release, int holders, int sims)
    {
        ArgumentNullException.ThrowIfNull(device);
        ref var d = ref CollectionsMarshal.GetValueRefOrAddDefault(_devices, device, out var exists);
        if (!exists)
        {
            d = new Device();
        }

        if (d!.Batch.Count == 0)
        {
            _touched.Add(d);
        }

        d.Batch.Add(new FactPoint(release, holders, sims));
        _batchPoints++;
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

            _resolved[(shard, f.Ordinal)] = PointAt(names.Resolve(f.Device), f.Release) ?? throw new InvalidOperationException(
                $"shard {shard} reported alert {f.Ordinal} (release {f.Release}) after its batch ended; the device counts it reads are gone (a shard did not report its batch's alerts)");
        }
    }

    /// <summary>Ends the batch in progress (every shard has applied it): keeps only each device's last point.</summary>
    public void Settle()
    {
        foreach (var d in _touched)
        {
            if (d.Settled.Release < 0)
            {
                _settled++;
            }

            d.Settled = d.Batch[^1];
            d.Batch.Clear();
            if (d.Batch.Capacity > MaxKeptCapacity)
            {
                // A burst on one device must not pin its list's size for the rest of the stream.
                d.Batch.Capacity = MaxKeptCapacity;
            }
        }

        _touched.Clear();
        _batchPoints = 0;
    }

    /// <summary>
    /// <paramref name="alert"/> (shard <paramref name="shard"/>'s <paramref name="a"/>) with its
    /// SHARED_DEVICE or SIM_CLUSTER value as its device held it after the trigger's release.
    /// </summary>
    /// <exception cref="InvalidOperationException">The alert names a device but was never reported (a protocol fault).</exception>
    public Alert Apply(int shard, ShardAlert a, Alert alert)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(alert);
        if (a.Device is null)
        {
            return alert;
        }

        if (!_resolved.TryGetValue((shard, a.Ordinal), out var point))
        {
            throw new InvalidOperationException($"shard {shard}'s alert {a.Ordinal} names a device, but the shard never reported it with its batch");
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
    /// The device's last point at or before <paramref name="release"/>, or none (Release -1); null
    /// when that point was dropped (the device's settled point is later than the release).
    /// </summary>
    private FactPoint? PointAt(string device, long release)
    {
        if (!_devices.TryGetValue(device, out var d))
        {
            return FactPoint.None;
        }

        var points = d.Batch;
        int lo = 0, hi = points.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (points[mid].Release <= release)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found >= 0)
        {
            return points[found];
        }

        // Settled points precede every point of the batch in progress, and the settled one is the
        // device's last before it: right for any later release, gone for an earlier one.
        return d.Settled.Release < 0 || d.Settled.Release <= release ? d.Settled : null;
    }

    /// <summary>One device: its last settled point (Release -1 before any) and the batch's points, in release order.</summary>
    private sealed class Device
    {
        public FactPoint Settled { get; set; } = FactPoint.None;

        public List<FactPoint> Batch { get; } = [];
    }

    /// <summary>A device's counts after one release that touched it.</summary>
    private readonly record struct FactPoint(long Release, int Holders, int Sims)
    {
        public static FactPoint None => new(-1, 0, 0);
    }
}
