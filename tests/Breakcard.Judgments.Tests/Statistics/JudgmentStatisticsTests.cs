using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Judgments.Statistics;
using Breakcard.Judgments.Tables;

namespace Breakcard.Judgments.Tests.Statistics;

public sealed class JudgmentStatisticsTests
{
    private static readonly JudgmentRecord[] Corpus =
    [
        new() { Source = "a", Date = new DateOnly(2021, 3, 1), Defendants =
        [
            new() { Name = "甲某", BirthDate = new DateOnly(1995, 1, 1), AgeAtJudgment = 26, PriorRecord = false, Recidivist = false, Charges = [ChargeNames.Assisting],
                Education = Education.JuniorHigh, Occupation = Occupation.Unemployed, Sentence = SentenceKind.FixedTerm, TermMonths = 8, Fine = Money.FromYuan(7_000), Conduct = ConductKinds.OwnCards },
            new() { Name = "乙某", BirthDate = new DateOnly(2003, 1, 1), AgeAtJudgment = 18, PriorRecord = true, Recidivist = true, Charges = [ChargeNames.Assisting],
                Education = Education.SeniorHigh, Occupation = Occupation.Student, Sentence = SentenceKind.FixedTerm, TermMonths = 14, ProbationMonths = 24, Fine = Money.FromYuan(3_000), Conduct = ConductKinds.OwnCards | ConductKinds.PaymentSettlement },
        ] },
        new() { Source = "b", Date = new DateOnly(2022, 3, 1), Defendants =
        [
            new() { Name = "丙某", BirthDate = new DateOnly(1985, 1, 1), AgeAtJudgment = 37, PriorRecord = true, Recidivist = false, Charges = [ChargeNames.Assisting],
                Sentence = SentenceKind.FineOnly, Fine = Money.FromYuan(500), Conduct = ConductKinds.CardDealing },
            new() { Name = "丁某", Charges = [ChargeNames.Fraud], Sentence = SentenceKind.FixedTerm, TermMonths = 42 },
        ] },
    ];

    [Fact]
    public void Tables_HandComputedCorpus_CountsAndSharesByYear()
    {
        var tables = JudgmentStatistics.Tables(Corpus).ToDictionary(t => t.Id);

        // Record: 2021 has one first offender and one recidivist; 2022 one prior record.
        var record = tables["record"];
        Assert.Equal(["category", "2021", "2022", "all years"], record.Header);
        Assert.Equal(["first offender", "1 (50.00%)", "0 (0.00%)", "1 (33.33%)"], record.Rows[0]);
        Assert.Equal(["prior record, not recidivist", "0 (0.00%)", "1 (100.00%)", "1 (33.33%)"], record.Rows[1]);
        Assert.Equal(["recidivist (累犯)", "1 (50.00%)", "0 (0.00%)", "1 (33.33%)"], record.Rows[2]);

        var cohort = tables["cohort"].Rows.ToDictionary(r => r[0], r => r[^1]);
        Assert.Equal("1 (33.33%)", cohort["1980s"]);
        Assert.Equal("1 (33.33%)", cohort["1990s"]);
        Assert.Equal("1 (33.33%)", cohort["2000s"]);

        var conduct = tables["conduct"].Rows.ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("2", conduct["own_cards"]);
        Assert.Equal("1", conduct["payment_settlement"]);

        var overview = tables["overview"].Rows.Last();
        Assert.Equal(["all years", "2", "4", "3", "1", "2.00"], overview);

        // Fines 500, 3,000, 7,000: median 3,000, mean 3,500.
        var fines = tables["sentence-summary"].Rows.Last();
        Assert.Equal(["all years", "3", "3000", "3500"], fines.Take(4));

        var charges = tables["charges"].Rows.ToDictionary(r => r[0], r => r[1]);
        Assert.Equal("3", charges[ChargeNames.Assisting]);
        Assert.Equal("1", charges[ChargeNames.Fraud]);
    }

    [Fact]
    public void Quantile_Interpolates()
    {
        Assert.Equal(2.5, JudgmentStatistics.Quantile([1, 2, 3, 4], 0.5));
        Assert.Equal(3.7, JudgmentStatistics.Quantile([1, 2, 3, 4], 0.9), 10);
        Assert.True(double.IsNaN(JudgmentStatistics.Quantile([], 0.5)));
    }

    [Fact]
    public void TableText_CsvQuotesAndMarkdown()
    {
        var t = new StatTable("t", "Title", ["a", "b"], [["1,5", "say \"x\""]], "note");

        Assert.Equal("a,b\n\"1,5\",\"say \"\"x\"\"\"\n", TableText.ToCsv(t));
        Assert.Equal("### Title\n\n| a | b |\n|---|---|\n| 1,5 | say \"x\" |\n\nnote\n\n", TableText.ToMarkdown(t));
    }
}
