using Breakcard.Cases.Identifiers;
using Breakcard.Legal.Discipline;

namespace Breakcard.Cases.Discipline;

/// <summary>
/// A stored decision to put an identity on the joint disciplinary list (2024 Measures; Anti-Fraud
/// Law Art. 31 para. 2). Whether it restricts a service on a day is never stored: it is computed
/// by <see cref="DisciplinaryRules.MayProvide"/> from the identity's whole history, so runs, the
/// five-year cap and lifting are applied the same way every time. Immutable.
/// </summary>
/// <param name="Id">"DL-000001".</param>
/// <param name="IdentityNumber">The listed identity.</param>
/// <param name="Name">The listed person's name, when recorded.</param>
/// <param name="Ground">Why.</param>
/// <param name="ListedOn">The day it took effect (on or after 2024-12-01).</param>
/// <param name="LiftedOn">The first day it no longer applies after an upheld objection, or null.</param>
/// <param name="DecidedByInstitutionId">The police organ or court whose finding or judgment it rests on.</param>
/// <param name="DecisionRef">The finding's or judgment's reference.</param>
/// <param name="CaseId">The case it came from, or null.</param>
/// <param name="ExpiredOn">The first day after its own period, once marked expired by housekeeping; informational.</param>
/// <param name="CreatedAt">When it was recorded (processing time).</param>
/// <param name="CreatedBy">Who recorded it.</param>
/// <param name="Version">Incremented by every change.</param>
public sealed record ListingRecord(
    string Id,
    Identifier IdentityNumber,
    Identifier? Name,
    ListingGround Ground,
    DateOnly ListedOn,
    DateOnly? LiftedOn,
    string DecidedByInstitutionId,
    string DecisionRef,
    string? CaseId,
    DateOnly? ExpiredOn,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    long Version)
{
    /// <summary>The listing as the legal rules see it.</summary>
    public Listing ToListing() => new(Ground, ListedOn, LiftedOn);

    /// <summary>The last day the listing applies on its own (duration, or the day before it was lifted).</summary>
    public DateOnly LastDay => DisciplinaryRules.LastDayOf(ToListing());
}
