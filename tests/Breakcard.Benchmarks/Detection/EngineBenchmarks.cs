using BenchmarkDotNet.Attributes;
using Breakcard.Detection;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;

namespace Breakcard.Benchmarks.Detection;

/// <summary>
/// The monitoring engine alone, full indicator set, events already interned and in memory: one
/// operation is one transaction through de-duplication, the reorder buffer, both accounts'
/// indicators and scoring. Each iteration starts from a fresh engine (state for all accounts
/// allocated in setup), so steady-state allocation per event shows as 0 B.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class EngineBenchmarks
{
    private const int Events = 2_000_000;
    private EngineWorkload _workload = null!;
    private MonitoringEngine _engine = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = EngineWorkload.Create(Accounts, Events);

    // Reference data changes only by interning, which this workload never does: sharing it between engines is safe.
    [IterationSetup]
    public void FreshEngine()
    {
        var options = DetectionOptions.Default;
        _engine = new MonitoringEngine(_workload.Reference, options, new PointsModel(options), new EngineWorkload.CountingSink());
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public long Transactions()
    {
        _engine.Submit(_workload.Events);
        _engine.Flush();
        return _engine.Counters.Applied;
    }
}
