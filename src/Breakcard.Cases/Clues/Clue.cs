using System.Collections.Immutable;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.Clues;

/// <summary>
/// A clue (线索): something worth verifying about a card, account or phone — from a monitoring
/// alert, a fund-chain trace or by hand — owned by the institution that raised it. Its content
/// never changes; only its status does (with the version). Immutable.
/// </summary>
/// <param name="Id">"CL-000001".</param>
/// <param name="InstitutionId">The institution that raised it.</param>
/// <param name="Source">Alert, trace or manual.</param>
/// <param name="SourceRef">The alert or trace id, or null.</param>
/// <param name="Subject">The card, account or phone.</param>
/// <param name="HolderIdentity">The holder's identity number, when known.</param>
/// <param name="HolderName">The holder's name, when known.</param>
/// <param name="HolderRef">The holder's id in the source data, when known.</param>
/// <param name="Risk">Risk 0–100 from monitoring, when scored.</param>
/// <param name="Reasons">Reason codes.</param>
/// <param name="EvidenceEventIds">Ids of the evidence events.</param>
/// <param name="Chain">The traced chain, for a clue from a trace.</param>
/// <param name="Summary">The analyst's summary; free text, never an identifier.</param>
/// <param name="Status">Open, promoted or dismissed.</param>
/// <param name="CaseId">The case opened from it, once promoted.</param>
/// <param name="CreatedAt">When it was raised (processing time).</param>
/// <param name="CreatedBy">Who raised it.</param>
/// <param name="Version">Incremented by every change.</param>
public sealed record Clue(
    string Id,
    string InstitutionId,
    ClueSource Source,
    string? SourceRef,
    Identifier Subject,
    Identifier? HolderIdentity,
    Identifier? HolderName,
    string? HolderRef,
    int? Risk,
    ImmutableArray<ClueReason> Reasons,
    ImmutableArray<string> EvidenceEventIds,
    ChainContent? Chain,
    string Summary,
    ClueStatus Status,
    string? CaseId,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    long Version);
