using System.Globalization;
using Breakcard.Legal.Discipline;
using CsCheck;

namespace Breakcard.Legal.Tests.Discipline;

/// <summary>
/// 2024 Measures: 3 years for telecom-fraud convicts, 2 years for the others, no run past 5
/// consecutive years. A listing of n years taking effect on S covers S through the same calendar
/// day n years later (ADR 0025).
/// </summary>
public sealed class DisciplinaryRulesTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(ListingGround.CriminallyPunishedForTelecomFraud, 3)]
    [InlineData(ListingGround.CriminallyPunishedForRelatedCrime, 2)]
    [InlineData(ListingGround.IdentifiedCardOrAccountDealing, 2)]
    public void DurationYears_ByGround(ListingGround ground, int years)
    {
        Assert.Equal(years, DisciplinaryRules.DurationYears(ground));
        Assert.Equal(years, DisciplinaryRules.Grounds.Single(g => g.Ground == ground).Years);
    }

    // Listed on 2025-01-10 for 2 years: refused through 2027-01-10, allowed from 2027-01-11.
    [Theory]
    [InlineData("2025-01-09", OnboardingDecision.Allowed)]
    [InlineData("2025-01-10", OnboardingDecision.Refused)]
    [InlineData("2027-01-10", OnboardingDecision.Refused)]
    [InlineData("2027-01-11", OnboardingDecision.Allowed)]
    public void MayProvide_AroundExpiryOfTwoYearListing(string date, OnboardingDecision expected)
    {
        Listing[] history = [new(ListingGround.IdentifiedCardOrAccountDealing, D("2025-01-10"))];
        var answer = DisciplinaryRules.MayProvide(history, OnboardingService.NewBankAccount, D(date));
        Assert.Equal(expected, answer.Decision);
        Assert.Equal(expected == OnboardingDecision.Refused, answer.ObjectionPath is not null);
    }

    [Theory]
    [InlineData("2028-01-10", OnboardingDecision.Refused)]
    [InlineData("2028-01-11", OnboardingDecision.Allowed)]
    public void MayProvide_TelecomFraudConvictListedThreeYears(string date, OnboardingDecision expected)
    {
        Listing[] history = [new(ListingGround.CriminallyPunishedForTelecomFraud, D("2025-01-10"))];
        Assert.Equal(expected, DisciplinaryRules.MayProvide(history, OnboardingService.NewPhoneCard, D(date)).Decision);
    }

    [Fact]
    public void MayProvide_Refused_ReasonNamesPeriodGroundAndFirstFreeDay()
    {
        Listing[] history = [new(ListingGround.IdentifiedCardOrAccountDealing, D("2025-01-10"))];
        var answer = DisciplinaryRules.MayProvide(history, OnboardingService.NonCounterService, D("2026-06-01"));
        Assert.Equal("Listed from 2025-01-10 through 2027-01-10 (identified card or account dealing, 2 years from 2025-01-10): non-counter business is restricted until 2027-01-11. Basic services must still be provided.", answer.Reason);
        Assert.Contains(answer.Sources, s => s.Citation == "Anti-Fraud Law Art. 31 para. 2");
    }

    [Fact]
    public void Periods_RenewalsAreCappedAtFiveConsecutiveYears()
    {
        // 2025-01-10 +2y → 2027-01-10; relisted 2026-12-01 +3y → 2029-12-01; relisted 2029-06-01 +2y → 2031-06-01.
        // The run started 2025-01-10, so it may not go past 2030-01-10.
        Listing[] history =
        [
            new(ListingGround.IdentifiedCardOrAccountDealing, D("2025-01-10")),
            new(ListingGround.CriminallyPunishedForTelecomFraud, D("2026-12-01")),
            new(ListingGround.IdentifiedCardOrAccountDealing, D("2029-06-01")),
        ];
        var period = Assert.Single(DisciplinaryRules.Periods(history));
        Assert.Equal((D("2025-01-10"), D("2030-01-10"), true), (period.From, period.Through, period.Capped));
        Assert.Equal(OnboardingDecision.Refused, DisciplinaryRules.MayProvide(history, OnboardingService.NewBankAccount, D("2030-01-10")).Decision);
        Assert.Equal(OnboardingDecision.Allowed, DisciplinaryRules.MayProvide(history, OnboardingService.NewBankAccount, D("2030-01-11")).Decision);
    }

    [Fact]
    public void Periods_ListingAdjoiningACappedRun_AddsNoDays()
    {
        Listing[] history =
        [
            new(ListingGround.CriminallyPunishedForTelecomFraud, D("2025-01-10")), // → 2028-01-10
            new(ListingGround.CriminallyPunishedForTelecomFraud, D("2027-01-10")), // → 2030-01-10 (cap)
            new(ListingGround.IdentifiedCardOrAccountDealing, D("2030-01-11")),    // would make a sixth consecutive year
        ];
        var period = Assert.Single(DisciplinaryRules.Periods(history));
        Assert.Equal(D("2030-01-10"), period.Through);
    }

    [Fact]
    public void Periods_ListingAfterAGap_StartsANewRun()
    {
        Listing[] history =
        [
            new(ListingGround.IdentifiedCardOrAccountDealing, D("2025-01-10")), // → 2027-01-10
            new(ListingGround.IdentifiedCardOrAccountDealing, D("2027-01-12")), // one free day between
        ];
        var periods = DisciplinaryRules.Periods(history);
        Assert.Equal(2, periods.Length);
        Assert.Equal(OnboardingDecision.Allowed, DisciplinaryRules.MayProvide(history, OnboardingService.NewBankAccount, D("2027-01-11")).Decision);
    }

    [Fact]
    public void Periods_ObjectionUpheld_LiftsFromThatDay()
    {
        Listing[] history = [new(ListingGround.IdentifiedCardOrAccountDealing, D("2025-01-10"), LiftedOn: D("2025-03-01"))];
        Assert.Equal(OnboardingDecision.Refused, DisciplinaryRules.MayProvide(history, OnboardingService.NewBankAccount, D("2025-02-28")).Decision);
        Assert.Equal(OnboardingDecision.Allowed, DisciplinaryRules.MayProvide(history, OnboardingService.NewBankAccount, D("2025-03-01")).Decision);
        Assert.Empty(DisciplinaryRules.Periods([new(ListingGround.IdentifiedCardOrAccountDealing, D("2025-01-10"), LiftedOn: D("2025-01-10"))]));
    }

    [Theory]
    [InlineData("2024-11-30", OnboardingDecision.RulesNotInForce)]
    [InlineData("2024-12-01", OnboardingDecision.Allowed)]
    public void MayProvide_BeforeTheMeasures_SaysRulesNotInForce(string date, OnboardingDecision expected)
    {
        Assert.Equal(expected, DisciplinaryRules.MayProvide([], OnboardingService.NewBankAccount, D(date)).Decision);
    }

    [Fact]
    public void Listing_BeforeTheMeasures_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Listing(ListingGround.IdentifiedCardOrAccountDealing, D("2024-11-30")));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Listing(ListingGround.IdentifiedCardOrAccountDealing, D("2025-01-10"), D("2025-01-09")));
    }

    [Fact]
    public void Periods_AnyHistory_RunsAreDisjointOrderedAndAtMostFiveYears()
    {
        var listing = Gen.Select(Gen.Enum<ListingGround>(), Gen.Int[0, 4000], Gen.Int[-1, 1200])
            .Select((g, day, lift) =>
            {
                var start = D("2024-12-01").AddDays(day);
                return new Listing(g, start, lift >= 0 ? start.AddDays(lift) : null);
            });
        listing.Array[0, 12].Sample(history =>
        {
            var periods = DisciplinaryRules.Periods(history);
            var ordered = periods.Zip(periods.Skip(1)).All(p => p.First.FirstFreeDay < p.Second.From);
            var capped = periods.All(p => p.Through <= p.From.AddYears(5) && p.From <= p.Through);
            // Every day a listing applies on its own lies in some run, unless a capped run absorbed it.
            var covered = history.All(l => DisciplinaryRules.LastDayOf(l) < l.ListedOn
                || periods.Any(p => p.Covers(l.ListedOn)) || periods.Any(p => p.Capped && p.FirstFreeDay == l.ListedOn));
            return ordered && capped && covered;
        });
    }
}
