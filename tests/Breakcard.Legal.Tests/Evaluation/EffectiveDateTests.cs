using System.Globalization;
using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

/// <summary>
/// Every criterion on both sides of its effective date: the day before it is "not in force" and
/// never applied; on the day it is evaluated. Dates from LAW.md (month-only dates per ADR 0021).
/// </summary>
public sealed class EffectiveDateTests
{
    public static TheoryData<string, string> CriterionDates => new()
    {
        { "art287-2-in-force", "2015-11-01" },
        { "2019-art12-1-1-objects", "2019-11-01" },
        { "2019-art12-1-2-settlement", "2019-11-01" },
        { "2019-art12-1-3-advertising", "2019-11-01" },
        { "2019-art12-1-4-gains", "2019-11-01" },
        { "2019-art12-1-5-prior-penalty", "2019-11-01" },
        { "2019-art12-1-6-consequences", "2019-11-01" },
        { "2019-art12-1-7-other", "2019-11-01" },
        { "2019-art12-2-settlement-5x", "2019-11-01" },
        { "2019-art12-2-advertising-5x", "2019-11-01" },
        { "2019-art12-2-gains-5x", "2019-11-01" },
        { "2019-art12-2-especially-serious", "2019-11-01" },
        { "2021-art9-1-payment-tools", "2021-06-17" },
        { "2021-art9-2-others-telecom-cards", "2021-06-17" },
        { "2022-minutes-art4-inflow", "2022-04-01" },
        { "2025-own-accounts", "2025-07-28" },
        { "2025-others-accounts", "2025-07-28" },
        { "2025-telecom-cards", "2025-07-28" },
    };

    /// <summary>Facts that would meet every criterion if it were in force.</summary>
    private static ConductFacts MeetsEverything(DateOnly date) => Baseline(date).WithAct(a => a with
    {
        ObjectsHelped = 5,
        Settlement = Money.FromYuan(5_000_000),
        AdvertisingFunds = Money.FromYuan(500_000),
        IllegalGains = Money.FromYuan(100_000),
        Cards =
        [
            new CardDealing(CardKind.BankCard, CardHolder.Own, Dealing.Sold, 6),
            new CardDealing(CardKind.BankCard, CardHolder.Others, Dealing.Bought, 2),
            new CardDealing(CardKind.PhoneCard, CardHolder.Others, Dealing.Bought, 25),
        ],
        Inflow = new FundInflow(Money.FromYuan(1_000_000), Money.FromYuan(50_000), Money.Zero),
    }) with
    {
        HelpedCrimeVerified = null,
        HelpedCrimeConsequences = Consequences.EspeciallySerious,
        PriorPenalties = [new PriorPenalty(date.AddMonths(-6), PenaltyGround.HelpingNetworkCrime)],
        OtherSeriousCircumstance = "organised others",
    };

    [Theory]
    [MemberData(nameof(CriterionDates))]
    public void Criterion_DayBeforeEffectiveDate_IsNotInForce(string id, string from)
    {
        var dayBefore = DateOnly.Parse(from, CultureInfo.InvariantCulture).AddDays(-1);
        var result = LegalEvaluator.Evaluate(MeetsEverything(dayBefore)).Criterion(id);
        Assert.Equal(CriterionStatus.NotInForce, result.Status);
        Assert.Contains($"in force from {from}", result.Decisive, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CriterionDates))]
    public void Criterion_OnEffectiveDate_IsAppliedAndMet(string id, string from)
    {
        var day = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        Assert.Equal(CriterionStatus.Met, LegalEvaluator.Evaluate(MeetsEverything(day)).Criterion(id).Status);
    }

    [Fact]
    public void CriterionDates_CoverEveryCriterionExceptAge()
    {
        var covered = CriterionDates.Select(row => row.Data.Item1).ToHashSet();
        var all = LegalEvaluator.Criteria.Select(c => c.Id).Where(id => id != "age-of-responsibility");
        Assert.All(all, id => Assert.Contains(id, covered));
    }

    [Fact]
    public void Interpretation2019_DayBefore_SeriousCircumstancesHaveNoRule()
    {
        var before = LegalEvaluator.Evaluate(MeetsEverything(new DateOnly(2019, 10, 31))).Conclusion;
        Assert.Equal(SeriousCircumstances.NoRuleInForce, before.Serious);
        Assert.Equal(Outcome.Undetermined, before.Outcome);
        var on = LegalEvaluator.Evaluate(MeetsEverything(new DateOnly(2019, 11, 1))).Conclusion;
        Assert.Equal(SeriousCircumstances.Met, on.Serious);
        Assert.Equal(Outcome.CriminalLiabilityIndicated, on.Outcome);
    }

    [Fact]
    public void Article287Dash2_DayBefore_NoCrimeNoPenalty()
    {
        var before = LegalEvaluator.Evaluate(MeetsEverything(new DateOnly(2015, 10, 31)));
        Assert.Equal(Outcome.StatuteNotInForce, before.Conclusion.Outcome);
        Assert.Null(before.Penalty);
        Assert.All(before.Criteria.Where(c => c.Id != "age-of-responsibility"), c => Assert.Equal(CriterionStatus.NotInForce, c.Status));
        Assert.Empty(before.AdministrativeSanctions.Where(s => s.Status != SanctionStatus.NotInForce));
        var on = LegalEvaluator.Evaluate(MeetsEverything(new DateOnly(2015, 11, 1)));
        Assert.Equal(Outcome.Undetermined, on.Conclusion.Outcome);
        Assert.NotNull(on.Penalty);
    }
}
