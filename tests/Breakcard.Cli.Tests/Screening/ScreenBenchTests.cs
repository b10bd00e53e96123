using System.Text.Json;
using Breakcard.Cli.Infrastructure;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Tests.Screening;

/// <summary>
/// <c>screen bench --save-ads/--ads</c>: the texts a bench screens can be written and read back, so two builds of
/// different held-out rounds screen the same texts (ADR 388). The figures themselves are not asserted: speed is
/// measured, never tested.
/// </summary>
public sealed class ScreenBenchTests(SmallModelFixture model)
{
    [Fact]
    public async Task SaveAds_WritesTheHeldOutTextsItScreens_AndAdsReadsThemBack()
    {
        using var folder = new CliRunner.TempFolder();
        var saved = Path.Combine(folder.Path, "bench.jsonl");
        var first = await CliRunner.RunAsync("screen", "bench", "--model", model.ModelPath, "--count", "100", "--rounds", "1", "--save-ads", saved);
        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("Screened 100 held-out ads", first.Output, StringComparison.Ordinal);

        var expected = JobAdGenerator.Generate(7, new JobAdOptions(100, JobAdSplit.HeldOut)).Select(a => a.Text).ToArray();
        var lines = await File.ReadAllLinesAsync(saved, TestContext.Current.CancellationToken);
        Assert.Equal(expected, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()));
        Assert.Contains(lines, l => l.Contains('银') || l.Contains('卡')); // Chinese kept as written, not \u-escaped

        var second = await CliRunner.RunAsync("screen", "bench", "--model", model.ModelPath, "--rounds", "1", "--ads", saved);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        var mean = expected.Average(t => t.Length);
        Assert.Contains($"Screened 100 ads from bench.jsonl (mean {mean:0} characters)", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ads_WithUnreadableRecords_ListsThemBenchesTheRestAndFails()
    {
        using var folder = new CliRunner.TempFolder();
        var file = Path.Combine(folder.Path, "ads.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\":\"a\",\"text\":\"出租银行卡，日结\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"招聘收银员\"}\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "bench", "--model", model.ModelPath, "--rounds", "1", "--ads", file);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(file + ":2: field 'text': missing", result.Error, StringComparison.Ordinal);
        Assert.Contains("Screened 2 ads from ads.jsonl", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 records of the file could not be read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ads_WithNoReadableRecord_IsAnInputErrorNamingTheFile()
    {
        using var folder = new CliRunner.TempFolder();
        var file = Path.Combine(folder.Path, "empty.txt");
        await File.WriteAllTextAsync(file, "\n\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "bench", "--model", model.ModelPath, "--rounds", "1", "--ads", file);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(file + ": no ad could be read: nothing to screen", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Count_WithAds_IsRefused()
    {
        using var folder = new CliRunner.TempFolder();
        var file = Path.Combine(folder.Path, "ads.txt");
        await File.WriteAllTextAsync(file, "招聘收银员\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "bench", "--model", model.ModelPath, "--ads", file, "--count", "200");
        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--count generates ads; it cannot be used with --ads", result.Error + result.Output, StringComparison.Ordinal);
    }
}
