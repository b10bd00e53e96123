using Breakcard.Judgments.Evaluation;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.Judgments;

public sealed class RoundTripTests
{
    [Fact]
    public void Generate_DevelopmentSplit_ExtractorRecoversEveryGoldField()
    {
        var dir = Path.Combine(Path.GetTempPath(), "breakcard-roundtrip-" + Guid.NewGuid().ToString("N"));
        try
        {
            var judgments = SyntheticJudgments.Generate(400, 7, CorpusSplit.Development).ToList();
            CorpusWriter.Write(dir, judgments, new SeededRandom(7).Fork("layout"), heldOut: false);

            var report = CorpusEvaluator.Evaluate(dir);

            Assert.Equal(400, report.Judgments);
            var mismatches = string.Join("\n", report.Mismatches.Take(40).Select(m => $"{m.Source} {m.Defendant} {m.Field}: expected '{m.Expected}', got '{m.Actual}'"));
            Assert.True(report.Mismatches.Count() == 0, $"{report.Mismatches.Count()} mismatches:\n{mismatches}");
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
