using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Discipline;

/// <summary>Why a person or unit is on the disciplinary list (2024 Measures; Anti-Fraud Law Art. 31 para. 2).</summary>
public enum ListingGround
{
    /// <summary>Criminally punished for telecom fraud: listed for 3 years.</summary>
    CriminallyPunishedForTelecomFraud,

    /// <summary>Criminally punished for a related crime (for example Art. 287-2 or Art. 312): listed for 2 years.</summary>
    CriminallyPunishedForRelatedCrime,

    /// <summary>
    /// Identified by a public security organ at city level or above as buying, selling, renting or
    /// lending cards and accounts, or helping others pass real-name checks: listed for 2 years.
    /// </summary>
    IdentifiedCardOrAccountDealing,
}

/// <summary>
/// One listing decision in an identity's history. Immutable.
/// </summary>
/// <param name="Ground">Why the identity was listed.</param>
/// <param name="ListedOn">The day the listing took effect; on or after 2024-12-01.</param>
/// <param name="LiftedOn">
/// The first day the listing no longer applies because an objection was upheld or the finding
/// was revoked, or null when it runs its course.
/// </param>
public sealed record Listing(ListingGround Ground, DateOnly ListedOn, DateOnly? LiftedOn = null)
{
    /// <summary>The day the listing took effect.</summary>
    public DateOnly ListedOn { get; } = Check(ListedOn, LiftedOn);

    /// <summary>The first day the listing no longer applies, or null.</summary>
    public DateOnly? LiftedOn { get; } = LiftedOn;

    private static DateOnly Check(DateOnly listedOn, DateOnly? liftedOn)
    {
        var measures = LegalDocuments.DisciplinaryMeasures2024;
        if (!measures.IsInForceOn(listedOn))
        {
            throw new ArgumentOutOfRangeException(nameof(listedOn), listedOn,
                $"A listing under the {measures.Number} takes effect on or after {Amounts.Format(measures.EffectiveFrom)}; earlier restrictions rest on rules not encoded here.");
        }

        if (liftedOn is { } lifted && lifted < listedOn)
        {
            throw new ArgumentOutOfRangeException(nameof(liftedOn), lifted, "A listing cannot be lifted before it took effect.");
        }

        return listedOn;
    }
}
