using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Breakcard.Graph.Tracing;

namespace Breakcard.Benchmarks.Graph;

/// <summary>
/// One six-hop trace on a city of about 10 million transactions (1 million people, 500 rings):
/// forward from a victim's transfer, backward from a ring's cash withdrawal; FIFO, standing-balance
/// FIFO (the default rule, with ADRs 169, 183 and 191 forward) and proportional. Each iteration is one trace from the next of 256 start transfers, so Median and
/// P90 are over different chains; stop decisions are not cached between traces (a cold tracer).
/// Target: median ≤ 5 ms.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GraphBenchmarkConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 16, iterationCount: 256, invocationCount: 1)]
public class FundTraceBenchmarks
{
    private FundTracer _tracer = null!;
    private int[] _seeds = [];
    private int _next;
    private TraceOptions _options = new();

    // In one process (--inProcess) the cases share the city instead of generating it six times.
    private static (int People, SyntheticCity City, Breakcard.Graph.Temporal.TemporalGraph Graph)? s_city;

    [Params(1_000_000)]
    public int People { get; set; }

    [Params(ApportioningRule.Fifo, ApportioningRule.StandingFifo, ApportioningRule.Proportional)]
    public ApportioningRule Rule { get; set; }

    [Params(TraceDirection.Forward, TraceDirection.Backward)]
    public TraceDirection Direction { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (s_city is not { } cached || cached.People != People)
        {
            var generated = SyntheticCity.Generate(People);
            s_city = cached = (People, generated, generated.BuildGraph());
        }

        var (_, city, graph) = cached;
        _tracer = new FundTracer(graph);
        var pool = Direction == TraceDirection.Forward ? city.VictimEdges : city.CashOutEdges;
        _seeds = Enumerable.Range(0, 256).Select(i => pool[(int)((long)i * pool.Length / 256)]).ToArray();
        _options = new TraceOptions { Direction = Direction, Rule = Rule, MaxHops = 6 };
        var nodes = _seeds.Select(s => _tracer.Trace(TraceStart.FromTransaction(s), _options).Nodes.Count).Order().ToArray();
        Console.WriteLine($"// edges {graph.EdgeCount:N0}; accounts per trace: median {nodes[nodes.Length / 2]}, max {nodes[^1]}");
    }

    [Benchmark]
    public int TraceSixHops()
    {
        var seed = _seeds[_next++ & 255];
        return _tracer.Trace(TraceStart.FromTransaction(seed), _options).Nodes.Count;
    }
}
