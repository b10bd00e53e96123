using Breakcard.Judgments.Evaluation;

namespace Breakcard.Judgments.Tests.Extraction;

public sealed class GoldenCorpusTests
{
    private static string Golden(string part) => Path.Combine(AppContext.BaseDirectory, "Golden", part);

    [Fact]
    public void Evaluate_DevelopmentSet_EveryFieldMatchesGold()
    {
        var report = CorpusEvaluator.Evaluate(Golden("dev"));

        Assert.Equal(14, report.Judgments);
        Assert.Equal(0, report.NotExtracted);
        var mismatches = string.Join("\n", report.Mismatches.Select(m => $"{m.Source} {m.Defendant} {m.Field}: expected '{m.Expected}', got '{m.Actual}'"));
        Assert.True(mismatches.Length == 0, mismatches);
    }
}
