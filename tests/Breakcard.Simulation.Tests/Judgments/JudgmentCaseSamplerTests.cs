using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.Judgments;

public sealed class JudgmentCaseSamplerTests
{
    private static List<CaseFacts> Draw(int n, ulong seed) =>
        [.. Enumerable.Range(0, n).Select(_ => 0).Aggregate(
            (Sampler: new JudgmentCaseSampler(new SeededRandom(seed), new JudgmentSamplerOptions([2021, 2022], Courts.Development)), List: new List<CaseFacts>()),
            (acc, _) => { acc.List.Add(acc.Sampler.Next()); return acc; }).List];

    /// <summary>With 6,000 cases the shares are within a few standard errors of STATISTICS.md's figures.</summary>
    [Fact]
    public void Next_ManyCases_MatchesPublishedShares()
    {
        var cases = Draw(6_000, 99);
        foreach (var year in new[] { 2021, 2022 })
        {
            var ofYear = cases.Where(c => c.JudgmentDate.Year == year).ToList();
            var (women, mixed) = JudgmentCaseSampler.GenderComposition(year);
            var assisting = ofYear.Select(c => c.Defendants.Where(d => d.Convictions.Any(v => v.Charge == ChargeNames.Assisting)).ToList()).Where(d => d.Count > 0).ToList();
            var womenAlone = assisting.Count(ds => ds.All(d => d.Gender == Gender.Female)) / (double)assisting.Count;
            var joint = assisting.Count(ds => ds.Any(d => d.Gender == Gender.Female) && ds.Any(d => d.Gender == Gender.Male)) / (double)assisting.Count;
            Assert.InRange(womenAlone, women - 0.025, women + 0.025);
            Assert.InRange(joint, mixed - 0.02, mixed + 0.02);
        }

        var defendants = cases.SelectMany(c => c.Defendants).ToList();
        Assert.InRange(defendants.Count / (double)cases.Count, 1.33, 1.47);               // 389 / 277 = 1.40
        Assert.InRange(defendants.Count(d => d.Recidivist) / (double)defendants.Count, 0.025, 0.065); // 4.37%
        var ages = defendants.Select(d => Ages.Between(d.BirthDate, d.OffenceStart)).ToList();
        Assert.InRange(ages.Count(a => a < 30) / (double)ages.Count, 0.60, 0.70);        // 64.8%
        Assert.InRange(defendants.Count(d => d.Education <= Education.JuniorHigh) / (double)defendants.Count, 0.58, 0.72); // 66.3%
        Assert.InRange(defendants.Count(d => d.Occupation == Occupation.Unemployed) / (double)defendants.Count, 0.40, 0.56); // 52.4%
        Assert.Contains(defendants, d => d.Convictions.Any(c => c.Charge == ChargeNames.Concealing));
        Assert.Contains(defendants, d => d.Convictions.Any(c => c.Charge == ChargeNames.Fraud));
        Assert.Contains(defendants, d => d.Convictions.Count == 2);
    }

    [Fact]
    public void Next_Sentences_WithinStatutoryRangesExceptDeliberateAnomalies()
    {
        var defendants = Draw(3_000, 5).SelectMany(c => c.Defendants).Where(d => d.Convictions.Count == 1 && d.Convictions[0].Charge == ChargeNames.Assisting).ToList();
        var anomalies = defendants.Count(d => d.Executed.FineYuan is < 1_000 && !d.Minor || (d.Recidivist && d.Executed.ProbationMonths is not null));

        Assert.All(defendants, d => Assert.True(d.Executed.Kind != SentenceKind.FixedTerm || d.Executed.TermMonths is >= 6 and <= 36));
        Assert.All(defendants.Where(d => d.Executed.Kind == SentenceKind.Detention), d => Assert.InRange(d.Executed.TermMonths!.Value, 1, 6));
        Assert.InRange(anomalies, 1, defendants.Count / 50);
        var suspended = defendants.Count(d => d.Executed.ProbationMonths is not null) / (double)defendants.Count;
        Assert.InRange(suspended, 0.12, 0.40); // Anhui sample: 23.93% suspended
    }

    [Fact]
    public void Generate_SameSeed_SameTextsAndGold()
    {
        var a = SyntheticJudgments.Generate(30, 8, CorpusSplit.Development).ToList();
        var b = SyntheticJudgments.Generate(30, 8, CorpusSplit.Development).ToList();

        Assert.Equal(a.Select(j => j.Text), b.Select(j => j.Text));
        Assert.Equal(a.Select(j => JudgmentJson.ToJson(j.Gold)), b.Select(j => JudgmentJson.ToJson(j.Gold)));
    }

    [Fact]
    public void Generate_Splits_UseDisjointCourtsAndPhrasings()
    {
        var dev = SyntheticJudgments.Generate(200, 1, CorpusSplit.Development).Select(j => j.Text).ToList();
        var held = SyntheticJudgments.Generate(200, 1, CorpusSplit.HeldOut).Select(j => j.Text).ToList();

        Assert.DoesNotContain(held, t => Courts.Development.Any(c => t.Contains(c.Name, StringComparison.Ordinal)));
        Assert.DoesNotContain(dev, t => Courts.HeldOut.Any(c => t.Contains(c.Name, StringComparison.Ordinal)));
        Assert.DoesNotContain(held, t => t.Contains("本院依法适用简易程序，实行独任审判", StringComparison.Ordinal));
        Assert.DoesNotContain(dev, t => t.Contains("由审判员一人独任审判", StringComparison.Ordinal));
    }
}
