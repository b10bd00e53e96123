using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Breakcard.Cluster.Grains;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Scoring;

namespace Breakcard.Benchmarks.Cluster;

/// <summary>
/// What one alert costs the in-process sharded run between the shard that raised it and the merged
/// file (ADR 0445). <see cref="LineThenParse"/> is main's path before ADR 0445: the shard serialized
/// the alert into a line when it raised it (<c>ShardSession.OnAlert</c>) and the merge parsed the
/// line back, then wrote the merged alert into the file. <see cref="AsBuilt"/> is the path since:
/// the merge takes the shard's alert as built and only writes it. One operation is one alert; the
/// alerts have the bench city's shape (a line of ≈ 3,800 characters: 6 reasons, 10 evidence
/// events with ids and counterparties, the legal basis and the control measure). Per event of
/// <c>cluster bench --entities</c> the difference counts 261 alerts in 120,580 events.
/// </summary>
// In process (no generated project), as ShardWireBenchmarks: both methods run in one process alike.
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(15)]
[Config(typeof(Graph.GraphBenchmarkConfig))]
public class AlertLineBenchmarks
{
    private const int Alerts = 261;
    private readonly MemoryStream _file = new(1 << 22);
    private Alert[] _alerts = [];
    private Utf8JsonWriter _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(445);
        _alerts = [.. Enumerable.Range(0, Alerts).Select(i => Make(i, random))];
        _json = new Utf8JsonWriter(_file, new JsonWriterOptions { Encoder = MonitorGrain.LineJson.Encoder });
        var line = JsonSerializer.Serialize(_alerts[0], MonitorGrain.LineJson);
        if (line.Length is < 3_000 or > 5_000)
        {
            throw new InvalidOperationException($"an alert line of {line.Length} characters, not the bench city's ≈ 3,800");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _json.Dispose();

    /// <summary>Main before ADR 0445: a line when raised, parsed at the merge, written.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Alerts)]
    public long LineThenParse()
    {
        _file.Position = 0;
        foreach (var a in _alerts)
        {
            var line = JsonSerializer.Serialize(a, MonitorGrain.LineJson);
            Write(JsonSerializer.Deserialize<Alert>(line, MonitorGrain.LineJson)!);
        }

        return _file.Position;
    }

    /// <summary>Since ADR 0445: the alert as the shard built it, written.</summary>
    [Benchmark(OperationsPerInvoke = Alerts)]
    public long AsBuilt()
    {
        _file.Position = 0;
        foreach (var a in _alerts)
        {
            Write(a);
        }

        return _file.Position;
    }

    private void Write(Alert alert)
    {
        JsonSerializer.Serialize(_json, alert with { AlertId = "A000001" }, MonitorGrain.LineJson);
        _json.Flush();
        _json.Reset();
        _file.WriteByte((byte)'\n');
    }

    private static Alert Make(int i, Random random)
    {
        string Time(int minute) => new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(8)).AddMinutes(minute).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var entity = "6222" + random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture);
        return new Alert
        {
            AlertId = "A" + (i + 1).ToString("D6", CultureInfo.InvariantCulture),
            EntityKind = "account",
            Entity = entity,
            EntityMasked = entity[..4] + "********" + entity[^4..],
            Holder = "P" + random.Next(100_000).ToString("D6", CultureInfo.InvariantCulture),
            Time = Time(i * 7),
            TriggerEventId = "TX20261102-" + random.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture),
            Risk = random.Next(60, 100),
            Band = random.Next(2, 5),
            Model = "points",
            Reasons = [.. Enumerable.Range(0, 6).Select(r => new AlertReason
            {
                Code = "INDICATOR_" + r,
                Name = "an indicator's name of a few words, number " + r,
                Strength = random.Next(100),
                Points = Math.Round(random.NextDouble() * 30, 1),
                Measure = "distinct counterparties in 24 h",
                Value = random.Next(50),
                Threshold = 10,
                Source = "transactions",
            })],
            Evidence = [.. Enumerable.Range(0, 10).Select(e => new AlertEvidence
            {
                EventId = "TX20261102-" + random.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture),
                Sequence = random.Next(120_000),
                Time = Time((i * 7) - e),
                Type = "transaction",
                Direction = e % 2 == 0 ? "in" : "out",
                AmountFen = random.Next(100, 5_000_000),
                Counterparty = "6222" + random.NextInt64(100_000_000_000, 999_999_999_999).ToString(CultureInfo.InvariantCulture),
            })],
            LegalBasis = ["反电信网络诈骗法 第十八条", "刑法 第二百八十七条之二", "关于办理帮助信息网络犯罪活动等刑事案件有关问题的意见"],
            ControlMeasure = ControlMeasure.For(ScoredKind.Account, 3),
        };
    }
}
