using System.Collections.Immutable;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Discipline;

/// <summary>Who may be listed, on whose finding, and for how long. Immutable.</summary>
/// <param name="Ground">The ground.</param>
/// <param name="Who">Who falls under it.</param>
/// <param name="DecidedBy">Whose finding or judgment it rests on.</param>
/// <param name="Years">Duration in years.</param>
/// <param name="Source">The provision.</param>
public sealed record ListingGroundInfo(ListingGround Ground, string Who, string DecidedBy, int Years, LegalSource Source);

/// <summary>
/// The joint disciplinary list (电信网络诈骗及其关联违法犯罪联合惩戒办法, in force 2024-12-01, on the
/// basis of Anti-Fraud Law Art. 31 para. 2): who is listed, for how long, the cap of five
/// consecutive years, the right to object, and the onboarding question institutions ask.
/// Periods follow <see cref="Evaluation.LegalPeriods"/>: a listing of n years taking effect on day
/// S covers S through the corresponding day n years later (ADR 0025). Pure and thread safe.
/// </summary>
public static class DisciplinaryRules
{
    /// <summary>Longest run of consecutive listed years.</summary>
    public const int MaxConsecutiveYears = 5;

    /// <summary>Durations and the cap.</summary>
    public static LegalSource DurationRule { get; } = LegalDocuments.DisciplinaryMeasures2024.Provision(
        "(duration provisions; article not verified)", note: "3 years for those criminally punished for telecom fraud, 2 years for the others; repeated listing may not run past 5 consecutive years (LAW.md).");

    /// <summary>The statutory basis: listing and restrictions, and the right to object.</summary>
    public static LegalSource StatutoryBasis { get; } = LegalDocuments.AntiFraudLaw.Provision(
        "Art. 31 para. 2", note: "Credit records; restricting cards, accounts and online accounts; stopping non-counter business; suspending new business; restricting network access; objections may be raised.");

    /// <summary>Written notice and the complaint procedure of the Measures.</summary>
    public static LegalSource ObjectionProcedure { get; } = LegalDocuments.DisciplinaryMeasures2024.Provision(
        "Arts. 12, 14–16", SourceStanding.Secondary, note: "From published summaries: written notice of basis, period, measures and right to complain (Art. 12); complaint, acceptance, verification, feedback and lifting with time limits (Arts. 14–16).");

    /// <summary>How a listed identity objects, in words a clerk can hand over.</summary>
    public const string ObjectionPath =
        "The listed person or unit may object (申诉) to the public security organ that made the finding, or to the body that took the measure. " +
        "The listing must have been notified in writing with its basis, period, measures and the right to object; the complaint is accepted, verified and answered within set time limits, " +
        "and a listing found wrong is lifted at once. Basic financial and telecom services remain available meanwhile.";

    /// <summary>Who is listed, on whose finding, for how long.</summary>
    public static ImmutableArray<ListingGroundInfo> Grounds { get; } =
    [
        new(ListingGround.CriminallyPunishedForTelecomFraud, "people criminally punished for telecom fraud", "a court judgment", 3, DurationRule),
        new(ListingGround.CriminallyPunishedForRelatedCrime, "people criminally punished for crimes related to telecom fraud", "a court judgment", 2, DurationRule),
        new(ListingGround.IdentifiedCardOrAccountDealing,
            "people and units identified as buying, selling, renting or lending phone cards, IoT cards, bank or payment accounts or internet accounts, or helping others pass real-name checks",
            "a public security organ at city (设区的市) level or above", 2, StatutoryBasis),
    ];

    /// <summary>Years a listing on <paramref name="ground"/> lasts.</summary>
    public static int DurationYears(ListingGround ground) => ground switch
    {
        ListingGround.CriminallyPunishedForTelecomFraud => 3,
        ListingGround.CriminallyPunishedForRelatedCrime or ListingGround.IdentifiedCardOrAccountDealing => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown ground."),
    };

    /// <summary>
    /// The last day a single listing applies on its own: the corresponding day after its duration,
    /// or the day before it was lifted. Earlier than <see cref="Listing.ListedOn"/> when lifted on
    /// its first day.
    /// </summary>
    public static DateOnly LastDayOf(Listing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var end = Evaluation.LegalPeriods.LastDay(listing.ListedOn, DurationYears(listing.Ground));
        return listing.LiftedOn is { } lifted && lifted.AddDays(-1) < end ? lifted.AddDays(-1) : end;
    }

    /// <summary>
    /// The runs of consecutive listed days in <paramref name="history"/>: overlapping or adjoining
    /// listings join one run, and no run goes past <see cref="MaxConsecutiveYears"/> years from
    /// its first day. A listing that would only extend a capped run adds no days.
    /// </summary>
    public static ImmutableArray<ListingPeriod> Periods(IEnumerable<Listing> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var runs = ImmutableArray.CreateBuilder<ListingPeriod>();
        ListingPeriod? run = null;
        foreach (var listing in history.OrderBy(l => l.ListedOn).ThenBy(l => l.Ground))
        {
            var last = LastDayOf(listing);
            if (last < listing.ListedOn)
            {
                continue; // Lifted on its first day: never in force.
            }

            if (run is not null && listing.ListedOn <= run.FirstFreeDay)
            {
                var cap = Evaluation.LegalPeriods.LastDay(run.From, MaxConsecutiveYears);
                var through = last > run.Through ? last : run.Through;
                var capped = run.Capped || through > cap;
                run = run with { Through = through > cap ? cap : through, Listings = run.Listings.Add(listing), Capped = capped };
                continue;
            }

            if (run is not null)
            {
                runs.Add(run);
            }

            run = new ListingPeriod(listing.ListedOn, last, [listing], Capped: false);
        }

        if (run is not null)
        {
            runs.Add(run);
        }

        return runs.ToImmutable();
    }

    /// <summary>The run that covers <paramref name="date"/>, or null when the identity is not listed that day.</summary>
    public static ListingPeriod? ActiveOn(IEnumerable<Listing> history, DateOnly date) =>
        Periods(history).FirstOrDefault(p => p.Covers(date));

    /// <summary>
    /// May an identity with <paramref name="history"/> be given <paramref name="service"/> on
    /// <paramref name="date"/>? Refused while a listing run covers the date; the reason names
    /// the run, the ground, the first day the restriction ends and the way to object.
    /// </summary>
    public static OnboardingAnswer MayProvide(IEnumerable<Listing> history, OnboardingService service, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(history);
        var measures = LegalDocuments.DisciplinaryMeasures2024;
        if (!measures.IsInForceOn(date))
        {
            return new(OnboardingDecision.RulesNotInForce,
                $"The disciplinary Measures apply from {Amounts.Format(measures.EffectiveFrom)}; on {Amounts.Format(date)} restrictions rested on other rules (Anti-Fraud Law Art. 31 para. 2 from 2022-12-01, earlier PBOC notices) that are not encoded: decide under the institution's own procedure.",
                [StatutoryBasis], null, null);
        }

        var periods = Periods(history);
        var active = periods.FirstOrDefault(p => p.Covers(date));
        if (active is not null)
        {
            var grounds = string.Join(", ", active.Listings.Select(l => $"{Describe(l.Ground)} from {Amounts.Format(l.ListedOn)}").Distinct());
            var capped = active.Capped ? $" (cut short by the {MaxConsecutiveYears}-consecutive-year cap)" : "";
            return new(OnboardingDecision.Refused,
                $"Listed from {Amounts.Format(active.From)} through {Amounts.Format(active.Through)}{capped} ({grounds}): {Describe(service)} is restricted until {Amounts.Format(active.FirstFreeDay)}. Basic services must still be provided.",
                [StatutoryBasis, DurationRule, ObjectionProcedure], active, ObjectionPath);
        }

        var previous = periods.LastOrDefault(p => p.Through < date);
        var reason = previous is null
            ? $"No listing applies on {Amounts.Format(date)}."
            : $"The last listing ran from {Amounts.Format(previous.From)} through {Amounts.Format(previous.Through)} and no longer applies on {Amounts.Format(date)}.";
        return new(OnboardingDecision.Allowed, reason, [StatutoryBasis, DurationRule], previous, null);
    }

    private static string Describe(ListingGround ground) => ground switch
    {
        ListingGround.CriminallyPunishedForTelecomFraud => "criminally punished for telecom fraud, 3 years",
        ListingGround.CriminallyPunishedForRelatedCrime => "criminally punished for a related crime, 2 years",
        ListingGround.IdentifiedCardOrAccountDealing => "identified card or account dealing, 2 years",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown ground."),
    };

    private static string Describe(OnboardingService service) => service switch
    {
        OnboardingService.NewBankAccount => "opening a new bank account or card",
        OnboardingService.NewPaymentAccount => "opening a new payment account",
        OnboardingService.NewPhoneCard => "issuing a new phone card",
        OnboardingService.NonCounterService => "non-counter business",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unknown service."),
    };
}
