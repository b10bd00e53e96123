using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Benchmarks.Screening;

/// <summary>
/// The pattern matcher's two parts on the per-reading corpus (<see cref="ReadingCorpus"/>: 5,000 simulated held-out and
/// development ads, seed 7), normalised in setup: the <see cref="PatternContext"/> constructor alone (terms, amounts,
/// negation — where ADR 415's describing-sentence reading runs), the constructor and every rule in catalogue order, and
/// <see cref="PatternMatcher.Match"/>. Time per operation is per text. For each reading's own cost use the <c>readings</c>
/// command (<see cref="ReadingCosts"/>): a BenchmarkDotNet case per reading would take an hour on dev-2c.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class PatternContextBenchmarks
{
    private NormalisedText[] _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = [.. ReadingCorpus.Simulated().Select(TextNormaliser.Default.Normalise)];

    [Benchmark(OperationsPerInvoke = ReadingCorpus.DefaultCount)]
    public int Context()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += new PatternContext(t).Terms.Count;
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = ReadingCorpus.DefaultCount)]
    public int ContextAndRules()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            var c = new PatternContext(t);
            foreach (var pattern in PatternCatalog.All)
            {
                foreach (var span in pattern.Rule(c))
                {
                    n += span.Last - span.First + 1;
                }
            }
        }

        return n;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ReadingCorpus.DefaultCount)]
    public int Match()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += PatternMatcher.Match(t).Hits.Count;
        }

        return n;
    }
}
