using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;

namespace Breakcard.Cases.Views;

/// <summary>
/// A clue as one caller sees it: the owner sees every part; a recipient only the parts its
/// shares list (<see cref="Fields"/>), the rest null or empty. Identifiers are masked unless
/// revealed. Immutable.
/// </summary>
/// <param name="Id">Clue id.</param>
/// <param name="InstitutionId">The institution that raised it.</param>
/// <param name="Relation">Own or shared.</param>
/// <param name="Fields">The parts the caller may see.</param>
/// <param name="Source">Alert, trace or manual.</param>
/// <param name="SourceRef">Alert or trace id (with the evidence part).</param>
/// <param name="Subject">The card, account or phone, as shown.</param>
/// <param name="HolderIdentity">Holder's identity number, as shown.</param>
/// <param name="HolderName">Holder's name, as shown.</param>
/// <param name="HolderRef">Holder's id in the source data.</param>
/// <param name="Risk">Risk 0–100.</param>
/// <param name="Reasons">Reason codes.</param>
/// <param name="EvidenceEventIds">Evidence event ids.</param>
/// <param name="Chain">The chain as fields.</param>
/// <param name="Summary">Summary.</param>
/// <param name="Status">Status (owner only).</param>
/// <param name="CaseId">Case opened from it (owner only).</param>
/// <param name="CreatedAt">When it was raised.</param>
/// <param name="Version">Version (owner only).</param>
/// <param name="ShareIds">The shares the view was built from (recipient only).</param>
public sealed record ClueView(
    string Id,
    string InstitutionId,
    Relation Relation,
    ImmutableArray<ClueField> Fields,
    ClueSource Source,
    string? SourceRef,
    string? Subject,
    string? HolderIdentity,
    string? HolderName,
    string? HolderRef,
    int? Risk,
    ImmutableArray<ClueReason> Reasons,
    ImmutableArray<string> EvidenceEventIds,
    ImmutableArray<ViewField> Chain,
    string? Summary,
    ClueStatus? Status,
    string? CaseId,
    DateTimeOffset CreatedAt,
    long? Version,
    ImmutableArray<string> ShareIds)
{
    /// <summary>The control measure monitoring proposed (shown with the risk part).</summary>
    public ProposedMeasure? ProposedMeasure { get; init; }

    /// <summary>Further alerts merged into the clue (shown with the evidence part).</summary>
    public ImmutableArray<string> MergedAlertIds { get; init; } = [];

    /// <summary>Identifiers shown unmasked in this view (audited).</summary>
    public ImmutableArray<RevealedIdentifier> Revealed { get; init; } = [];
}
