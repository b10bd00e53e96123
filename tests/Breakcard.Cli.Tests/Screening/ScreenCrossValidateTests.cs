using System.Globalization;
using System.Text.RegularExpressions;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Screening;

/// <summary>
/// <c>screen crossvalidate</c>: every training ad is scored exactly once by a model trained without its
/// family, every development ad once by the model on all training families; the held-out split is
/// never generated.
/// </summary>
public sealed partial class ScreenCrossValidateTests
{
    [Fact]
    public async Task EveryAdIsScoredOnce_AndTheHeldOutSplitIsNotUsed()
    {
        var result = await CliRunner.RunAsync("screen", "crossvalidate", "--count", "400", "--groups", "2", "--seed", "5");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("in 2 groups", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("eld-out corpus", result.Output, StringComparison.Ordinal);
        var counts = Counts().Matches(result.Output).Select(m => Enumerable.Range(1, 4).Sum(g => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture))).ToArray();
        Assert.Equal([400, 200, 200], counts); // training families, development with the model, development with patterns alone
        Assert.Equal(3, Regex.Matches(result.Error, "^Fit ", RegexOptions.Multiline).Count); // two groups and the full fit
    }

    [Fact]
    public async Task FoldingDevelopment_ScoresEveryTrainingAndDevelopmentAdOnce_WithoutAFullFit()
    {
        var result = await CliRunner.RunAsync("screen", "crossvalidate", "--count", "400", "--groups", "2", "--seed", "5", "--fold-development");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("training and development families in 2 groups", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("eld-out corpus", result.Output, StringComparison.Ordinal);
        var counts = Counts().Matches(result.Output).Select(m => Enumerable.Range(1, 4).Sum(g => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture))).ToArray();
        Assert.Equal([600, 200], counts); // training and development families together, development with patterns alone
        Assert.Equal(2, Regex.Matches(result.Error, "^Fit ", RegexOptions.Multiline).Count); // two groups, no full fit
        Assert.Contains("honest texts sent to reject and report:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooFewAds_IsAClearError()
    {
        var result = await CliRunner.RunAsync("screen", "crossvalidate", "--count", "10");
        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--count", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\(TP (\d+), FP (\d+), TN (\d+), FN (\d+)\)")]
    private static partial Regex Counts();
}
