namespace Breakcard.Cases.Clues;

/// <summary>
/// A clue (线索): something worth verifying about a card, account or phone — from a monitoring
/// alert, a fund-chain trace or by hand — owned by the institution that raised it. Its content
/// never changes; only its status does (with the version). Immutable.
/// </summary>
/// <param name="Id">"CL-000001".</param>
/// <param name="InstitutionId">The institution that raised it.</param>
/// <param name="Content">What was raised: source, subject, holder, risk, reasons, evidence, chain, summary.</param>
/// <param name="Status">Open, promoted or dismissed.</param>
/// <param name="CaseId">The case opened from it, once promoted.</param>
/// <param name="CreatedAt">When it was raised (processing time).</param>
/// <param name="CreatedBy">Who raised it.</param>
/// <param name="Version">Incremented by every change.</param>
public sealed record Clue(
    string Id,
    string InstitutionId,
    ClueDraft Content,
    ClueStatus Status,
    string? CaseId,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    long Version);
