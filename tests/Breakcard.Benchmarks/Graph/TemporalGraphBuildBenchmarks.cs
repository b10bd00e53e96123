using BenchmarkDotNet.Attributes;
using Breakcard.Graph.Temporal;

namespace Breakcard.Benchmarks.Graph;

/// <summary>
/// Building the temporal graph from a synthetic city's transactions (about ten per person):
/// bulk (accounts interned once, edges added by id) and per-edge interning of both account ids
/// through <c>TemporalGraphBuilder.Add(debit, credit, …)</c>, as a loader reading files does (ADR
/// 0195: account numbers interned in batches): from each 19-digit card number written into a reused
/// character buffer as a file reader's field (<c>BuildInterningEveryEdge</c>; the formatting is
/// counted against it), from the synthetic city's text ids ("A00000123", packed into 64-bit keys
/// since ADR 0225) written the same way (<c>BuildInterningEveryEdgeTextFields</c>), and from
/// strings held in an array — card numbers and the text ids — whose random reads miss the cache
/// before the builder sees them; and
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
        // The formatted fields must be the very ids of the string array.
        Span<char> field = stackalloc char[32];
        for (var a = 0; a < _names.Length; a++)
        {
            if (!TextField(a, field).SequenceEqual(_names[a]))
            {
                throw new InvalidOperationException($"Text field of account {a} differs from its id.");
            }
        }

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
    public TemporalGraph BuildInterningEveryEdge() => BuildFromFields(text: false);

    /// <summary>
    /// The synthetic city's text ids ("A00000123", "M000042") written into a reused character
    /// buffer as a file reader's field — the text-id counterpart of <see cref="BuildInterningEveryEdge"/>
    /// (ADR 0225: short text ids packed into 64-bit keys; the formatting is counted against it).
    /// </summary>
    [Benchmark]
    public TemporalGraph BuildInterningEveryEdgeTextFields() => BuildFromFields(text: true);

    /// <summary>Each edge's two account ids written as fields (card numbers, or text ids when <paramref name="text"/>) and interned by the builder.</summary>
    private TemporalGraph BuildFromFields(bool text)
    {
        var c = _city;
        var builder = new TemporalGraphBuilder(c.EdgeCount, c.AccountCount);
        Span<char> debit = stackalloc char[32];
        Span<char> credit = stackalloc char[32];
        for (var e = 0; e < c.EdgeCount; e++)
        {
            // The same branch every edge: predicted, so it costs either case next to nothing.
            var from = text ? TextField(c.From[e], debit) : Field(c.From[e], debit);
            var to = text ? TextField(c.To[e], credit) : Field(c.To[e], credit);
            builder.Add(from, to, c.Ticks[e], c.Fen[e], c.Channels[e]);
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

    /// <summary>The account's text id (<see cref="SyntheticCity.NameOf"/>) as a file reader's field, formatted into <paramref name="buffer"/> (cash points copied).</summary>
    private ReadOnlySpan<char> TextField(int account, Span<char> buffer)
    {
        var c = _city;
        var (prefix, number, digits) = account < c.People ? ('A', account, 8)
            : account < c.People + c.Merchants ? ('M', account - c.People, 6)
            : account < c.People + c.Merchants + c.Employers ? ('E', account - c.People - c.Merchants, 6)
            : ('\0', 0, 0);
        if (digits == 0)
        {
            return _names[account];
        }

        buffer[0] = prefix;
        for (var i = digits; i >= 1; i--, number /= 10)
        {
            buffer[i] = (char)('0' + (number % 10));
        }

        return buffer[..(digits + 1)];
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
