using System.Collections.Immutable;
using Breakcard.Cases.Identifiers;
using Breakcard.Legal.Control;

namespace Breakcard.Cases.Measures;

/// <summary>
/// A control measure an institution applied to a card, account or phone under Anti-Fraud Law
/// Arts. 11 and 18, with the finding it rests on, the legal reason, and the remedy path as it
/// unfolded (complaint, release). Immutable; changes produce the next version.
/// </summary>
/// <param name="Id">"CM-000001".</param>
/// <param name="InstitutionId">The institution that applied it.</param>
/// <param name="CaseId">The case it belongs to, or null.</param>
/// <param name="Target">The card, account or phone.</param>
/// <param name="Actor">Bank or payment institution, or telecom operator.</param>
/// <param name="Kind">The measure.</param>
/// <param name="Findings">The findings established (the trigger must be among them).</param>
/// <param name="AppliedOn">The day it took effect.</param>
/// <param name="Reason">The legal reason from <see cref="ControlMeasureCatalog.MayApply"/>.</param>
/// <param name="Basis">The provision, with its date and label.</param>
/// <param name="RemedySteps">What the customer must be told and may do.</param>
/// <param name="RemedySource">The provision of the remedy, with its label.</param>
/// <param name="Status">Applied, under complaint, or released.</param>
/// <param name="Complaint">The customer's complaint as recorded, or null.</param>
/// <param name="ComplainedOn">The day of the complaint, or null.</param>
/// <param name="ReleasedOn">The day it was lifted, or null.</param>
/// <param name="ReleaseReason">Why it was lifted, or null.</param>
/// <param name="CreatedAt">When it was recorded (processing time).</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="Version">Incremented by every change.</param>
public sealed record MeasureRecord(
    string Id,
    string InstitutionId,
    string? CaseId,
    Identifier Target,
    MeasureActor Actor,
    ControlMeasureKind Kind,
    ImmutableArray<MeasureTrigger> Findings,
    DateOnly AppliedOn,
    string Reason,
    string Basis,
    ImmutableArray<string> RemedySteps,
    string RemedySource,
    MeasureStatus Status,
    string? Complaint,
    DateOnly? ComplainedOn,
    DateOnly? ReleasedOn,
    string? ReleaseReason,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    long Version);
