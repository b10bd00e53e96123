using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Breakcard.Screening;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Benchmarks.Screening;

/// <summary>
/// Screening cost per ad on one thread: normalisation alone, normalisation and patterns, and the
/// whole screen (patterns, model, reasons). Each invocation screens the same 1,000 held-out ads
/// (about 50 characters on average), so the reported time per operation is per ad. The target is
/// ≥ 10,000 ads per second per core, i.e. ≤ 100 µs per ad.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ScreeningBenchmarks
{
    private const int Ads = 1_000;

    private string[] _texts = [];
    private AdScreener _screener = null!;
    private AdScreener _patternsOnly = null!;
    private AdModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The default model of `breakcard screen` (seed 20240301, 20,000 training ads).
        var training = JobAdGenerator.Generate(20_240_301, new JobAdOptions(20_000)).Select(a => new LabelledText(a.Id, a.Text, a.IsRisky));
        _model = AdModel.Train(training, TextNormaliser.Default, new ModelTrainingOptions(), "benchmark");
        _texts = [.. JobAdGenerator.Generate(7, new JobAdOptions(Ads, JobAdSplit.HeldOut)).Select(a => a.Text)];
        _screener = new AdScreener(TextNormaliser.Default, _model);
        _patternsOnly = new AdScreener(TextNormaliser.Default, null);
        _screener.Screen(_texts[0]); // create the first prediction engine outside the measurement
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    [Benchmark(OperationsPerInvoke = Ads)]
    public int Normalise()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += TextNormaliser.Default.Normalise(t).Terms.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Ads)]
    public int NormaliseAndMatchPatterns()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += PatternMatcher.Match(TextNormaliser.Default.Normalise(t)).Hits.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Ads)]
    public int ScreenWithoutModel()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += _patternsOnly.Screen(t).Score;
        }

        return n;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Ads)]
    public int Screen()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += _screener.Screen(t).Score;
        }

        return n;
    }
}
