using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Breakcard.Graph.Links;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Typology;

namespace Breakcard.Benchmarks.Graph;

/// <summary>
/// Ring detection over a city of 1 million accounts and about 10 million transactions: the
/// pass-through evidence of every account plus union of shared entities and suspected flows
/// (target ≤ 10 s); and the typology features of every account for the scorer.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GraphBenchmarkConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RingDetectionBenchmarks
{
    private TemporalGraph _graph = null!;
    private EntityGraph _entities = null!;

    [Params(1_000_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var city = SyntheticCity.Generate(People);
        _graph = city.BuildGraph();
        _entities = city.BuildEntities();
        var report = DetectRings();
        var found = city.Rings.Count(r => report.Rings.Any(x => x.Accounts.Count(a => r.Contains(int.Parse(a.AccountId[1..], System.Globalization.CultureInfo.InvariantCulture))) >= r.Length / 2));
        Console.WriteLine($"// edges {_graph.EdgeCount:N0}, entities {_entities.NodeCount:N0}, links {_entities.LinkCount:N0}; "
            + $"rings reported {report.Rings.Count}, true rings found {found}/{city.Rings.Count}, hubs skipped {string.Join(", ", report.HubsSkipped)}");
    }

    [Benchmark]
    public RingReport DetectRings() => new RingDetector(_entities, MuleEvidence.Compute(_graph)).Detect();

    [Benchmark]
    public AccountPatterns[] TypologyFeatures() => new TypologyDetector().Detect(_graph);
}
