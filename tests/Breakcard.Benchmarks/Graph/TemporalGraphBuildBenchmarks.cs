using BenchmarkDotNet.Attributes;
using Breakcard.Graph.Temporal;

namespace Breakcard.Benchmarks.Graph;

/// <summary>
/// Building the temporal graph from a synthetic city's transactions (about ten per person):
/// bulk (accounts interned once, edges added by id) and per-edge interning of both account ids
/// through <c>TemporalGraphBuilder.Add(debit, credit, …)</c>, as a loader reading files does (ADR
/// 0195: account numbers interned in batches): from each 19-digit card number written into a reused
/// character buffer as a file reader's field (<c>BuildInterningEveryEdge</c>; the formatting is
/// counted against it), and from strings held in an array — card numbers and the synthetic city's
/// text ids ("A00000123", the string-dictionary path) — whose random reads miss the cache; and
/// incremental building with a snapshot every 10,000 events (ADR 0194: the delta is linked into
/// per-account chains, compacted when it exceeds half the graph).
/// Edges per second = Transactions / Mean. Bytes per transaction of the built graph are printed
/// in the setup log ("graph bytes/tx").
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GraphBenchmarkConfig))]
public class TemporalGraphBuildBenchmarks
{
    private SyntheticCity _city = null!;
    private string[] _names = [];
    private string[] _cardNumbers = [];

    /// <summary>Transactions per case: 1 M and 10 M, or the sizes in <c>BREAKCARD_GRAPH_SIZES</c>
    /// (comma-separated, e.g. <c>1000000</c>) to run one size at a time — the 10 M cases take minutes.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("BREAKCARD_GRAPH_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture))
            : [1_000_000, 10_000_000];

    [ParamsSource(nameof(Sizes))]
    public int Transactions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _city = SyntheticCity.Generate(Transactions / 10);
        _names = Enumerable.Range(0, _city.AccountCount).Select(_city.NameOf).ToArray();

        // Bank accounts as 19-digit card numbers (BIN 622202 + 13 digits); cash points keep their ids.
        _cardNumbers = _names.Select((n, i) => Breakcard.Core.Events.CashPoints.IsCash(n) ? n
            : (6_222_020_000_000_000_000UL + ((ulong)i * 7_919UL)).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var g = BuildBulk();
        Console.WriteLine($"// edges {g.EdgeCount:N0}, accounts {g.AccountCount:N0}, graph bytes/tx {(double)g.GraphBytes / g.EdgeCount:F2}, "
            + $"account table bytes/tx {(double)g.Accounts.ApproximateBytes() / g.EdgeCount:F2}");

        // The incrementally built graph: its last snapshot holds pending chains, and its edge
        // arrays have grown by doubling (the builder was not told the size); slack = unused slots.
        var s = BuildIncrementally();
        var slack = 25L * (s.TicksArray.Length - s.EdgeCount);
        Console.WriteLine($"// incremental: pending edges {s.PendingEdgeCount:N0}, graph bytes/tx {(double)s.GraphBytes / s.EdgeCount:F2} allocated, "
            + $"{(double)(s.GraphBytes - slack) / s.EdgeCount:F2} without the unused array slots");
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
        Span<char> debit = stackalloc char[32];
        Span<char> credit = stackalloc char[32];
        for (var e = 0; e < c.EdgeCount; e++)
        {
            builder.Add(Field(c.From[e], debit), Field(c.To[e], credit), c.Ticks[e], c.Fen[e], c.Channels[e]);
        }

        return builder.Build();
    }

    [Benchmark]
    public TemporalGraph BuildInterningEveryEdgeStrings() => BuildInterning(_cardNumbers);

    [Benchmark]
    public TemporalGraph BuildInterningEveryEdgeTextIds() => BuildInterning(_names);

    /// <summary>The account's id as a file reader's field: the card number formatted into <paramref name="buffer"/> (cash points copied).</summary>
    private ReadOnlySpan<char> Field(int account, Span<char> buffer)
    {
        if (account < _city.People + _city.Merchants + _city.Employers)
        {
            (6_222_020_000_000_000_000UL + ((ulong)account * 7_919UL)).TryFormat(buffer, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
            return buffer[..n];
        }

        return _cardNumbers[account];
    }

    private TemporalGraph BuildInterning(string[] names)
    {
        var c = _city;
        var builder = new TemporalGraphBuilder(c.EdgeCount, c.AccountCount);
        for (var e = 0; e < c.EdgeCount; e++)
        {
            builder.Add(names[c.From[e]], names[c.To[e]], c.Ticks[e], c.Fen[e], c.Channels[e]);
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
