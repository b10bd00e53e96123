using BenchmarkDotNet.Attributes;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Simulation.Judgments;

namespace Breakcard.Benchmarks.Judgments;

/// <summary>
/// Extraction cost per judgment, single-threaded: normalisation, segmentation, defendant
/// paragraphs, facts, reasoning and result, on synthetic judgments of both splits (one to
/// several defendants, every number form). Reported per judgment (OperationsPerInvoke), so
/// judgments per second per core = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int Documents = 400;
    private JudgmentDocument[] _documents = [];

    /// <summary>Which corpus split to measure.</summary>
    [Params(CorpusSplit.Development, CorpusSplit.HeldOut)]
    public CorpusSplit Split { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = [.. SyntheticJudgments.Generate(Documents, 20261122, Split).Select((j, i) => new JudgmentDocument($"doc-{i}.txt", j.Text))];
    }

    [Benchmark(OperationsPerInvoke = Documents)]
    public int ExtractOne()
    {
        var defendants = 0;
        foreach (var doc in _documents)
        {
            defendants += JudgmentExtractor.Extract(doc).Record!.Defendants.Count;
        }

        return defendants;
    }
}
