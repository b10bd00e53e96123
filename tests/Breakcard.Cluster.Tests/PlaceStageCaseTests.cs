using System.Globalization;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// Hand-built streams for the place stage (ADR 0188) with hand-computed answers. Only SHARED_DEVICE
/// and SIM_CLUSTER carry weight (100, so an entity's risk equals the indicator's strength) and
/// strengths do not decay, so each entity's final risk is the strongest place signal it received:
/// at the threshold t a count c ≥ t gives 60 + 40·min(c − t, t)/t. Each stream runs on 3 shards
/// (the entities spread over all three) in batches of 1 and 4, and must also equal the
/// single-process run byte for byte.
/// </summary>
public sealed class PlaceStageCaseTests
{
    private const int Shards = 3;

    private static readonly DetectionOptions Options = Build();

    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task DeviceUsedByFourHoldersOnThreeShards_PushesToTheEarlierAccounts()
    {
        var accounts = Spread("62220200000000", 5);
        var events = new List<WireEvent>();
        // a2, a1, a0, a3 log in from one device: the 4th holder makes it shared (4 ≥ 4 → 60) and the
        // device pushes 60 to a2, a1, a0 — on shards 2, 1, 0, so the three alerts of that login must
        // be merged in push order, not shard order; a0 comes back (no new holder, no push). a4 uses its own device.
        foreach (var i in (int[])[2, 1, 0, 3])
        {
            events.Add(Login(events.Count, Day1.AddMinutes(events.Count), accounts[i], "DEVICE-SHARED"));
        }

        events.Add(Login(events.Count, Day1.AddMinutes(10), accounts[0], "DEVICE-SHARED"));
        events.Add(Login(events.Count, Day1.AddMinutes(11), accounts[4], "DEVICE-OWN"));

        var risks = await RunAsync("case-device", events);

        Assert.Equal([60, 60, 60, 60, 0], accounts.Select(a => risks[("account", a)]));
    }

    [Fact]
    public async Task SimsPerDevice_CallsAndAnSms_PushToTheSimsSeenBefore()
    {
        var sims = Spread("1380000", 5);
        var events = new List<WireEvent>();
        // p0, p1, p2 call from one box: the 3rd SIM makes it a cluster (3 ≥ 3 → 60), pushed to p0, p1;
        // p3 → 4 SIMs → 60 + 40/3 = 73, pushed to p0..p2; an SMS to p4 in the box → 5 → 60 + 80/3 = 86, pushed to p0..p3.
        for (var i = 0; i < 4; i++)
        {
            events.Add(Call(events.Count, Day1.AddMinutes(i), sims[i], "13900000000", "SIMBOX-1", null));
        }

        events.Add(new WireEvent(WireKind.Sms, "S" + events.Count.ToString("D6", CultureInfo.InvariantCulture), Day1.AddMinutes(5).ToUnixTimeSeconds(), 480,
            "10690000", sims[4], 0, 0, "SIMBOX-1", null, null));

        var risks = await RunAsync("case-sims", events);

        Assert.Equal([86, 86, 86, 86, 86], sims.Select(p => risks[("phone", p)]));
    }

    [Fact]
    public async Task HeavySimsInACell_CountedPerLocalDay()
    {
        var sims = Spread("1370000", 4);
        var day2 = Day1.AddDays(1);
        string s0 = sims[0], s1 = sims[1], s2 = sims[2], s3 = sims[3];
        // Heavy caller: 2 calls a day; 2 heavy SIMs in a cell fire (60), 3 would give 80.
        // Day 1: s0 heavy (cell {s0}: 1 → 0), s1 heavy ({s0, s1}: 2 → 60), s0 again (2 → 60).
        // Day 2 (local midnight passed): the cell starts empty — s2 heavy ({s2}: 1 → 0, not 3 → 80),
        // s1 heavy again ({s2, s1} → 60), s2 again (2 → 60); s3 calls once, never heavy (0).
        (string Caller, DateTimeOffset At)[] calls =
        [
            (s0, Day1), (s0, Day1.AddMinutes(1)), (s1, Day1.AddMinutes(2)), (s1, Day1.AddMinutes(3)), (s0, Day1.AddMinutes(4)),
            (s2, day2), (s2, day2.AddMinutes(1)), (s1, day2.AddMinutes(2)), (s1, day2.AddMinutes(3)), (s2, day2.AddMinutes(4)), (s3, day2.AddMinutes(5)),
        ];
        var events = calls.Select((c, i) => Call(i, c.At, c.Caller, "13900000000", null, "510104-0012")).ToList();

        var risks = await RunAsync("case-cell", events);

        Assert.Equal([60, 60, 60, 0], sims.Select(p => risks[("phone", p)]));
    }

    /// <summary>Single process, then sharded in batches of 1 and 4: identical files; returns risk at end by (kind, id).</summary>
    private static async Task<Dictionary<(string Kind, string Id), int>> RunAsync(string stream, List<WireEvent> events)
    {
        // The shards run the sharded mode's options (LocalIndicators switches nothing off now, ADR 0201).
        var expected = TestWorld.RunSingle(events, null, LocalIndicators.Apply(Options));
        await using var cluster = await LoopbackCluster.StartAsync(2, runtime: s => new MonitorRuntime((_, _) => ReferenceData.Empty(), Options, o => new PointsModel(o), s));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0, 1), TestContext.Current.CancellationToken);
        foreach (var batch in (int[])[1, 4])
        {
            var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-case-" + Guid.NewGuid().ToString("N")[..8]);
            await new ShardedGateway(ClusterClient.Of(client), Shards, new GatewayOptions { BatchSize = batch }, detection: Options)
                .RunAsync(stream + "-" + batch, events, output, TestContext.Current.CancellationToken);
            var actual = Outputs.Read(output);
            Directory.Delete(output, recursive: true);
            Outputs.AssertIdentical(expected, actual);
        }

        return System.Text.Encoding.UTF8.GetString(expected.Scores).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => (f[1], f[0]), f => int.Parse(f[3], CultureInfo.InvariantCulture));
    }

    /// <summary><paramref name="count"/> identifiers with <paramref name="prefix"/> whose shards cover all three, in that shard order round robin.</summary>
    private static List<string> Spread(string prefix, int count)
    {
        var byShard = Enumerable.Range(0, Shards).Select(_ => new Queue<string>()).ToArray();
        for (var n = 0; byShard.Any(q => q.Count < count); n++)
        {
            var id = prefix + n.ToString(CultureInfo.InvariantCulture).PadLeft(4, '0');
            byShard[ShardRouter.ShardOf(id, Shards)].Enqueue(id);
        }

        return [.. Enumerable.Range(0, count).Select(i => byShard[i % Shards].Dequeue())];
    }

    private static WireEvent Login(int n, DateTimeOffset at, string account, string device) =>
        new(WireKind.Login, "L" + n.ToString("D6", CultureInfo.InvariantCulture), at.ToUnixTimeSeconds(), 480, account, string.Empty, 0, 0, device, null, null);

    private static WireEvent Call(int n, DateTimeOffset at, string caller, string callee, string? device, string? cell) =>
        new(WireKind.Call, "C" + n.ToString("D6", CultureInfo.InvariantCulture), at.ToUnixTimeSeconds(), 480, caller, callee, 20, 0, device, cell, null);

    private static DetectionOptions Build()
    {
        var weights = Detection.Indicators.IndicatorCatalog.All.ToDictionary(i => i.Code, _ => 0, StringComparer.Ordinal);
        weights["SHARED_DEVICE"] = 100;
        weights["SIM_CLUSTER"] = 100;
        var d = DetectionOptions.Default;
        return d with
        {
            Engine = d.Engine with { StrengthKeptPerDayPercent = 100 },
            Scoring = d.Scoring with { Weights = weights },
            Indicators = d.Indicators with { SimCluster = d.Indicators.SimCluster with { HeavyCalls = 2, MinHeavySimsPerCell = 2 } },
        };
    }
}
