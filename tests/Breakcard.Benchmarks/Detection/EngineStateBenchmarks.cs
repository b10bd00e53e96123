using BenchmarkDotNet.Attributes;
using Breakcard.Detection;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;

namespace Breakcard.Benchmarks.Detection;

/// <summary>
/// Memory the engine allocates for its state: one operation builds a <see cref="MonitoringEngine"/>
/// over reference data of <c>Accounts</c> accounts (state arrays, holder state, evidence ring,
/// reorder buffer, de-duplication table); the memory diagnoser's "Allocated" divided by
/// <c>Accounts</c> is the state per account. The reference data itself (interned
/// keys and static profiles) is built in setup and not counted: it is the institution's own master
/// data, held by any host. The fixed-size evidence ring and tables weigh less per account as the
/// count grows, which is why 1,000,000 is the figure that counts.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class EngineStateBenchmarks
{
    private EngineWorkload _workload = null!;

    [Params(100_000, 1_000_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = EngineWorkload.Create(Accounts, 1);

    [Benchmark]
    public MonitoringEngine BuildEngine()
    {
        var options = DetectionOptions.Default;
        return new MonitoringEngine(_workload.Reference, options, new PointsModel(options), new EngineWorkload.CountingSink());
    }
}
