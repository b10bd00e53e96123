using System.Text.Json;
using Breakcard.Cli.Demo;
using Breakcard.Cli.Demo.Stages;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cli.Reporting;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;

[assembly: AssemblyFixture(typeof(Breakcard.Cli.Tests.SmallModelFixture))]

namespace Breakcard.Cli.Tests;

/// <summary>A small model trained once through <c>screen train</c>, so the command tests stay fast.</summary>
public sealed class SmallModelFixture : IDisposable
{
    private readonly CliRunner.TempFolder _folder = new();

    public SmallModelFixture()
    {
        ModelPath = Path.Combine(_folder.Path, "model.zip");
        var train = CliRunner.RunAsync("screen", "train", "--count", "1500", "--seed", "5", "--out", ModelPath).GetAwaiter().GetResult();
        (TrainExitCode, TrainOutput) = (train.ExitCode, train.Output);
    }

    public string ModelPath { get; }

    public int TrainExitCode { get; }

    public string TrainOutput { get; }

    public void Dispose() => _folder.Dispose();
}

public sealed class ScreenCommandTests(SmallModelFixture model)
{
    [Fact]
    public void Train_WritesAModelFile()
    {
        Assert.Equal(ExitCodes.Ok, model.TrainExitCode);
        Assert.Contains("Trained on 1,500 ads", model.TrainOutput, StringComparison.Ordinal);
        Assert.True(new FileInfo(model.ModelPath).Length > 10_000);
    }

    [Fact]
    public async Task Ads_TextFile_WritesOneLinePerAdWithQuotedReasons()
    {
        using var folder = new CliRunner.TempFolder();
        var file = Path.Combine(folder.Path, "ads.txt");
        await File.WriteAllTextAsync(file, "高价收 银.行.咔，一张800，日结，私聊\n\n招聘小学数学家教，时薪100元，周末上课\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "ads", file, "--model", model.ModelPath, "--threads", "1");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var risky = lines[0].Split('\t');
        Assert.Equal("1", risky[0]);
        Assert.Equal("reject_and_report", risky[3]);
        Assert.Contains("card-trade \u201C高价收 银.行.咔\u201D [Anti-Telecom and Online Fraud Law Art. 31", risky[4], StringComparison.Ordinal);
        var honest = lines[1].Split('\t');
        Assert.Equal(("3", "publish"), (honest[0], honest[3]));
        Assert.Contains("Screened 2 ads: 1 publish, 0 review, 1 reject and report.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ads_JsonlWithBadRecords_ReportsThemAndKeepsTheGoodOnes()
    {
        using var folder = new CliRunner.TempFolder();
        var file = Path.Combine(folder.Path, "ads.jsonl");
        var output = Path.Combine(folder.Path, "out.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\":\"a\",\"text\":\"出租银行卡，日结\"}\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"招聘收银员\"}\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "ads", file, "--model", model.ModelPath, "--out", output);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(file + ":2: field 'text': missing", result.Error, StringComparison.Ordinal);
        var records = (await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["a", "c"], records.Select(r => r.GetProperty("id").GetString()));
        var reason = records[0].GetProperty("reasons").EnumerateArray().First(r => r.GetProperty("id").GetString() == "card-trade");
        Assert.Equal("出租银行卡", reason.GetProperty("quote").GetString());
        Assert.Equal("afl-31", reason.GetProperty("legal_basis")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Ads_CsvWithoutTextColumn_FailsWithFileAndLine()
    {
        using var folder = new CliRunner.TempFolder();
        var file = Path.Combine(folder.Path, "ads.csv");
        await File.WriteAllTextAsync(file, "id,body\n1,出租银行卡\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "ads", file, "--model", model.ModelPath);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(file + ":1: the CSV header has no 'text' column", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ads_MissingFileOrBadModel_FailClearly()
    {
        var missing = await CliRunner.RunAsync("screen", "ads", "/nonexistent/ads.txt", "--model", model.ModelPath);
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Contains("/nonexistent/ads.txt: file not found", missing.Error, StringComparison.Ordinal);

        using var folder = new CliRunner.TempFolder();
        var ads = Path.Combine(folder.Path, "ads.txt");
        var bogus = Path.Combine(folder.Path, "model.zip");
        await File.WriteAllTextAsync(ads, "招聘收银员\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(bogus, "not a model", TestContext.Current.CancellationToken);
        var bad = await CliRunner.RunAsync("screen", "ads", ads, "--model", bogus);
        Assert.Equal(ExitCodes.InvalidInput, bad.ExitCode);
        Assert.Contains(bogus + ": not a readable screening model", bad.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SmallCorpus_PrintsBothSetsAndEveryHardCaseMiss()
    {
        using var folder = new CliRunner.TempFolder();
        var cases = Path.Combine(folder.Path, "cases.jsonl");
        await File.WriteAllTextAsync(cases,
            "{\"id\":\"r1\",\"label\":\"risky\",\"text\":\"出租银行卡，一天300\",\"note\":\"plain\"}\n{\"id\":\"l1\",\"label\":\"legitimate\",\"text\":\"你好，欢迎光临\",\"note\":\"greeting\"}\n{\"id\":\"r2\",\"label\":\"risky\",\"text\":\"你好\",\"note\":\"a miss on purpose\"}\n",
            TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "evaluate", "--model", model.ModelPath, "--count", "300", "--hard-cases", cases);
        Assert.Contains("Held-out corpus (300 simulated ads", result.Output, StringComparison.Ordinal);
        Assert.Contains("Development corpus (300 simulated ads", result.Output, StringComparison.Ordinal);
        Assert.Contains("r2 (false negative", result.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.TargetMissed, result.ExitCode); // recall 1/2 on the hard cases is below the floor
    }

    [Fact]
    public async Task Evaluate_BadHardCaseFile_NamesTheLine()
    {
        using var folder = new CliRunner.TempFolder();
        var cases = Path.Combine(folder.Path, "cases.jsonl");
        await File.WriteAllTextAsync(cases, "{\"id\":\"r1\",\"label\":\"maybe\",\"text\":\"x\"}\n", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("screen", "evaluate", "--model", model.ModelPath, "--count", "100", "--hard-cases", cases);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(cases + ":1: field 'label': must be 'risky' or 'legitimate', found 'maybe'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoStage_ScreensABatchAndAddsAReportSection()
    {
        using var folder = new CliRunner.TempFolder();
        var cli = CliContext.Create(TextWriter.Null, TextWriter.Null, TimeProvider.System, interactive: false);
        var report = new HtmlReport("test");
        var context = new DemoContext(cli, new DemoOptions(1_000, 7, 3, new DirectoryInfo(folder.Path)), new DirectoryInfo(folder.Path), report);
        var stage = new ScreeningStage(_ => AdModel.Load(model.ModelPath, TextNormaliser.Default));
        await stage.RunAsync(context, TestContext.Current.CancellationToken);
        Assert.NotNull(context.Screening);
        Assert.Equal(ScreeningStage.BatchSize, context.Screening.Results.Count);
        Assert.Equal(ScreeningStage.BatchSize, context.Screening.Flagged.Count);
        Assert.All(context.Screening.Ads, a => Assert.Equal(Breakcard.Simulation.JobAds.JobAdSplit.Development, a.Split)); // never the held-out split
        Assert.Contains(report.Sections, s => s.Id == "screening" && s.Notes.Any(n => n.Contains("development split", StringComparison.Ordinal)));
        Assert.Contains(report.Sections, s => s.Id == "screening" && s.Tables.Count == 2);
        Assert.Equal(ScreeningStage.BatchSize, File.ReadLines(Path.Combine(folder.Path, "screening", "results.jsonl")).Count());
    }
}
