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
/// ≥ 10,000 ads per second per core, i.e. ≤ 100 µs per ad. <see cref="PredictWithScorer"/> and
/// <see cref="PredictWithEngine"/> time the model's prediction alone on the same ads' model inputs (normalised text and
/// signal words, prepared in setup): ADR 393's n-gram scorer against ML.NET's prediction engine, the same probabilities.
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
    private (string Text, string Signals)[] _inputs = [];

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
        _inputs = [.. _texts.Select(t =>
        {
            var normalised = TextNormaliser.Default.Normalise(t);
            return (normalised.Text, ModelSignals.Describe(normalised, PatternMatcher.Match(normalised)));
        })];
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

    [Benchmark(OperationsPerInvoke = Ads)]
    public float PredictWithScorer()
    {
        var sum = 0f;
        foreach (var (text, signals) in _inputs)
        {
            sum += _model.ScoreWithScorer(text, signals) ?? _model.PredictWithEngine(text, signals);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Ads)]
    public float PredictWithEngine()
    {
        var sum = 0f;
        foreach (var (text, signals) in _inputs)
        {
            sum += _model.PredictWithEngine(text, signals);
        }

        return sum;
    }
}
