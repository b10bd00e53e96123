using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Consistency;

namespace Breakcard.Judgments.Tests.Consistency;

public sealed class InconsistentPairsTests
{
    private static SentencedDefendant D(string name, long settlement, long gains, long fine, string charge = ChargeNames.Assisting) =>
        new(new JudgmentRecord { Source = name }, new DefendantRecord
        {
            Name = name, Charges = [charge], Settlement = Amount.Yuan(settlement), IllegalGains = Amount.Yuan(gains),
            Sentence = SentenceKind.FixedTerm, TermMonths = 8, Fine = Money.FromYuan(fine),
        });

    [Fact]
    public void Find_DominanceRules_CountsEveryPairExactly()
    {
        var defendants = new[]
        {
            D("A", 1_000_000, 10_000, 5_000), // dominates B and C, lower fine than both
            D("B", 500_000, 5_000, 8_000),
            D("C", 1_000_000, 5_000, 6_000),  // same settlement as A, less gains: A dominates C
            D("D", 2_000_000, 1_000, 1_000),  // more settlement, less gains than A: not comparable with A
            D("E", 1_000_000, 10_000, 9_000), // identical facts to A: not a pair (needs strictly more in one)
            D("F", 100, 1, 100_000, ChargeNames.Fraud), // not 帮信 alone: ignored
        };

        var result = InconsistentPairs.Find(defendants, SentencingTarget.Fine);

        // A>B, A>C, C>B? C (1,000,000; 5,000; 6,000) dominates B (500,000; 5,000; 8,000) with a lower fine: yes.
        // E dominates B (9,000 > 8,000: no), E dominates C (9,000 > 6,000: no). D dominates nobody (gains 1,000).
        Assert.Equal(5, result.Compared);
        Assert.Equal(3, result.Total);
        Assert.Equal(["A>B", "C>B", "A>C"], result.Pairs.Select(p => p.Heavier.Defendant.Name + ">" + p.Lighter.Defendant.Name));
    }

    [Fact]
    public void Find_Limit_ListsMostSevereButCountsAll()
    {
        var defendants = Enumerable.Range(1, 30).Select(i => D("X" + i, i * 100_000L, i * 1_000L, 100_000 - (i * 1_000L))).ToList();

        var result = InconsistentPairs.Find(defendants, SentencingTarget.Fine, limit: 5);

        Assert.Equal(30 * 29 / 2, result.Total);
        Assert.Equal(5, result.Pairs.Count);
        Assert.Equal(("X30", "X1"), (result.Pairs[0].Heavier.Defendant.Name, result.Pairs[0].Lighter.Defendant.Name));
    }
}
