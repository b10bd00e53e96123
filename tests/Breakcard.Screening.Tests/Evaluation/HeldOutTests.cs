using System.Globalization;
using Breakcard.Screening.Evaluation;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Evaluation;

/// <summary>
/// Precision and recall on the held-out simulated corpus (families and disguises the model and the
/// patterns were not tuned on; docs/screening.md §6) and on the development split (the last burned
/// held-out set, tuned on). The issue's targets (0.95/0.95) are not met on held-out data yet: the
/// held-out test holds the stated floors and prints where it stands; the development test holds the
/// tuned readings, whose loss a new, harder held-out set would hide (ADR 269).
/// </summary>
public sealed class HeldOutTests(TrainedModelFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void HeldOut_StaysAboveTheRegressionFloor()
    {
        var m = Score(Corpus.HeldOut(TrainedModelFixture.Seed + 1, 3_000), "heldout-", "held out");
        // The misses themselves are not printed: reading them burns the held-out set (ADR 53, ADR 150).
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"targets: precision ≥ {ScreeningTargets.HeldOutPrecision}, recall ≥ {ScreeningTargets.HeldOutRecall} — {(m.Precision >= ScreeningTargets.HeldOutPrecision && m.Recall >= ScreeningTargets.HeldOutRecall ? "met" : "not met")}"));
        Assert.True(m.Precision >= ScreeningTargets.HeldOutPrecisionFloor, $"held-out precision {m.Precision:0.000} below the regression floor {ScreeningTargets.HeldOutPrecisionFloor}");
        Assert.True(m.Recall >= ScreeningTargets.HeldOutRecallFloor, $"held-out recall {m.Recall:0.000} below the regression floor {ScreeningTargets.HeldOutRecallFloor}");
    }

    [Fact]
    public void Development_StaysAboveItsFloor()
    {
        var m = Score(Corpus.Development(TrainedModelFixture.Seed + 2, 3_000), "dev-", "development");
        Assert.True(m.Precision >= ScreeningTargets.DevelopmentPrecisionFloor, $"development precision {m.Precision:0.000} below its floor {ScreeningTargets.DevelopmentPrecisionFloor}");
        Assert.True(m.Recall >= ScreeningTargets.DevelopmentRecallFloor, $"development recall {m.Recall:0.000} below its floor {ScreeningTargets.DevelopmentRecallFloor}");
    }

    private BinaryMetrics Score(List<LabelledText> ads, string idPrefix, string split)
    {
        Assert.All(ads, e => Assert.StartsWith(idPrefix, e.Id, StringComparison.Ordinal));
        var evaluation = ScreeningEvaluator.Evaluate(new AdScreener(TextNormaliser.Default, fixture.Model), ads, maxParallelism: 2);
        var m = evaluation.Flagged;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{split}: precision {m.Precision:0.0000}, recall {m.Recall:0.0000}, FPR {m.FalsePositiveRate:0.0000}, n {m.Count}"));
        return m;
    }
}
