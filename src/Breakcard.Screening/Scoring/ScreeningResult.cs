using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Scoring;

/// <summary>
/// The screening of one text: a 0–100 risk score, its band and recommended action, the two
/// components it came from, and the reasons, each quoting the original text. Pure data, suitable
/// for an API response and for early warning (a person's exposure to risky ads).
/// </summary>
/// <param name="Score">Risk score, 0 (nothing found) to 100.</param>
/// <param name="Band">The band of the score.</param>
/// <param name="Action">What a platform should do.</param>
/// <param name="ModelProbability">The model's probability in [0, 1], or null when screening ran without a model.</param>
/// <param name="PatternEvidence">The patterns' combined evidence in [0, 1) (noisy-OR of the weights of the patterns found).</param>
/// <param name="Reasons">Reasons, evidence first (heaviest first), then the model's view, then mitigations.</param>
/// <param name="Conducts">The conduct the patterns found point to, without duplicates, in catalogue order.</param>
/// <param name="IsWarningNotice">True when the text reads as an anti-fraud warning.</param>
/// <param name="NormalisedText">The normalised text that was scored.</param>
public sealed record ScreeningResult(
    int Score,
    RiskBand Band,
    PlatformAction Action,
    double? ModelProbability,
    double PatternEvidence,
    IReadOnlyList<ScreeningReason> Reasons,
    IReadOnlyList<RiskConduct> Conducts,
    bool IsWarningNotice,
    string NormalisedText)
{
    /// <summary>True when the text is not simply published (review or reject).</summary>
    public bool IsFlagged => Band != RiskBand.Low;
}
