using System.Globalization;
using Breakcard.Screening.Evaluation;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Evaluation;

/// <summary>
/// Precision and recall on the held-out simulated corpus: families and evasion variants the model
/// and the patterns were not tuned on (see docs/screening.md, "Held-out honesty"). The issue's
/// targets (0.95/0.95) are not met yet; this test holds the stated regression floor and prints
/// where it stands.
/// </summary>
public sealed class HeldOutTests(TrainedModelFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void HeldOut_StaysAboveTheRegressionFloor()
    {
        var heldOut = Corpus.HeldOut(TrainedModelFixture.Seed + 1, 3_000);
        Assert.All(heldOut, e => Assert.StartsWith("heldout-", e.Id, StringComparison.Ordinal));
        var evaluation = ScreeningEvaluator.Evaluate(new AdScreener(TextNormaliser.Default, fixture.Model), heldOut, maxParallelism: 2);
        var m = evaluation.Flagged;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out: precision {m.Precision:0.0000}, recall {m.Recall:0.0000}, FPR {m.FalsePositiveRate:0.0000}, n {m.Count}"));
        // The misses themselves are not printed: reading them burns the held-out set (ADR 53, ADR 150).
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: precision ≥ {ScreeningTargets.HeldOutPrecision}, recall ≥ {ScreeningTargets.HeldOutRecall} — {(m.Precision >= ScreeningTargets.HeldOutPrecision && m.Recall >= ScreeningTargets.HeldOutRecall ? "met" : "not met")}"));
        Assert.True(m.Precision >= ScreeningTargets.HeldOutRegressionFloor, $"precision {m.Precision:0.000} below the regression floor");
        Assert.True(m.Recall >= ScreeningTargets.HeldOutRegressionFloor, $"recall {m.Recall:0.000} below the regression floor");
    }
}
