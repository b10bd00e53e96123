using Breakcard.Cases.Identifiers;
using Breakcard.Legal.Discipline;

namespace Breakcard.Cases.Discipline;

/// <summary>What a police organ or court supplies to list an identity. Immutable.</summary>
/// <param name="IdentityNumber">The identity (a resident identity number).</param>
/// <param name="Name">The name, when recorded.</param>
/// <param name="Ground">The ground; police list card dealing, courts the criminally punished.</param>
/// <param name="ListedOn">The day it takes effect (on or after 2024-12-01).</param>
/// <param name="DecisionRef">The finding's or judgment's reference, 1 to 100 characters.</param>
/// <param name="CaseId">The case it comes from, if any.</param>
public sealed record ListingDraft(Identifier IdentityNumber, Identifier? Name, ListingGround Ground, DateOnly ListedOn, string DecisionRef, string? CaseId = null);
