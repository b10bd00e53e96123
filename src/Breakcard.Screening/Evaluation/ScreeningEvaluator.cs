using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Evaluation;

/// <summary>A labelled text the screener got wrong, with what it said.</summary>
/// <param name="Example">The text and its true label.</param>
/// <param name="Result">The screening result.</param>
public sealed record EvaluationMiss(LabelledText Example, ScreeningResult Result)
{
    /// <summary>True for a legitimate text that was flagged; false for a risky text that was published.</summary>
    public bool IsFalsePositive => !Example.IsRisky;
}

/// <summary>The outcome of screening a labelled set.</summary>
/// <param name="Flagged">Decision "flagged" (review or reject) against the truth: the platform-facing figure.</param>
/// <param name="Rejected">Decision "reject and report" against the truth.</param>
/// <param name="Misses">Every text the flagged decision got wrong, in input order.</param>
public sealed record ScreeningEvaluation(BinaryMetrics Flagged, BinaryMetrics Rejected, IReadOnlyList<EvaluationMiss> Misses);

/// <summary>Screens labelled texts and counts.</summary>
public static class ScreeningEvaluator
{
    /// <summary>Evaluates <paramref name="screener"/> on <paramref name="examples"/>.</summary>
    public static ScreeningEvaluation Evaluate(AdScreener screener, IReadOnlyList<LabelledText> examples, int maxParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(screener);
        ArgumentNullException.ThrowIfNull(examples);
        var results = screener.ScreenMany([.. examples.Select(e => e.Text)], maxParallelism);
        var flagged = BinaryMetrics.Empty;
        var rejected = BinaryMetrics.Empty;
        var misses = new List<EvaluationMiss>();
        for (var i = 0; i < examples.Count; i++)
        {
            var truth = examples[i].IsRisky;
            flagged = flagged.Add(truth, results[i].IsFlagged);
            rejected = rejected.Add(truth, results[i].Band == RiskBand.High);
            if (truth != results[i].IsFlagged)
            {
                misses.Add(new EvaluationMiss(examples[i], results[i]));
            }
        }

        return new ScreeningEvaluation(flagged, rejected, misses);
    }
}
