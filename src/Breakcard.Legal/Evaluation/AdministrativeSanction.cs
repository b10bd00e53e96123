using System.Collections.Immutable;
using Breakcard.Core;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>Whether an administrative sanction reaches the conduct.</summary>
public enum SanctionStatus
{
    /// <summary>The facts fall under the provision.</summary>
    Applicable,

    /// <summary>A fact that decides it is not stated.</summary>
    InsufficientFacts,

    /// <summary>The facts do not fall under the provision.</summary>
    NotApplicable,

    /// <summary>The provision was not in force on the conduct date.</summary>
    NotInForce,
}

/// <summary>An administrative fine range. Immutable.</summary>
/// <param name="Minimum">Smallest fine, or null when the law sets only a ceiling ("up to").</param>
/// <param name="Maximum">Largest fine.</param>
public sealed record FineRange(Money? Minimum, Money Maximum)
{
    /// <inheritdoc />
    public override string ToString() => Minimum is { } min
        ? $"{Amounts.Format(min)} to {Amounts.Format(Maximum)}"
        : $"up to {Amounts.Format(Maximum)}";
}

/// <summary>An administrative sanction of the Anti-Fraud Law for conduct that is not a crime. Immutable.</summary>
/// <param name="Id">Stable id, for example "anti-fraud-art38".</param>
/// <param name="Source">The provision.</param>
/// <param name="Status">Whether it reaches the conduct.</param>
/// <param name="Why">Why it does or does not.</param>
/// <param name="Detention">Administrative detention the provision allows.</param>
/// <param name="Fine">The computed fine range, or null when illegal gains are not known.</param>
/// <param name="FineBasis">How the fine range follows from the gains.</param>
/// <param name="Notes">Further terms (confiscation, minors).</param>
public sealed record AdministrativeSanction(
    string Id,
    LegalSource Source,
    SanctionStatus Status,
    string Why,
    string Detention,
    FineRange? Fine,
    string FineBasis,
    ImmutableArray<string> Notes);
