using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Judgments.Statistics;
using Breakcard.Judgments.Tables;

namespace Breakcard.Judgments.Tests.Statistics;

public sealed class PaperComparisonTests
{
    private static JudgmentRecord Extract(string file) => GoldenFiles.ExtractDev(file);

    private static DefendantRecord D(Gender gender, int born, Occupation occupation, bool recidivist, bool prior) => new()
    {
        Name = "某", Gender = gender, BirthDate = new DateOnly(born, 1, 1), Occupation = occupation, Recidivist = recidivist, PriorRecord = prior,
        Charges = [ChargeNames.Assisting], Conduct = ConductKinds.OwnCards,
    };

    private static string Cell(StatTable t, string statistic) =>
        (t.Rows.SingleOrDefault(r => r[0] == statistic) ?? t.Rows.Single(r => r[0].StartsWith(statistic, StringComparison.Ordinal)))[2];

    [Fact]
    public void Table_HandCountedCorpus_EachStatisticAsThePaperDefinesIt()
    {
        var judgments = new List<JudgmentRecord>
        {
            new() { Source = "a", Date = new DateOnly(2021, 5, 1), Defendants = [D(Gender.Female, 1999, Occupation.Unemployed, false, false)] },
            new() { Source = "b", Date = new DateOnly(2021, 6, 1), Defendants = [D(Gender.Male, 1985, Occupation.Employee, false, true), D(Gender.Female, 2001, Occupation.Student, false, false)] },
            new() { Source = "c", Date = new DateOnly(2021, 7, 1), Defendants = [D(Gender.Male, 1975, Occupation.Unemployed, true, true)] },
            new() { Source = "d", Date = new DateOnly(2022, 7, 1), Defendants = [D(Gender.Male, 1992, Occupation.Unemployed, false, false) with { Conduct = ConductKinds.Advertising }] },
        };

        var table = PaperComparison.Table(judgments);

        Assert.Equal("4", Cell(table, "judgments"));
        Assert.Equal("5", Cell(table, "defendants"));
        Assert.Equal("1.25", Cell(table, "defendants per judgment"));
        Assert.Equal("33.33% / 33.33% / 33.33% of 3", Cell(table, "Table 1, 2021"));
        Assert.Equal("0.00% / 0.00% / 100.00% of 1", Cell(table, "Table 1, 2022"));
        Assert.Equal("1 of 5 (20.00%)", Cell(table, "recidivists"));
        Assert.Equal("3 of 5 (60.00%)", Cell(table, "first offenders"));
        Assert.Equal("4 of 5 (80.00%)", Cell(table, "born in the 1980s"));
        Assert.Equal("3 of 5 (60.00%)", Cell(table, "without a fixed occupation"));
        Assert.Equal("4 of 5 (80.00%)", Cell(table, "payment settlement by selling"));
        Assert.Equal("neither is in the input", Cell(table, "Liu and Song"));
    }

    [Fact]
    public void Table_LiuAndSongExtractedFromTheirJudgments_PairFound()
    {
        var table = PaperComparison.Table([Extract("liu.txt"), Extract("song.txt")]);

        Assert.StartsWith("found: ", Cell(table, "Liu and Song"), StringComparison.Ordinal);
        Assert.Equal("Song is not in the input", Cell(PaperComparison.Table([Extract("liu.txt")]), "Liu and Song"));
    }
}
