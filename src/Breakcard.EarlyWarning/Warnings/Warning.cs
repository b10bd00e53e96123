using Breakcard.EarlyWarning.Scoring;
using Breakcard.EarlyWarning.Signals;

namespace Breakcard.EarlyWarning.Warnings;

/// <summary>
/// One holder on the warning list: when the score first crossed the line, the signals (in time
/// order), the priors, who should act and, if observed, when the serious-circumstances
/// thresholds were reached.
/// </summary>
/// <param name="HolderId">Person id.</param>
/// <param name="WarnedAt">Event time at which the score first reached the warning line.</param>
/// <param name="ScoreAtWarning">Score then.</param>
/// <param name="Score">Score at the end of the data.</param>
/// <param name="Signals">Every signal observed, first occurrence of each kind per account, in time order.</param>
/// <param name="Priors">The holder's prior factors.</param>
/// <param name="Interventions">Who should act, most urgent last.</param>
/// <param name="ThresholdReachedAt">When observed flows or cards reached a serious-circumstances threshold; null if not.</param>
/// <param name="ThresholdReason">Which threshold, in English; null if none.</param>
/// <param name="IsStudent">Whether the holder is a student (the school gets the message).</param>
public sealed record Warning(
    string HolderId,
    DateTimeOffset WarnedAt,
    int ScoreAtWarning,
    int Score,
    IReadOnlyList<Signal> Signals,
    IReadOnlyList<PriorFactor> Priors,
    IReadOnlyList<Intervention> Interventions,
    DateTimeOffset? ThresholdReachedAt,
    string? ThresholdReason,
    bool IsStudent)
{
    /// <summary>Whether the warning came before any threshold was reached (the point of early warning).</summary>
    public bool BeforeThreshold => ThresholdReachedAt is not { } t || WarnedAt < t;
}
