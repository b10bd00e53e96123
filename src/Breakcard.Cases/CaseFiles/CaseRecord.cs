using Breakcard.Cases.Workflow;

namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// A case's header: title, state, who opened it, who holds it now, who works it, and its version
/// for optimistic concurrency. The evidence lives in <see cref="CaseItem"/>s, the history in
/// <see cref="TimelineEntry"/>s. Immutable; changes produce a new record with the next version.
/// </summary>
/// <param name="Id">"CS-000001".</param>
/// <param name="Title">Short title; free text, never an identifier.</param>
/// <param name="State">Workflow state.</param>
/// <param name="OwnerInstitutionId">The institution that opened the case.</param>
/// <param name="CustodianInstitutionId">The institution that holds it now and takes the next step.</param>
/// <param name="AssignedTo">The user working it, or null.</param>
/// <param name="ClueId">The clue it was opened from, or null.</param>
/// <param name="OpenedAt">When it was opened (processing time).</param>
/// <param name="OpenedBy">Who opened it.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="Version">Incremented by every change; updates name the version they read.</param>
public sealed record CaseRecord(
    string Id,
    string Title,
    CaseState State,
    string OwnerInstitutionId,
    string CustodianInstitutionId,
    string? AssignedTo,
    string? ClueId,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    DateTimeOffset UpdatedAt,
    long Version);
