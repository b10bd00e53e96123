using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Breakcard.Cli.Infrastructure;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Tests.Screening;

/// <summary>
/// <c>screen evaluate --split/--misses</c>: the command's counts, metrics and miss file are checked
/// against an independent recount — the same corpus generated and screened here, one ad at a time.
/// Only the development split's misses are read (reading held-out misses burns the set, ADR 53).
/// </summary>
public sealed partial class ScreenEvaluateSplitTests(SmallModelFixture model)
{
    private const int Count = 300;
    private const ulong Seed = 77;

    [Fact]
    public async Task Development_CountsMetricsAndMissFileAgreeWithAnIndependentRecount()
    {
        using var folder = new CliRunner.TempFolder();
        var missFile = Path.Combine(folder.Path, "misses.jsonl");
        var cases = await OneCaseFileAsync(folder);
        var result = await CliRunner.RunAsync("screen", "evaluate", "--model", model.ModelPath, "--split", "development",
            "--count", Count.ToString(CultureInfo.InvariantCulture), "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--misses", missFile, "--hard-cases", cases);

        Assert.Equal(ExitCodes.Ok, result.ExitCode); // the only hard case is caught, and a development run judges no held-out target
        Assert.Contains($"Development corpus ({Count} simulated ads, seed {Seed}", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Held-out corpus", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Target on the held-out corpus", result.Output, StringComparison.Ordinal);

        // Independent recount: the same ads, screened one by one with the same model.
        var ads = JobAdGenerator.Generate(Seed, new JobAdOptions(Count, JobAdSplit.Development)).ToArray();
        using var loaded = AdModel.Load(model.ModelPath, TextNormaliser.Default);
        var screener = new AdScreener(TextNormaliser.Default, loaded);
        var flagged = ads.Select(a => screener.Screen(a.Text).IsFlagged).ToArray();
        var tp = Enumerable.Range(0, ads.Length).Count(i => ads[i].IsRisky && flagged[i]);
        var fp = Enumerable.Range(0, ads.Length).Count(i => !ads[i].IsRisky && flagged[i]);
        var tn = Enumerable.Range(0, ads.Length).Count(i => !ads[i].IsRisky && !flagged[i]);
        var fn = Enumerable.Range(0, ads.Length).Count(i => ads[i].IsRisky && !flagged[i]);
        Assert.Equal(Count, tp + fp + tn + fn);

        var printed = FlaggedLine().Match(result.Output);
        Assert.True(printed.Success, result.Output);
        Assert.Equal((tp, fp, tn, fn), (Int(printed, "tp"), Int(printed, "fp"), Int(printed, "tn"), Int(printed, "fn")));
        Assert.Equal(Math.Round((double)tp / (tp + fp), 4), double.Parse(printed.Groups["p"].Value, CultureInfo.InvariantCulture), 4);
        Assert.Equal(Math.Round((double)tp / (tp + fn), 4), double.Parse(printed.Groups["r"].Value, CultureInfo.InvariantCulture), 4);
        Assert.Contains($"{ads.Count(a => a.IsRisky):N0} risky", result.Output, StringComparison.Ordinal);

        // The miss file: exactly the ads the recount got wrong, each with its truth and a score on the wrong side of the review line.
        var misses = (await File.ReadAllLinesAsync(missFile, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var expected = Enumerable.Range(0, ads.Length).Where(i => ads[i].IsRisky != flagged[i]).Select(i => ads[i].Id).ToArray();
        Assert.Equal(expected, misses.Select(m => m.GetProperty("id").GetString()));
        Assert.Equal(fp + fn, misses.Length);
        Assert.All(misses, m =>
        {
            var ad = ads.Single(a => a.Id == m.GetProperty("id").GetString());
            Assert.Equal(ad.IsRisky, m.GetProperty("risky").GetBoolean());
            Assert.Equal(ad.Family, m.GetProperty("family").GetString());
            Assert.Equal(ad.Text, m.GetProperty("text").GetString());
            Assert.Equal(!ad.IsRisky, m.GetProperty("score").GetInt32() >= screener.Options.ReviewFrom);
        });
    }

    [Fact]
    public async Task HeldOut_EvaluatesOnlyTheHeldOutSplitAndJudgesTheTarget()
    {
        using var folder = new CliRunner.TempFolder();
        var cases = await OneCaseFileAsync(folder);
        var result = await CliRunner.RunAsync("screen", "evaluate", "--model", model.ModelPath, "--split", "held-out", "--count", "100", "--hard-cases", cases);
        Assert.Contains("Held-out corpus (100 simulated ads", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Development corpus", result.Output, StringComparison.Ordinal);
        var met = result.Output.Contains("): met.", StringComparison.Ordinal);
        Assert.True(met || result.Output.Contains("): NOT met.", StringComparison.Ordinal), result.Output);
        Assert.Equal(met ? ExitCodes.Ok : ExitCodes.TargetMissed, result.ExitCode);
    }

    [Fact]
    public async Task Split_UnknownValue_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("screen", "evaluate", "--model", model.ModelPath, "--split", "training");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("training", result.Error, StringComparison.Ordinal);
    }

    private static async Task<string> OneCaseFileAsync(CliRunner.TempFolder folder)
    {
        var cases = Path.Combine(folder.Path, "cases.jsonl");
        await File.WriteAllTextAsync(cases, "{\"id\":\"r1\",\"label\":\"risky\",\"text\":\"高价收 银.行.咔，一张800，日结，私聊\",\"note\":\"plain\"}\n", TestContext.Current.CancellationToken);
        return cases;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"flagged \(review or reject\): precision (?<p>[0-9.]+), recall (?<r>[0-9.]+), false-positive rate [0-9.]+ \(TP (?<tp>\d+), FP (?<fp>\d+), TN (?<tn>\d+), FN (?<fn>\d+)\)")]
    private static partial Regex FlaggedLine();
}
