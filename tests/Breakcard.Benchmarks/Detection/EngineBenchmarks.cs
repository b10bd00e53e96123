using BenchmarkDotNet.Attributes;
using Breakcard.Detection;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;

namespace Breakcard.Benchmarks.Detection;

/// <summary>
/// The monitoring engine alone, full indicator set, events already interned and in memory: one
/// operation is one transaction through de-duplication, the reorder buffer, both accounts'
/// indicators and scoring. Steady state: each iteration starts from a fresh engine (state for all
/// accounts allocated when it is built) that has already taken the first million events of the
/// workload — so the de-duplication generations, the reorder buffer and the work queues have
/// grown to their working size and most entities have been seen — and measures the next million.
/// "Allocated" per operation is then what the hot path allocates per event. Alerts are the one
/// allocation the engine makes by design (a draft with its reasons, facts and evidence for the
/// sink, at most four per entity, one per control band): the alerts raised in the measured
/// events are printed at the end of the run ("alerts in measured events"), so the bytes per
/// operation can be laid against them.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[Config(typeof(Graph.GraphBenchmarkConfig))] // its long build timeout: the shared machine often needs more than two minutes
public class EngineBenchmarks
{
    private const int Warm = 1_000_000;
    private const int Measured = 1_000_000;
    private EngineWorkload _workload = null!;
    private MonitoringEngine _engine = null!;
    private EngineWorkload.CountingSink _sink = null!;
    private long _alertsMeasured;
    private int _iterations;

    [Params(10_000, 100_000, 1_000_000)]
    public int Accounts { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = EngineWorkload.Create(Accounts, Warm + Measured);

    // Reference data changes only by interning, which this workload never does: sharing it between engines is safe.
    [IterationSetup]
    public void WarmEngine()
    {
        var options = DetectionOptions.Default;
        _sink = new EngineWorkload.CountingSink();
        _engine = new MonitoringEngine(_workload.Reference, options, new PointsModel(options), _sink);
        _engine.Submit(_workload.Events.AsSpan(0, Warm));
        _sink.Reset();
    }

    [Benchmark(OperationsPerInvoke = Measured)]
    public long Transactions()
    {
        _engine.Submit(_workload.Events.AsSpan(Warm, Measured));
        _engine.Flush();
        return _engine.Counters.Applied;
    }

    [IterationCleanup]
    public void CountAlerts()
    {
        _alertsMeasured += _sink.Alerts;
        _iterations++;
    }

    [GlobalCleanup]
    public void Report() =>
        Console.WriteLine($"// Accounts={Accounts}: alerts in measured events: {_alertsMeasured / Math.Max(1, _iterations):N0} per {Measured:N0} transactions (mean of {_iterations} iterations, warm-up included)");
}
