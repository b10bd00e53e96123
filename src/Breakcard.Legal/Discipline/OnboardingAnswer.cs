using System.Collections.Immutable;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Discipline;

/// <summary>A service an institution is asked to provide to an identity.</summary>
public enum OnboardingService
{
    /// <summary>Opening a new bank account or card.</summary>
    NewBankAccount,

    /// <summary>Opening a new payment account at a payment institution.</summary>
    NewPaymentAccount,

    /// <summary>Issuing a new phone card (network access).</summary>
    NewPhoneCard,

    /// <summary>Non-counter (online, mobile, ATM transfer) business on an account.</summary>
    NonCounterService,
}

/// <summary>The answer to "may this identity be given this service on this date?".</summary>
public enum OnboardingDecision
{
    /// <summary>No listing restricts it on that date.</summary>
    Allowed,

    /// <summary>A listing in force restricts it.</summary>
    Refused,

    /// <summary>The disciplinary Measures were not in force on that date; the answer rests on rules not encoded here.</summary>
    RulesNotInForce,
}

/// <summary>The onboarding answer with its reason and sources. Immutable.</summary>
/// <param name="Decision">Allowed, refused, or rules not in force.</param>
/// <param name="Reason">One or two sentences a bank clerk can read to the customer.</param>
/// <param name="Sources">The provisions the answer rests on.</param>
/// <param name="Period">The listing run in force on the date, or the last one that ended before it; null when none.</param>
/// <param name="ObjectionPath">How a listed identity objects; null when not listed.</param>
public sealed record OnboardingAnswer(
    OnboardingDecision Decision,
    string Reason,
    ImmutableArray<LegalSource> Sources,
    ListingPeriod? Period,
    string? ObjectionPath)
{
    /// <summary>True when the service may be provided.</summary>
    public bool Allowed => Decision == OnboardingDecision.Allowed;
}
