using System.Collections.Immutable;
using Breakcard.Cases.Discipline;
using Breakcard.Legal.Discipline;

namespace Breakcard.Cases.Views;

/// <summary>A disciplinary listing as shown, with its objections and whether it applies on a day. Immutable.</summary>
/// <param name="Id">Listing id.</param>
/// <param name="IdentityNumber">The identity, masked unless revealed.</param>
/// <param name="Name">The name, masked unless revealed.</param>
/// <param name="Ground">Why.</param>
/// <param name="ListedOn">First day.</param>
/// <param name="LastDay">Last day on its own (duration, or the day before lifting).</param>
/// <param name="LiftedOn">Day lifted, if any.</param>
/// <param name="DecidedBy">The deciding institution.</param>
/// <param name="DecisionRef">The finding's or judgment's reference.</param>
/// <param name="CaseId">Its case, if any.</param>
/// <param name="ExpiredOn">Marked expired from this day, if so.</param>
/// <param name="Objections">Objections, oldest first.</param>
/// <param name="Version">Version.</param>
public sealed record ListingView(
    string Id,
    string IdentityNumber,
    string? Name,
    ListingGround Ground,
    DateOnly ListedOn,
    DateOnly LastDay,
    DateOnly? LiftedOn,
    string DecidedBy,
    string DecisionRef,
    string? CaseId,
    DateOnly? ExpiredOn,
    ImmutableArray<ObjectionRecord> Objections,
    long Version);
