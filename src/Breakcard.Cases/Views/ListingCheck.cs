using System.Collections.Immutable;
using Breakcard.Legal.Discipline;

namespace Breakcard.Cases.Views;

/// <summary>The answer to an onboarding check, with the listings it rests on. Immutable.</summary>
/// <param name="IdentityNumber">The identity asked about, masked.</param>
/// <param name="Service">The service asked about.</param>
/// <param name="Date">The day asked about.</param>
/// <param name="Answer">The legal answer (decision, reason, sources, objection path).</param>
/// <param name="ListingIds">The stored listings of the identity.</param>
public sealed record ListingCheck(string IdentityNumber, OnboardingService Service, DateOnly Date, OnboardingAnswer Answer, ImmutableArray<string> ListingIds);
