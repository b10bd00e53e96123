using BenchmarkDotNet.Attributes;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;

namespace Breakcard.Benchmarks.Cluster;

/// <summary>
/// The gateway's packing of a batch's shard items (<see cref="ShardWire.PackItems"/>, ADR 0427) as
/// the silo rows of <c>cluster bench</c> pack them — whose windows include start-up, so a profile
/// of the bench cannot show this per-event cost. One operation is one item. The workload has the
/// bench's shape: batches of 2,000 released events split over 6 shards, a third of them with place
/// counts (some with push lists), ids of 16–24 characters; each event was made with the other
/// objects a reader and the sequencer make for it in between (here a filler of 256 B), in stream
/// order, 120,000 of them (≈ 48 MB, beyond the caches), and the batches are packed in turn, so the
/// events an item points to are as cold as at the gateway, which read them a whole batch earlier.
/// <see cref="OnePass"/> is the packing before ADR 0427 (one pass through the list's interface, a
/// capacity check per field, each id's bytes counted then encoded), kept here to measure against.
/// </summary>
// In process (no generated project): this project references every other one, and building the
// generated copy took ≈ 10 minutes on the shared machine; the two methods run in one process alike.
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(15)]
[Config(typeof(Graph.GraphBenchmarkConfig))]
public class ShardWireBenchmarks
{
    private const int Events = 120_000;
    private const int BatchSize = 2_000;
    private const int Shards = 6;
    private readonly List<object> _keep = [];
    private List<ShardItem>[][] _batches = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_261_125);
        var events = new WireEvent[Events];
        for (var i = 0; i < Events; i++)
        {
            var id = $"TX{20_261_122 + (i % 9):D8}-{i:D6}" + new string('0', random.Next(0, 9));
            events[i] = new WireEvent((WireKind)(1 + (i % 4)), id, 1_762_000_000 + i, 480, string.Empty, string.Empty, random.Next(1, 5_000_000), (byte)(i % 5), null, null, null);
            _keep.Add(new byte[256]);
        }

        _batches = new List<ShardItem>[Events / BatchSize][];
        for (var b = 0; b < _batches.Length; b++)
        {
            var perShard = Enumerable.Range(0, Shards).Select(_ => new List<ShardItem>()).ToArray();
            for (var i = b * BatchSize; i < (b + 1) * BatchSize; i++)
            {
                var e = events[i];
                ShardPlaces? places = e.Kind is WireKind.Call or WireKind.Login
                    ? new ShardPlaces(random.Next(1, 4), random.Next(0, 3), random.Next(1, 3), 0, i % 5 == 0 ? [new PlacePushed(1, i, 6, 100), new PlacePushed(2, i + 1, 7, 40)] : null)
                    : null;
                var refs = new EventRefs(random.Next(0, 6_000), random.Next(0, 6_000), places is null ? -1 : random.Next(0, 3_000), places is null ? -1 : random.Next(0, 500));
                perShard[random.Next(Shards)].Add(new ShardItem(i, i, e.UnixSeconds, ShardSide.Whole, -1, e, refs, places));
            }

            _batches[b] = perShard;
        }
    }

    /// <summary>The packing as committed (two passes, ADR 0427).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public long TwoPasses()
    {
        long bytes = 0;
        foreach (var items in NextBatch())
        {
            bytes += ShardWire.PackItems(items).Length;
        }

        return bytes;
    }

    /// <summary>The packing before ADR 0427, for comparison.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize)]
    public long OnePass()
    {
        long bytes = 0;
        foreach (var items in NextBatch())
        {
            bytes += PackOnePass(items).Length;
        }

        return bytes;
    }

    private List<ShardItem>[] NextBatch()
    {
        var batch = _batches[_next];
        _next = (_next + 1) % _batches.Length;
        return batch;
    }

    // ShardWire.PackItems as it was at main 14db643 (ADR 0220, 0247, 0313): the same bytes.
    private static byte[] PackOnePass(IReadOnlyList<ShardItem> items)
    {
        var w = new WireWriter(64 + (items.Count * 96));
        w.Write((byte)4);
        w.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            w.Write7BitEncodedInt64(item.Sequence);
            w.Write7BitEncodedInt64(item.Release);
            w.Write7BitEncodedInt64(item.ProcessTime);
            w.Write((byte)item.Side);
            w.Write7BitEncodedInt(item.Peer + 1);
            var e = item.Event;
            w.Write((byte)e.Kind);
            w.Write(e.Id);
            w.Write7BitEncodedInt64(e.UnixSeconds);
            w.Write7BitEncodedInt(item.Refs.A + 1);
            w.Write7BitEncodedInt(item.Refs.B + 1);
            w.Write7BitEncodedInt(item.Refs.Device + 1);
            w.Write7BitEncodedInt(item.Refs.Place + 1);
            w.Write7BitEncodedInt64(e.Value);
            w.Write(e.Sub);
            if (item.Places is not { } p)
            {
                w.Write((byte)0);
                continue;
            }

            w.Write((byte)1);
            w.Write7BitEncodedInt(p.DeviceHolders);
            w.Write7BitEncodedInt(p.IpHolders);
            w.Write7BitEncodedInt(p.SimsInDevice);
            w.Write7BitEncodedInt(p.HeavyInCell);
            w.Write7BitEncodedInt(p.Pushes is null ? 0 : p.Pushes.Length + 1);
            foreach (var push in p.Pushes ?? [])
            {
                w.Write(push.Kind);
                w.Write7BitEncodedInt(push.Entity);
                w.Write(push.Indicator);
                w.Write(push.Strength);
            }
        }

        return w.ToArray();
    }
}
