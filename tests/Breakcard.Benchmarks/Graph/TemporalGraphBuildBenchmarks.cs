using BenchmarkDotNet.Attributes;
using Breakcard.Graph.Temporal;

namespace Breakcard.Benchmarks.Graph;

/// <summary>
/// Building the temporal graph from a synthetic city's transactions (about ten per person):
/// bulk (accounts interned once, edges added by id) and per-edge interning of both account ids,
/// as a loader reading files does; and incremental building with a snapshot every 10,000 events.
/// Edges per second = Transactions / Mean. Bytes per transaction of the built graph are printed
/// in the setup log ("graph bytes/tx").
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GraphBenchmarkConfig))]
public class TemporalGraphBuildBenchmarks
{
    private SyntheticCity _city = null!;
    private string[] _names = [];

    [Params(1_000_000, 10_000_000)]
    public int Transactions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _city = SyntheticCity.Generate(Transactions / 10);
        _names = Enumerable.Range(0, _city.AccountCount).Select(_city.NameOf).ToArray();
        var g = BuildBulk();
        Console.WriteLine($"// edges {g.EdgeCount:N0}, accounts {g.AccountCount:N0}, graph bytes/tx {(double)g.GraphBytes / g.EdgeCount:F2}, "
            + $"account table bytes/tx {(double)g.Accounts.ApproximateBytes() / g.EdgeCount:F2}");
    }

    [Benchmark]
    public TemporalGraph BuildBulk()
    {
        var c = _city;
        var builder = new TemporalGraphBuilder(c.EdgeCount, c.AccountCount);
        foreach (var name in _names)
        {
            builder.Accounts.Intern(name);
        }

        for (var e = 0; e < c.EdgeCount; e++)
        {
            builder.Add(c.From[e], c.To[e], c.Ticks[e], c.Fen[e], c.Channels[e]);
        }

        return builder.Build();
    }

    [Benchmark]
    public TemporalGraph BuildInterningEveryEdge()
    {
        var c = _city;
        var builder = new TemporalGraphBuilder(c.EdgeCount, c.AccountCount);
        for (var e = 0; e < c.EdgeCount; e++)
        {
            var from = builder.Accounts.Intern(_names[c.From[e]]);
            var to = builder.Accounts.Intern(_names[c.To[e]]);
            builder.Add(from, to, c.Ticks[e], c.Fen[e], c.Channels[e]);
        }

        return builder.Build();
    }

    [Benchmark]
    public TemporalGraph BuildIncrementally()
    {
        var c = _city;
        var builder = new TemporalGraphBuilder();
        foreach (var name in _names)
        {
            builder.Accounts.Intern(name);
        }

        for (var e = 0; e < c.EdgeCount; e++)
        {
            builder.Add(c.From[e], c.To[e], c.Ticks[e], c.Fen[e], c.Channels[e]);
            if (e % 10_000 == 9_999)
            {
                _ = builder.Snapshot();
            }
        }

        return builder.Snapshot();
    }
}
