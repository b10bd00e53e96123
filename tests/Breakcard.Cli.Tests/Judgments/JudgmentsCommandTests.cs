using System.Text;
using Breakcard.Cli.Demo;
using Breakcard.Cli.Demo.Stages;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Judgments;

public sealed class JudgmentsCommandTests
{
    private static string Golden(string file) => Path.Combine(AppContext.BaseDirectory, "Judgments", "Golden", file);

    [Fact]
    public async Task GenerateThenEvaluate_DevelopmentCorpus_EveryFieldCorrect()
    {
        using var temp = new CliRunner.TempFolder();
        var corpus = Path.Combine(temp.Path, "corpus");

        var generate = await CliRunner.RunAsync("judgments", "generate", "--count", "60", "--seed", "3", "--out", corpus);
        var evaluate = await CliRunner.RunAsync("judgments", "evaluate", "--corpus", corpus, "--min-accuracy", "1", "--markdown", Path.Combine(temp.Path, "acc.md"));

        Assert.Equal(ExitCodes.Ok, generate.ExitCode);
        Assert.Contains("Wrote 60 development judgments", generate.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, evaluate.ExitCode);
        Assert.Contains("60 judgments, 0 not extracted; all fields 100.00%", evaluate.Output, StringComparison.Ordinal);
        Assert.Contains("| **all fields** |", await File.ReadAllTextAsync(Path.Combine(temp.Path, "acc.md"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_LiuAndSong_ListsTheirPairSideBySideAndWritesEveryArtefact()
    {
        using var temp = new CliRunner.TempFolder();
        var input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        File.Copy(Golden("liu.txt"), Path.Combine(input, "liu.txt"));
        File.Copy(Golden("song.txt"), Path.Combine(input, "song.txt"));
        var output = Path.Combine(temp.Path, "out");

        var result = await CliRunner.RunAsync("judgments", "report", input, "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var pairs = await File.ReadAllLinesAsync(Path.Combine(output, "tables", "pairs-fine.csv"), TestContext.Current.CancellationToken);
        Assert.Equal(2, pairs.Length);
        Assert.StartsWith("（2022）川0106刑初318号,刘某,≥¥11000000.00", pairs[1].Replace(",000", "000", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("宋某", pairs[1], StringComparison.Ordinal);
        Assert.EndsWith(",1.29", pairs[1], StringComparison.Ordinal);
        foreach (var file in new[] { "report.html", "tables.md", "judgments.jsonl", "problems.csv", "tables/table1-gender.csv", "charts/table1-gender.png", "charts/table1-gender.svg", "charts/fines-settlement.png" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        }

        Assert.Contains("Table 1", await File.ReadAllTextAsync(Path.Combine(output, "report.html"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MixedFolder_WritesCsvAndReportsUnreadableDocumentsWithReasons()
    {
        using var temp = new CliRunner.TempFolder();
        var input = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(input);
        File.Copy(Golden("liu.txt"), Path.Combine(input, "liu.txt"));
        await File.WriteAllTextAsync(Path.Combine(input, "ruling.txt"), "某某中级人民法院\n刑事裁定书\n（2022）川01刑终1号\n驳回上诉，维持原判。\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(input, "bad.json"), "{ not json", TestContext.Current.CancellationToken);
        var output = Path.Combine(temp.Path, "facts.csv");

        var result = await CliRunner.RunAsync("judgments", "extract", input, "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var csv = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(2, csv.Length);
        Assert.StartsWith("source,court,case_number,date,name,gender", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("liu.txt,四川省成都市金牛区人民法院,（2022）川0106刑初318号,2022-04-20,刘某,male,1993-07-21,28", csv[1], StringComparison.Ordinal);
        var problems = await File.ReadAllTextAsync(Path.Combine(temp.Path, "facts.problems.csv"), TestContext.Current.CancellationToken);
        Assert.Contains("ruling.txt,1,,not a judgment: the document is a 刑事裁定书", problems, StringComparison.Ordinal);
        Assert.Contains("bad.json,1,,\"not valid JSON", problems, StringComparison.Ordinal);
        Assert.Contains("2 documents could not be read", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_NothingReadable_ExitsWithInvalidInput()
    {
        using var temp = new CliRunner.TempFolder();
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "notes.txt"), "会议纪要\n", TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("judgments", "extract", temp.Path, "--out", Path.Combine(temp.Path, "x.jsonl"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("none of the 1 documents could be read as a judgment", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NoGoldLabels_ExplainsWhatIsExpected()
    {
        using var temp = new CliRunner.TempFolder();
        File.Copy(Golden("liu.txt"), Path.Combine(temp.Path, "liu.txt"));

        var result = await CliRunner.RunAsync("judgments", "evaluate", "--corpus", temp.Path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("no gold labels found (expected x.expected.json beside each document x)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingDirectory_NamesIt()
    {
        var result = await CliRunner.RunAsync("judgments", "extract", "/no/such/folder");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("/no/such/folder: no such file or directory", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_CountOutOfRange_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("judgments", "generate", "--count", "0", "--out", "x");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'--count' must be between 1 and 1000000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoStage_SmallCorpus_AddsReportSectionWithTable1AndChart()
    {
        using var temp = new CliRunner.TempFolder();
        using var output = new StringWriter();
        var cli = CliContext.Create(output, TextWriter.Null, TimeProvider.System, interactive: false);
        var options = new DemoOptions(DemoOptions.DefaultPeople, DemoOptions.DefaultDays, 42, new DirectoryInfo(temp.Path));

        var code = await DemoCommand.RunAsync(cli, options, [new JudgmentsStage(120)], TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Table 1. Gender composition of judgments", output.ToString(), StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(temp.Path, "report.html"), Encoding.UTF8, TestContext.Current.CancellationToken);
        Assert.Contains("Judgment analytics", html, StringComparison.Ordinal);
        Assert.Contains("judgments/report/charts/table1-gender.png", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "judgments", "report", "charts", "table1-gender.png")));
    }

    [Fact]
    public async Task DemoStage_AfterSimulation_JudgesTheCitysOwnConvictedAiders()
    {
        using var temp = new CliRunner.TempFolder();
        using var output = new StringWriter();
        var cli = CliContext.Create(output, TextWriter.Null, TimeProvider.System, interactive: false);
        var options = new DemoOptions(4_000, 14, 7, new DirectoryInfo(temp.Path));

        var code = await DemoCommand.RunAsync(cli, options, [new SimulationStage(), new JudgmentsStage(120)], TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Ok, code);
        var aiders = (await File.ReadAllLinesAsync(Path.Combine(temp.Path, "world", "truth", "aiders.csv"), TestContext.Current.CancellationToken)).Skip(1).ToList();
        var convicted = aiders.Count(l => l.Split(',')[14] == "true");
        Assert.True(convicted > 0);
        var text = output.ToString();
        Assert.Contains($"The simulated city's {convicted:N0} convicted aiders (of {aiders.Count:N0} aiders", text, StringComparison.Ordinal);
        Assert.Contains($"with {convicted:N0} defendants", text, StringComparison.Ordinal);
    }
}
