using System.Globalization;
using Breakcard.Screening.Evaluation;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Evaluation;

/// <summary>
/// The hand-written hard cases (HardCases/hard-cases.jsonl). Fails only below the stated floors;
/// every miss is written to the test output (and listed in docs/benchmarks.md).
/// </summary>
public sealed class HardCaseTests(TrainedModelFixture fixture, ITestOutputHelper output)
{
    private static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "HardCases", "hard-cases.jsonl");

    [Fact]
    public void HardCases_AreBalancedAndWellFormed()
    {
        var cases = LabelledTextReader.Read(Path);
        Assert.True(cases.Count >= 60, "the issue asks for at least 60");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        Assert.InRange(cases.Count(c => c.IsRisky), cases.Count / 3, 2 * cases.Count / 3);
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Note)));
    }

    [Fact]
    public void HardCases_MeetTheFloors_AndEveryMissIsReported()
    {
        var cases = LabelledTextReader.Read(Path);
        var evaluation = ScreeningEvaluator.Evaluate(new AdScreener(TextNormaliser.Default, fixture.Model), cases);
        var m = evaluation.Flagged;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hard cases: precision {m.Precision:0.000}, recall {m.Recall:0.000} (TP {m.TruePositives}, FP {m.FalsePositives}, TN {m.TrueNegatives}, FN {m.FalseNegatives})"));
        foreach (var miss in evaluation.Misses)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(miss.IsFalsePositive ? "false positive" : "false negative")} {miss.Example.Id} score {miss.Result.Score}: {miss.Example.Text}"));
        }

        Assert.True(m.Precision >= ScreeningTargets.HardCasePrecisionFloor, $"precision {m.Precision:0.000} below the floor");
        Assert.True(m.Recall >= ScreeningTargets.HardCaseRecallFloor, $"recall {m.Recall:0.000} below the floor");
    }
}
