using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>Which part of the synthetic corpus to generate.</summary>
public enum CorpusSplit
{
    /// <summary>Development courts and phrasings: what the extractor was built against.</summary>
    Development,

    /// <summary>Held-out courts, phrasings and file layouts: for evaluation only.</summary>
    HeldOut,
}

/// <summary>Draws cases and renders them as judgments: the synthetic corpus, deterministic for a seed.</summary>
public static class SyntheticJudgments
{
    /// <summary>Years of judgment the paper's sample covers.</summary>
    public static IReadOnlyList<int> PaperYears { get; } = [2021, 2022];

    /// <summary><paramref name="count"/> judgments of the given split.</summary>
    public static IEnumerable<RenderedJudgment> Generate(int count, ulong seed, CorpusSplit split, IReadOnlyList<int>? years = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var root = new SeededRandom(seed);
        var heldOut = split == CorpusSplit.HeldOut;
        var sampler = new JudgmentCaseSampler(root.Fork(heldOut ? "judgments/cases/held-out" : "judgments/cases"),
            new JudgmentSamplerOptions(years ?? PaperYears, heldOut ? Courts.HeldOut : Courts.Development));
        var renderer = new JudgmentRenderer(heldOut ? Phrasebooks.HeldOut : Phrasebooks.Development);
        var text = root.Fork(heldOut ? "judgments/text/held-out" : "judgments/text");
        for (var i = 0; i < count; i++)
        {
            yield return renderer.Render(sampler.Next(), text);
        }
    }
}
