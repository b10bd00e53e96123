using Breakcard.Judgments.Evaluation;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.Judgments;

public sealed class HeldOutProbe
{
    [Fact]
    public void Probe()
    {
        var dir = "/tmp/scratch/heldout-synthetic";
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        var judgments = SyntheticJudgments.Generate(1000, 20261122, CorpusSplit.HeldOut).ToList();
        CorpusWriter.Write(dir, judgments, new SeededRandom(20261122).Fork("layout"), heldOut: true);
        var report = CorpusEvaluator.Evaluate(dir);
        var groups = report.Mismatches.GroupBy(m => m.Field).Select(g => $"{g.Key}: {g.Count()}\n  " + string.Join("\n  ", g.Take(6).Select(m => $"{m.Source} {m.Defendant}: expected '{m.Expected}', got '{m.Actual}'")));
        File.WriteAllText("/tmp/heldout-synthetic-first-run.txt", $"judgments {report.Judgments}, not extracted {report.NotExtracted}\n" + report.ToMarkdown() + "\n" + string.Join("\n", groups));
    }
}
