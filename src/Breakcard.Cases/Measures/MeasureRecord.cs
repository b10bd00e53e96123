using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.Measures;

/// <summary>
/// A control measure an institution applied to a card, account or phone under Anti-Fraud Law
/// Arts. 11 and 18: the terms it was applied on and the remedy path as it unfolded. Immutable;
/// changes produce the next version.
/// </summary>
/// <param name="Id">"CM-000001".</param>
/// <param name="InstitutionId">The institution that applied it.</param>
/// <param name="CaseId">The case it belongs to, or null.</param>
/// <param name="Target">The card, account or phone.</param>
/// <param name="Terms">What was decided and on what footing.</param>
/// <param name="Progress">Complaint and release.</param>
/// <param name="CreatedAt">When it was recorded (processing time).</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="Version">Incremented by every change.</param>
public sealed record MeasureRecord(
    string Id,
    string InstitutionId,
    string? CaseId,
    Identifier Target,
    MeasureTerms Terms,
    MeasureProgress Progress,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    long Version);
