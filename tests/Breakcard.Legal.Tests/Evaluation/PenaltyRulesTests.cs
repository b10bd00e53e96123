using Breakcard.Core;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using static Breakcard.Legal.Tests.Sample;

namespace Breakcard.Legal.Tests.Evaluation;

/// <summary>
/// Art. 287-2 para. 1: up to 3 years or criminal detention (1–6 months, Art. 42), imprisonment at
/// least 6 months (Art. 45); fine at least ¥1,000, or ¥500 for a minor (法释〔2000〕45号 Art. 2).
/// </summary>
public sealed class PenaltyRulesTests
{
    private static PenaltyRange RangeFor(DateOnly? birth) =>
        PenaltyRules.For(Baseline() with { Defendant = new Defendant(DefendantKind.Person, birth) }, Art16Aggregation.Aggregate(Baseline()))!;

    [Fact]
    public void Range_ImprisonmentAndDetentionBounds()
    {
        var range = RangeFor(new DateOnly(1990, 1, 1));
        Assert.Equal((6, 36, 1, 6), (range.MinImprisonmentMonths, range.MaxImprisonmentMonths, range.MinDetentionMonths, range.MaxDetentionMonths));
    }

    // Conduct on 2025-09-01. 18th birthday on the conduct date: still a minor (age reached the next day).
    [Theory]
    [InlineData("2008-09-02", 16, true, 50_000)]   // 17th birthday tomorrow: 16
    [InlineData("2007-09-01", 17, true, 50_000)]   // 18th birthday today: still 17, a minor
    [InlineData("2007-08-31", 18, false, 100_000)] // 18 reached today
    public void MinimumFine_MinorAtConductDate_IsFiveHundredYuan(string birth, int age, bool minor, long minimumFineFen)
    {
        var range = RangeFor(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(age, range.AgeAtConductDate);
        Assert.Equal(minor, range.MinorAtConductDate);
        Assert.Equal(Money.FromFen(minimumFineFen), range.MinimumFine);
        Assert.Equal(minor, range.Terms.Any(t => t.Source.Provision == "Art. 17"));
    }

    [Fact]
    public void MinimumFine_BirthDateUnknown_IsAdultMinimumWithNote()
    {
        var range = RangeFor(null);
        Assert.Equal(Money.FromYuan(1_000), range.MinimumFine);
        Assert.Null(range.MinorAtConductDate);
        Assert.Contains(range.Terms, t => t.Text.Contains("¥500 if a minor", StringComparison.Ordinal));
    }

    [Fact]
    public void Range_BeforeArticle287Dash2_IsNull()
    {
        var facts = Baseline(new DateOnly(2015, 10, 31));
        Assert.Null(PenaltyRules.For(facts, Art16Aggregation.Aggregate(facts)));
    }

    [Fact]
    public void Range_BeforeInterpretation_HasNoArticle18Term()
    {
        var facts = Baseline(new DateOnly(2019, 10, 31));
        var range = PenaltyRules.For(facts, Art16Aggregation.Aggregate(facts))!;
        Assert.DoesNotContain(range.Terms, t => t.Source.Citation.StartsWith("法释〔2019〕15号", StringComparison.Ordinal));
    }
}
