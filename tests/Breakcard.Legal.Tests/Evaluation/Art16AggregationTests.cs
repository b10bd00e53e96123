using System.Globalization;
using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

/// <summary>法释〔2019〕15号 Art. 16: acts within two years not yet dealt with are added up.</summary>
public sealed class Art16AggregationTests
{
    private static EarlierAct Act(string date, long settlementYuan, bool dealtWith = false) =>
        new(DateOnly.Parse(date, CultureInfo.InvariantCulture), dealtWith, new ActQuantities { ObjectsHelped = 0, Settlement = Money.FromYuan(settlementYuan), IllegalGains = Money.Zero });

    private static ConductFacts Repeated(params EarlierAct[] earlier) =>
        Baseline().WithAct(a => a with { Settlement = Money.FromYuan(150_000) }) with { EarlierActs = [.. earlier] };

    // Conduct on 2025-09-01: the window reaches back to acts on 2023-09-01 (ADR 0022).
    [Theory]
    [InlineData("2023-09-01", true)]
    [InlineData("2023-08-31", false)]
    [InlineData("2025-08-31", true)]
    public void Aggregate_WithinTwoYears_IsAdded(string date, bool added)
    {
        var facts = Repeated(Act(date, 50_000));
        var conduct = Art16Aggregation.Aggregate(facts);
        Assert.Equal(added, conduct.Acts.Single(a => !a.IsConductAct).Included);
        Assert.Equal(Money.FromYuan(added ? 200_000 : 150_000), conduct.Settlement.Known);
        Assert.Equal(added ? CriterionStatus.Met : CriterionStatus.NotMet, facts.StatusOf("2019-art12-1-2-settlement"));
    }

    [Fact]
    public void Aggregate_DealtWithAct_IsNotAdded()
    {
        var conduct = Art16Aggregation.Aggregate(Repeated(Act("2025-01-01", 50_000, dealtWith: true)));
        Assert.Equal(Money.FromYuan(150_000), conduct.Settlement.Known);
        Assert.Contains("already dealt with", conduct.Acts[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_SeveralActs_SumAndSayHowMany()
    {
        var facts = Repeated(Act("2024-01-01", 30_000), Act("2025-01-01", 20_000));
        var result = LegalEvaluator.Evaluate(facts).Criterion("2019-art12-1-2-settlement");
        Assert.Equal("settlement ¥200,000 ≥ ¥200,000 (sum of 3 acts, 法释〔2019〕15号 Art. 16)", result.Decisive);
    }

    [Fact]
    public void Aggregate_ActBeforeArticle287Dash2_IsNotAdded()
    {
        var facts = Repeated(Act("2015-10-31", 50_000)) with { ConductDate = new DateOnly(2017, 10, 1) };
        var conduct = Art16Aggregation.Aggregate(facts);
        Assert.False(conduct.Acts[1].Included);
    }

    [Fact]
    public void Aggregate_ConductBeforeInterpretation_AddsNothing()
    {
        var facts = Repeated(Act("2019-06-01", 50_000)) with { ConductDate = new DateOnly(2019, 10, 31) };
        var conduct = Art16Aggregation.Aggregate(facts);
        Assert.False(conduct.Acts[1].Included);
        Assert.Contains("not in force", conduct.Acts[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_UnknownEarlierAmount_LeavesThresholdOpen()
    {
        var unknown = new EarlierAct(new DateOnly(2025, 1, 1), false, new ActQuantities { ObjectsHelped = 0, IllegalGains = Money.Zero });
        var facts = Repeated(unknown);
        var result = LegalEvaluator.Evaluate(facts).Criterion("2019-art12-1-2-settlement");
        Assert.Equal(CriterionStatus.InsufficientFacts, result.Status);
        Assert.Contains("not stated for 1 act", result.Decisive, StringComparison.Ordinal);
    }
}
