namespace Breakcard.Screening.Scoring;

/// <summary>How the model and the patterns combine into a score, and where the bands start.</summary>
public sealed record ScreeningOptions
{
    /// <summary>The options Breakcard ships with, chosen by grouped cross-validation over the training families (ADR 0052).</summary>
    public static ScreeningOptions Default { get; } = new();

    /// <summary>
    /// Share of the score that comes from the model's probability; the rest comes from the
    /// patterns' combined evidence. Score = 100 × (w·p + (1 − w)·e). In [0, 1].
    /// </summary>
    public double ModelWeight { get; init; } = 0.4;

    /// <summary>Scores from here up are <see cref="RiskBand.Medium"/> (review).</summary>
    public int ReviewFrom { get; init; } = 35;

    /// <summary>Scores from here up are <see cref="RiskBand.High"/> (reject and report).</summary>
    public int RejectFrom { get; init; } = 70;

    /// <summary>
    /// Share of the model's probability that counts when the model is the only sign of risk and the
    /// text names a legitimate reason for its card or account words: a school or public office, a
    /// volunteer post, wages or grants paid into the holder's own account (ADR 198). The model reads
    /// words, not who is speaking; a student-aid office checking its students' card numbers looks like
    /// a card collector to it. In [0, 1]; 1 turns the discount off.
    /// </summary>
    public double LegitimateContextModelShare { get; init; } = 0.7;

    /// <summary>
    /// Share of the model's probability that counts when the model is the only sign of risk: no
    /// pattern is live but daily pay and the target group (ADR 215). The model is a bag of character
    /// n-grams trained on texts written by the people who wrote the rules; on honest texts of kinds
    /// it has never seen (a riders' chat about ID checks and pay into one's own card) it gave
    /// p = 0.90–0.97. At 0.9 a model alone needs p ≥ 0.35 / (0.4 × 0.9) ≈ 0.972 to bring a text to
    /// review (p ≥ 0.958 after the score is rounded). In [0, 1]; 1 turns it off.
    /// </summary>
    public double ModelAloneShare { get; init; } = 0.9;

    /// <summary>
    /// Weight of each kind of honest-context evidence (<see cref="Patterns.HonestContext"/>: a prohibition
    /// around the risky act, a warning notice, report framing, pay into the worker's own account, an
    /// institution or contract speaking, help for a served person). The kinds found combine as a noisy-OR H,
    /// and a text without offence structure scores (1 − H) of what it would (ADR 233). In [0, 1); 0 turns it off.
    /// </summary>
    public double HonestContextWeight { get; init; } = 0.4;

    /// <summary>
    /// When true (the default), only a text showing the offence structure for pay
    /// (<see cref="Patterns.PatternMatches.HasOffenceStructure"/>) can reach the reject band; any other text
    /// stops at review however its terms co-occur (ADR 233).
    /// </summary>
    public bool RejectNeedsOffenceStructure { get; init; } = true;

    /// <summary>Model probability from which the model's strongest n-grams are listed as a reason.</summary>
    public double ExplainModelFrom { get; init; } = 0.5;

    /// <summary>The band of <paramref name="score"/>.</summary>
    public RiskBand BandOf(int score) => score >= RejectFrom ? RiskBand.High : score >= ReviewFrom ? RiskBand.Medium : RiskBand.Low;

    /// <summary>Throws when the options are inconsistent.</summary>
    public void Validate()
    {
        if (!(ModelWeight is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ModelWeight), ModelWeight, "must be between 0 and 1");
        }

        if (!(LegitimateContextModelShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LegitimateContextModelShare), LegitimateContextModelShare, "must be between 0 and 1");
        }

        if (!(ModelAloneShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ModelAloneShare), ModelAloneShare, "must be between 0 and 1");
        }

        if (!(HonestContextWeight is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(HonestContextWeight), HonestContextWeight, "must be at least 0 and below 1");
        }

        if (ReviewFrom is < 1 or > 100 || RejectFrom < ReviewFrom || RejectFrom > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(RejectFrom), RejectFrom, "need 1 ≤ ReviewFrom ≤ RejectFrom ≤ 100");
        }
    }
}
