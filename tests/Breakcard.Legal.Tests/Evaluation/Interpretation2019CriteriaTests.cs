using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

/// <summary>
/// 法释〔2019〕15号 Art. 12 at threshold − 1, threshold and threshold + 1, in fen for money and in
/// units for counts. "以上" includes the number itself (Criminal Law Art. 99), so the threshold
/// meets the criterion. The thresholds are written here from the text, not read from the code.
/// </summary>
public sealed class Interpretation2019CriteriaTests
{
    [Theory]
    [InlineData(2, CriterionStatus.NotMet)]
    [InlineData(3, CriterionStatus.Met)]
    [InlineData(4, CriterionStatus.Met)]
    public void Item1_ObjectsHelped_ThreeOrMore(int objects, CriterionStatus expected)
    {
        var facts = Baseline().WithAct(a => a with { ObjectsHelped = objects });
        Assert.Equal(expected, facts.StatusOf("2019-art12-1-1-objects"));
    }

    [Theory]
    [InlineData(19_999_999, CriterionStatus.NotMet)]   // ¥199,999.99
    [InlineData(20_000_000, CriterionStatus.Met)]      // ¥200,000.00
    [InlineData(20_000_001, CriterionStatus.Met)]      // ¥200,000.01
    public void Item2_Settlement_TwoHundredThousandYuanOrMore(long fen, CriterionStatus expected)
    {
        var facts = Baseline().WithAct(a => a with { Settlement = Fen(fen) });
        Assert.Equal(expected, facts.StatusOf("2019-art12-1-2-settlement"));
    }

    [Theory]
    [InlineData(4_999_999, CriterionStatus.NotMet)]
    [InlineData(5_000_000, CriterionStatus.Met)]
    [InlineData(5_000_001, CriterionStatus.Met)]
    public void Item3_AdvertisingFunds_FiftyThousandYuanOrMore(long fen, CriterionStatus expected)
    {
        var facts = Baseline().WithAct(a => a with { AdvertisingFunds = Fen(fen) });
        Assert.Equal(expected, facts.StatusOf("2019-art12-1-3-advertising"));
    }

    [Theory]
    [InlineData(999_999, CriterionStatus.NotMet)]
    [InlineData(1_000_000, CriterionStatus.Met)]
    [InlineData(1_000_001, CriterionStatus.Met)]
    public void Item4_IllegalGains_TenThousandYuanOrMore(long fen, CriterionStatus expected)
    {
        var facts = Baseline().WithAct(a => a with { IllegalGains = Fen(fen) });
        Assert.Equal(expected, facts.StatusOf("2019-art12-1-4-gains"));
    }

    [Fact]
    public void Item2_Met_ShowsTheDecidingNumbers()
    {
        var facts = Baseline().WithAct(a => a with { Settlement = Money.FromYuan(210_000) });
        Assert.Equal("settlement ¥210,000 ≥ ¥200,000", LegalEvaluator.Evaluate(facts).Criterion("2019-art12-1-2-settlement").Decisive);
    }

    [Fact]
    public void Item2_NoSettlementHelpAndNoAmount_IsNotApplicable()
    {
        var facts = Baseline() with { HelpKinds = [HelpKind.ServerHosting] };
        facts = facts.WithAct(a => a with { Settlement = null, AdvertisingFunds = null });
        Assert.Equal(CriterionStatus.NotApplicable, facts.StatusOf("2019-art12-1-2-settlement"));
        Assert.Equal(CriterionStatus.NotApplicable, facts.StatusOf("2019-art12-1-3-advertising"));
    }

    [Fact]
    public void Item2_SettlementHelpWithoutAmount_IsInsufficientFacts()
    {
        var facts = Baseline().WithAct(a => a with { Settlement = null });
        Assert.Equal(CriterionStatus.InsufficientFacts, facts.StatusOf("2019-art12-1-2-settlement"));
    }

    // Item 5: "二年内" — the window runs from the day after the penalty to the same calendar day
    // two years later (ADR 0022). Conduct on 2025-09-01.
    [Theory]
    [InlineData("2025-08-31", CriterionStatus.Met)]   // the day before
    [InlineData("2023-09-01", CriterionStatus.Met)]   // exactly two years before: last day of the window
    [InlineData("2023-08-31", CriterionStatus.NotMet)] // two years and a day before
    public void Item5_PriorPenalty_WithinTwoYears(string penaltyDate, CriterionStatus expected)
    {
        var facts = Baseline() with { PriorPenalties = [new PriorPenalty(DateOnly.Parse(penaltyDate, System.Globalization.CultureInfo.InvariantCulture), PenaltyGround.HelpingNetworkCrime)] };
        Assert.Equal(expected, facts.StatusOf("2019-art12-1-5-prior-penalty"));
    }

    [Theory]
    [InlineData(PenaltyGround.IllegalUseOfNetworks, CriterionStatus.Met)]
    [InlineData(PenaltyGround.HelpingNetworkCrime, CriterionStatus.Met)]
    [InlineData(PenaltyGround.EndangeringComputerSystems, CriterionStatus.Met)]
    [InlineData(PenaltyGround.CardOrAccountDealing, CriterionStatus.NotMet)]
    [InlineData(PenaltyGround.Other, CriterionStatus.NotMet)]
    public void Item5_OnlyTheNamedGroundsCount(PenaltyGround ground, CriterionStatus expected)
    {
        var facts = Baseline() with { PriorPenalties = [new PriorPenalty(new DateOnly(2025, 1, 1), ground)] };
        Assert.Equal(expected, facts.StatusOf("2019-art12-1-5-prior-penalty"));
    }

    [Theory]
    [InlineData(Consequences.None, CriterionStatus.NotMet, CriterionStatus.NotMet)]
    [InlineData(Consequences.Serious, CriterionStatus.Met, CriterionStatus.NotMet)]
    [InlineData(Consequences.EspeciallySerious, CriterionStatus.Met, CriterionStatus.Met)]
    [InlineData(null, CriterionStatus.InsufficientFacts, CriterionStatus.InsufficientFacts)]
    public void Item6AndPara2_Consequences(Consequences? consequences, CriterionStatus item6, CriterionStatus para2)
    {
        var facts = Baseline() with { HelpedCrimeConsequences = consequences };
        Assert.Equal(item6, facts.StatusOf("2019-art12-1-6-consequences"));
        Assert.Equal(para2, (facts with { HelpedCrimeVerified = false }).StatusOf("2019-art12-2-especially-serious"));
    }

    [Fact]
    public void Item7_AssertedCircumstance_IsMetAndQuoted()
    {
        var evaluation = LegalEvaluator.Evaluate(Baseline() with { OtherSeriousCircumstance = "recruited 12 students to open cards" });
        var item7 = evaluation.Criterion("2019-art12-1-7-other");
        Assert.Equal(CriterionStatus.Met, item7.Status);
        Assert.Contains("recruited 12 students", item7.Decisive, StringComparison.Ordinal);
    }

    // Para. 2: five times items 2–4 when the helped crime cannot be verified.
    [Theory]
    [InlineData("2019-art12-2-settlement-5x", 99_999_999, CriterionStatus.NotMet)]
    [InlineData("2019-art12-2-settlement-5x", 100_000_000, CriterionStatus.Met)]
    [InlineData("2019-art12-2-settlement-5x", 100_000_001, CriterionStatus.Met)]
    [InlineData("2019-art12-2-advertising-5x", 24_999_999, CriterionStatus.NotMet)]
    [InlineData("2019-art12-2-advertising-5x", 25_000_000, CriterionStatus.Met)]
    [InlineData("2019-art12-2-advertising-5x", 25_000_001, CriterionStatus.Met)]
    [InlineData("2019-art12-2-gains-5x", 4_999_999, CriterionStatus.NotMet)]
    [InlineData("2019-art12-2-gains-5x", 5_000_000, CriterionStatus.Met)]
    [InlineData("2019-art12-2-gains-5x", 5_000_001, CriterionStatus.Met)]
    public void Para2_FiveTimesAmounts(string id, long fen, CriterionStatus expected)
    {
        var facts = (Baseline() with { HelpedCrimeVerified = false }).WithAct(a => id switch
        {
            "2019-art12-2-settlement-5x" => a with { Settlement = Fen(fen) },
            "2019-art12-2-advertising-5x" => a with { AdvertisingFunds = Fen(fen) },
            _ => a with { IllegalGains = Fen(fen) },
        });
        Assert.Equal(expected, facts.StatusOf(id));
    }

    [Fact]
    public void Para1_HelpedCrimeNotVerified_IsNotApplicableButShowsNumbers()
    {
        var facts = (Baseline() with { HelpedCrimeVerified = false }).WithAct(a => a with { Settlement = Money.FromYuan(300_000) });
        var item2 = LegalEvaluator.Evaluate(facts).Criterion("2019-art12-1-2-settlement");
        Assert.Equal(CriterionStatus.NotApplicable, item2.Status);
        Assert.Contains("¥300,000 ≥ ¥200,000", item2.Decisive, StringComparison.Ordinal);
    }

    [Fact]
    public void Para2_HelpedCrimeVerified_IsNotApplicable()
    {
        var facts = Baseline().WithAct(a => a with { Settlement = Money.FromYuan(2_000_000) });
        Assert.Equal(CriterionStatus.NotApplicable, facts.StatusOf("2019-art12-2-settlement-5x"));
    }
}
