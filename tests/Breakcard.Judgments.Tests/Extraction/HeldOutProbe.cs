using Breakcard.Judgments.Evaluation;

namespace Breakcard.Judgments.Tests.Extraction;

public sealed class HeldOutProbe
{
    [Fact]
    public void Probe()
    {
        var report = CorpusEvaluator.Evaluate(Path.Combine(AppContext.BaseDirectory, "Golden", "heldout"));
        var text = report.ToMarkdown() + "\n" + string.Join("\n", report.Mismatches.Select(m => $"{m.Source} {m.Defendant} {m.Field}: expected '{m.Expected}', got '{m.Actual}'"));
        File.WriteAllText("/tmp/heldout-v2-first-run.txt", $"judgments {report.Judgments}, not extracted {report.NotExtracted}\n" + text);
    }
}
