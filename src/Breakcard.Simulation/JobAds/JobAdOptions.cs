namespace Breakcard.Simulation.JobAds;

/// <summary>Which part of the corpus to generate.</summary>
public enum JobAdSplit
{
    /// <summary>Training families and training evasions only: what models and patterns may be tuned on.</summary>
    Training,

    /// <summary>
    /// Development: each ad comes from a development family or from a training family disguised
    /// with at least one development evasion. For tuning patterns and weights, never for training.
    /// (Each round the previous held-out families become the development set; see <see cref="DevelopmentFamilies"/> and ADR 53.)
    /// </summary>
    Development,

    /// <summary>
    /// Held-out evaluation: each ad comes from a held-out family or from an earlier family disguised
    /// with at least one held-out evasion. Nothing is tuned on it.
    /// </summary>
    HeldOut,
}

/// <summary>Options for <see cref="JobAdGenerator"/>.</summary>
/// <param name="Count">Number of ads.</param>
/// <param name="Split">Training or held-out.</param>
/// <param name="RiskyShare">Share of risky ads, in [0, 1].</param>
/// <param name="HardNegativeShare">Share of hard negatives among the legitimate ads, in [0, 1].</param>
/// <param name="EnglishShare">Share of English ads, in [0, 1].</param>
/// <param name="EvasionRate">Probability that a risky ad uses each available evasion, in [0, 1].</param>
public sealed record JobAdOptions(
    int Count,
    JobAdSplit Split = JobAdSplit.Training,
    double RiskyShare = 0.3,
    double HardNegativeShare = 0.35,
    double EnglishShare = 0.08,
    double EvasionRate = 0.3)
{
    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(Count);
        foreach (var (name, value) in new[] { (nameof(RiskyShare), RiskyShare), (nameof(HardNegativeShare), HardNegativeShare), (nameof(EnglishShare), EnglishShare), (nameof(EvasionRate), EvasionRate) })
        {
            if (!(value is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(name, value, "must be between 0 and 1");
            }
        }
    }
}
