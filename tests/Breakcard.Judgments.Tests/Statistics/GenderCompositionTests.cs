using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Judgments.Statistics;

namespace Breakcard.Judgments.Tests.Statistics;

public sealed class GenderCompositionTests
{
    private static DefendantRecord D(Gender? gender, string charge = ChargeNames.Assisting) =>
        new() { Name = "某" + Guid.NewGuid().ToString("N")[..4], Gender = gender, Charges = [charge] };

    private static JudgmentRecord J(int year, params DefendantRecord[] defendants) =>
        new() { Source = "x", Date = new DateOnly(year, 6, 1), Defendants = defendants };

    /// <summary>
    /// Hand-computed: 2021 has a woman alone, a woman and a man, a man alone, a man whose female
    /// co-defendant was convicted only of 掩饰隐瞒 (so: men), a judgment without any 帮信 defendant
    /// (left out) and one with an unstated gender (unknown). 2022 has two men, and a woman alone.
    /// </summary>
    [Fact]
    public void Compute_HandComputedCorpus_MatchesPaperDefinition()
    {
        var corpus = new[]
        {
            J(2021, D(Gender.Female)),
            J(2021, D(Gender.Female), D(Gender.Male)),
            J(2021, D(Gender.Male)),
            J(2021, D(Gender.Male), D(Gender.Female, ChargeNames.Concealing)),
            J(2021, D(Gender.Male, ChargeNames.Fraud)),
            J(2021, D(null)),
            J(2022, D(Gender.Male), D(Gender.Male)),
            J(2022, D(Gender.Female)),
        };

        var rows = GenderComposition.Compute(corpus);

        Assert.Equal(3, rows.Count);
        Assert.Equal(new GenderCompositionRow(2021, 4, 1, 1, 2, 1), rows[0]);
        Assert.Equal(new GenderCompositionRow(2022, 2, 1, 0, 1, 0), rows[1]);
        Assert.Equal(new GenderCompositionRow(null, 6, 2, 1, 3, 1), rows[2]);
        Assert.Equal(0.25, rows[0].WomenAloneShare);
        Assert.Equal(0.5, rows[0].MenShare);
    }

    [Fact]
    public void Table1_Shares_FormattedWithPaperFiguresBeside()
    {
        var rows = new[] { new GenderCompositionRow(2021, 109, 16, 7, 86, 0), new GenderCompositionRow(null, 109, 16, 7, 86, 0) };

        var table = JudgmentStatistics.Table1(rows);

        // 16/109 = 14.68%, 7/109 = 6.42%, 86/109 = 78.90% — the paper's 2021 row.
        Assert.Equal(["2021", "109", "14.68%", "6.42%", "78.90%", "0", "14.68% / 6.42% / 78.90%"], table.Rows[0]);
        Assert.Equal("all years", table.Rows[1][0]);
        Assert.Equal("–", table.Rows[1][6]);
    }
}
