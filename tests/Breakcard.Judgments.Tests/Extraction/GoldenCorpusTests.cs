using Breakcard.Judgments.Evaluation;

namespace Breakcard.Judgments.Tests.Extraction;

public sealed class GoldenCorpusTests
{
    private static string Golden(string part) => Path.Combine(AppContext.BaseDirectory, "Golden", part);

    [Theory]
    [InlineData("dev", 16)]
    [InlineData("heldout-v1", 13)] // the first held-out set, retired into development after its one evaluation
    [InlineData("heldout", 11)]    // the second held-out set, retired likewise (see Golden/README.md)
    public void Evaluate_DevelopmentSets_EveryFieldMatchesGold(string set, int judgments)
    {
        var report = CorpusEvaluator.Evaluate(Golden(set));

        Assert.Equal(judgments, report.Judgments);
        Assert.Equal(0, report.NotExtracted);
        var mismatches = string.Join("\n", report.Mismatches.Select(m => $"{m.Source} {m.Defendant} {m.Field}: expected '{m.Expected}', got '{m.Actual}'"));
        Assert.True(mismatches.Length == 0, mismatches);
    }
}
