using System.Collections.Immutable;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.Clues.Import;

/// <summary>
/// One monitoring alert read from an <c>alerts.jsonl</c> line and checked: what a clue needs of it.
/// Identifiers are validated; reason texts never hold an unmasked identifier. Immutable.
/// </summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="AlertId">The alert's id in its run, for example "A000017".</param>
/// <param name="Subject">The account, card or phone the alert is about.</param>
/// <param name="HolderRef">Holder id of record, when monitoring knew it.</param>
/// <param name="Time">Event time of the event that raised the risk.</param>
/// <param name="Risk">Risk 0–100.</param>
/// <param name="Band">Control band 1–4.</param>
/// <param name="Model">Scoring model.</param>
/// <param name="Reasons">Reason codes with what was measured and where the signal comes from (the explanation).</param>
/// <param name="EvidenceEventIds">Evidence event ids still named in the alert (newest first), plus the trigger event.</param>
/// <param name="LegalBasis">Legal and regulatory basis of the alert.</param>
/// <param name="Measure">The proposed control measure.</param>
/// <param name="Linked">The linked entity behind a linked-risk reason, in words with the identifier masked.</param>
public sealed record ImportedAlert(
    long Line,
    string AlertId,
    Identifier Subject,
    string? HolderRef,
    DateTimeOffset Time,
    int Risk,
    int Band,
    string Model,
    ImmutableArray<ClueReason> Reasons,
    ImmutableArray<string> EvidenceEventIds,
    ImmutableArray<string> LegalBasis,
    ProposedMeasure Measure,
    string? Linked);
