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

    private static DefendantRecord Stated(DateOnly offence, long settlement, long gains, int? bankCards = null, ConductKinds conduct = ConductKinds.OwnCards) =>
        Fixed(8, 5_000) with
        {
            OffenceStart = offence, Conduct = conduct, BirthDate = new DateOnly(1995, 5, 5), Settlement = Amount.Yuan(settlement), IllegalGains = Amount.Yuan(gains),
            BankCards = bankCards is { } n ? Quantity.Exactly(n) : null,
        };

    [Fact]
    public void Check_StatedFactsMeetAThresholdInForce_NoThresholdFinding()
    {
        // Liu (source paper 4.5): settlement over ¥11 million, gains ¥32,200.
        Assert.Empty(Check(Stated(new DateOnly(2021, 3, 1), 11_000_000, 32_200)));
        Assert.Empty(Check(Stated(new DateOnly(2021, 3, 1), 200_000, 0, conduct: ConductKinds.PaymentSettlement)));  // item 2 at the threshold
        Assert.Empty(Check(Stated(new DateOnly(2021, 3, 1), 50_000, 10_000)));                                        // item 4 at the threshold
        Assert.Empty(Check(Stated(new DateOnly(2021, 7, 1), 50_000, 2_000, bankCards: 5)));                           // Opinion (II) Art. 9, five cards
    }

    [Fact]
    public void Check_StatedFactsBelowEveryThreshold_FindingCitesTheLegalCriteria()
    {
        var findings = StatutoryChecks.Check([new SentencedDefendant(new JudgmentRecord { Source = "s" }, Stated(new DateOnly(2022, 3, 1), 50_000, 2_000, bankCards: 2))]);

        var finding = Assert.Single(findings);
        Assert.Equal("thresholds-not-stated", finding.Rule.Id);
        Assert.Contains("2019-art12-1-2-settlement", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("2019-art12-1-4-gains", finding.Detail, StringComparison.Ordinal);
        Assert.Contains("2021-art9-1-payment-tools", finding.Detail, StringComparison.Ordinal);
        Assert.StartsWith("法释〔2019〕15号 Art. 12", finding.Rule.Source, StringComparison.Ordinal);
        // Five cards before Opinion (II) took effect do not meet its threshold: the rule in force on the conduct date decides.
        Assert.Equal(["thresholds-not-stated"], Check(Stated(new DateOnly(2020, 3, 1), 50_000, 2_000, bankCards: 5)));
    }

    [Fact]
    public void Check_ConductBeforeArt287Dash2_OrUnder16_Found()
    {
        Assert.Contains("statute-in-force", Check(Stated(new DateOnly(2015, 6, 1), 500_000, 20_000)));
        Assert.Contains("age-of-responsibility", Check(Stated(new DateOnly(2022, 6, 1), 500_000, 20_000) with { BirthDate = new DateOnly(2007, 1, 1) }));
        // "2021年8月" is read as 2021-08-01; a defendant who turned 16 later that month may have acted after the birthday.
        Assert.DoesNotContain("age-of-responsibility", Check(Stated(new DateOnly(2021, 8, 1), 500_000, 20_000) with { BirthDate = new DateOnly(2005, 8, 22) }));
    }

    [Fact]
    public void Check_ImprisonmentBelowSixMonths_Found() =>
        Assert.Equal(["imprisonment-minimum"], Check(Fixed(4, 3_000)));

    [Fact]
    public void Check_MinimumFine_ByAgeOnTheConductDate()
    {
        // 17 at the conduct date, 18 at judgment: the minor's minimum of ¥500 applies (法释〔2000〕45号 Art. 2).
        var minor = Stated(new DateOnly(2022, 1, 10), 500_000, 20_000) with { BirthDate = new DateOnly(2004, 3, 1), Fine = Money.FromYuan(500) };
        Assert.Empty(Check(minor));
        Assert.Equal(["fine-minimum"], Check(minor with { Fine = Money.FromYuan(400) }));
        Assert.Equal(["fine-minimum"], Check(minor with { BirthDate = new DateOnly(2003, 3, 1) }));
    }
}
