using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Consistency;

namespace Breakcard.Judgments.Tests.Consistency;

public sealed class StatutoryChecksTests
{
    private static List<string> Check(DefendantRecord d) =>
        [.. StatutoryChecks.Check([new SentencedDefendant(new JudgmentRecord { Source = "s" }, d)]).Select(f => f.Rule.Id)];

    private static DefendantRecord Fixed(int months, long fine, int? probation = null) => new()
    {
        Name = "甲", Charges = [ChargeNames.Assisting], Sentence = SentenceKind.FixedTerm, TermMonths = months, ProbationMonths = probation, Fine = Money.FromYuan(fine),
    };

    [Fact]
    public void Check_LawfulSentences_NoFindings()
    {
        Assert.Empty(Check(Fixed(8, 7_000)));
        Assert.Empty(Check(Fixed(12, 1_000, probation: 12)));
        Assert.Empty(Check(Fixed(8, 500) with { MinorAtOffence = true }));
        Assert.Empty(Check(new DefendantRecord { Name = "乙", Charges = [ChargeNames.Assisting], Sentence = SentenceKind.Exempted }));
        Assert.Empty(Check(Fixed(48, 30_000) with { Charges = [ChargeNames.Fraud] }));
    }

    [Theory]
    [InlineData(8, 500L, null, "fine-minimum")]
    [InlineData(40, 20_000L, null, "assisting-maximum")]
    [InlineData(8, 7_000L, 6, "probation-length")]
    [InlineData(8, 7_000L, 72, "probation-length")]
    public void Check_FixedTermOutsideLimits_FindsRule(int months, long fine, int? probation, string rule)
    {
        Assert.Contains(rule, Check(Fixed(months, fine, probation)));
    }

    [Fact]
    public void Check_OtherLimits_FindEach()
    {
        Assert.Equal(["detention-range"], Check(Fixed(7, 5_000) with { Sentence = SentenceKind.Detention }));
        Assert.Equal(["probation-recidivist"], Check(Fixed(12, 5_000, 12) with { Recidivist = true }));
        Assert.Equal(["assisting-fine"], Check(Fixed(8, 1_000) with { Fine = null }));
        Assert.Equal(["fine-minimum"], Check(Fixed(8, 400) with { MinorAtOffence = true }));
    }

    [Fact]
    public void Rules_EachNamesSourceAndDate()
    {
        Assert.All(StatutoryChecks.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.True(r.InForceFrom.Year >= 1997);
        });
    }
}
