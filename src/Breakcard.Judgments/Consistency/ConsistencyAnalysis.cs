using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Consistency;

/// <summary>Everything the consistency check found in a corpus.</summary>
/// <param name="FineModel">The fine model, or null when too few defendants.</param>
/// <param name="TermModel">The term model, or null when too few defendants.</param>
/// <param name="FinePairs">Pairs with the larger facts and the lower fine.</param>
/// <param name="TermPairs">Pairs with the larger facts and the shorter term.</param>
/// <param name="Statutory">Sentences outside statutory limits.</param>
public sealed record ConsistencyResult(
    SentencingModelResult? FineModel, SentencingModelResult? TermModel, PairResult FinePairs, PairResult TermPairs, IReadOnlyList<StatutoryFinding> Statutory);

/// <summary>Runs every consistency check on a corpus of extracted judgments.</summary>
public static class ConsistencyAnalysis
{
    /// <summary>Runs the models, the pair search and the statutory checks.</summary>
    public static ConsistencyResult Run(IReadOnlyList<JudgmentRecord> judgments, int pairLimit = 10_000, double outlierThreshold = SentencingModel.DefaultThreshold)
    {
        var defendants = SentencedDefendant.All(judgments);
        return new ConsistencyResult(
            SentencingModel.Fit(defendants, SentencingTarget.Fine, outlierThreshold),
            SentencingModel.Fit(defendants, SentencingTarget.Term, outlierThreshold),
            InconsistentPairs.Find(defendants, SentencingTarget.Fine, pairLimit),
            InconsistentPairs.Find(defendants, SentencingTarget.Term, pairLimit),
            StatutoryChecks.Check(defendants));
    }
}
