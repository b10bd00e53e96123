using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Scoring;

/// <summary>What a reason says about a text.</summary>
public enum ReasonKind
{
    /// <summary>An explicit pattern found: evidence of risk.</summary>
    Pattern,

    /// <summary>The learned model's view, with the phrases it weighed most.</summary>
    Model,

    /// <summary>Evidence against: risky words quoted inside a warning, or the text is an anti-fraud notice.</summary>
    Mitigation,

    /// <summary>What decided the score when it was not the model-led combination: the offence-structure floor (ADR 306).</summary>
    Decision,
}

/// <summary>One reason behind a score, quoting the original text.</summary>
/// <param name="Kind">Evidence, model view or mitigation.</param>
/// <param name="Id">The pattern id, <c>model</c>, or <c>warning-notice</c>.</param>
/// <param name="Title">One line for a reviewer.</param>
/// <param name="Quote">The phrase as written in the original text (with its disguises).</param>
/// <param name="OriginalStart">Start of <paramref name="Quote"/> in the original text (UTF-16 index).</param>
/// <param name="OriginalEnd">End (exclusive) of <paramref name="Quote"/> in the original text.</param>
/// <param name="Weight">The pattern's weight, or the model's probability.</param>
/// <param name="Conduct">The conduct a pattern points to; null for the model and mitigations.</param>
/// <param name="LegalBasis">The provisions the conduct falls under (empty for lures and the model).</param>
/// <param name="Note">How the basis applies, or further detail.</param>
public sealed record ScreeningReason(
    ReasonKind Kind,
    string Id,
    string Title,
    string Quote,
    int OriginalStart,
    int OriginalEnd,
    double Weight,
    RiskConduct? Conduct,
    IReadOnlyList<LegalReference> LegalBasis,
    string? Note);
