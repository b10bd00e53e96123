namespace Breakcard.Cases.Discipline;

/// <summary>A listed person's objection (申诉) and its decision. Immutable.</summary>
/// <param name="Id">"OB-000001".</param>
/// <param name="ListingId">The listing objected to.</param>
/// <param name="FiledOn">The day it was received.</param>
/// <param name="Grounds">What the person says, free text.</param>
/// <param name="Status">Pending, upheld or rejected.</param>
/// <param name="DecidedOn">The day it was decided, or null.</param>
/// <param name="DecisionReason">Why, or null.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="DecidedBy">Who decided it, or null.</param>
/// <param name="Version">Incremented by every change.</param>
public sealed record ObjectionRecord(
    string Id,
    string ListingId,
    DateOnly FiledOn,
    string Grounds,
    ObjectionStatus Status,
    DateOnly? DecidedOn,
    string? DecisionReason,
    string RecordedBy,
    string? DecidedBy,
    long Version);
