using Breakcard.Judgments.Evaluation;

namespace Breakcard.Judgments.Tests.Extraction;

public sealed class GoldenCorpusTests
{
    private static string Golden(string part) => Path.Combine(AppContext.BaseDirectory, "Golden", part);

    [Theory]
    [InlineData("dev", 61)] // the development set, with the four retired held-out sets in dev/retired-heldout-v1…v4
    [InlineData("dev/retired-heldout-v1", 13)] // the first held-out set, retired into development after its one evaluation
    [InlineData("dev/retired-heldout-v2", 11)] // the second, retired likewise (see Golden/README.md)
    [InlineData("dev/retired-heldout-v3", 9)]  // the third, retired after its first run (docs/evaluation/handwritten-heldout-v3-first-run.txt)
    [InlineData("dev/retired-heldout-v4", 12)] // the fourth, retired after its first run (docs/evaluation/handwritten-heldout-v4-first-run.txt)
    public void Evaluate_DevelopmentSets_EveryFieldMatchesGold(string set, int judgments)
    {
        var report = CorpusEvaluator.Evaluate(Golden(set));

        Assert.Equal(judgments, report.Judgments);
        Assert.Equal(0, report.NotExtracted);
        var mismatches = string.Join("\n", report.Mismatches.Select(m => $"{m.Source} {m.Defendant} {m.Field}: expected '{m.Expected}', got '{m.Actual}'"));
        Assert.True(mismatches.Length == 0, mismatches);
    }
}
