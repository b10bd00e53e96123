using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Pipeline;

/// <summary>One row of <c>scores.csv</c>: an account or number and what the run concluded about it.</summary>
/// <param name="Kind">Account or phone.</param>
/// <param name="Index">Entity index.</param>
/// <param name="Id">Account or phone number, in full.</param>
/// <param name="Risk">Highest risk reached during the run, 0–100.</param>
/// <param name="RiskAtEnd">Risk when the run ended (strengths decay without new evidence).</param>
/// <param name="PeakAt">When the highest risk was reached, or null.</param>
/// <param name="Alerts">Alerts raised for it.</param>
/// <param name="FirstAlertAt">Event time of its first alert (ISO 8601), or null.</param>
/// <param name="TopIndicators">Reason codes of its latest alert (or of its current strengths), largest first.</param>
public sealed record EntityScore(
    ScoredKind Kind,
    int Index,
    string Id,
    int Risk,
    int RiskAtEnd,
    string? PeakAt,
    int Alerts,
    string? FirstAlertAt,
    IReadOnlyList<string> TopIndicators);
