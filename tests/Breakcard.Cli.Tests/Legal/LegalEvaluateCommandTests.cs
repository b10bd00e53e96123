using System.Text.Json;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Legal;

/// <summary><c>breakcard legal evaluate</c> end to end: the shipped examples and each kind of bad input.</summary>
public sealed class LegalEvaluateCommandTests
{
    private static string Example(string name) => Path.Combine(RepositoryRoot(), "docs", "examples", "legal", name);

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Breakcard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (Breakcard.slnx) not found above the test binaries.");
    }

    [Fact]
    public async Task Evaluate_Liu_ShowsCriteriaConclusionPenaltyAndLabels()
    {
        var result = await CliRunner.RunAsync("legal", "evaluate", "--facts", Example("liu.json"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        // Numbers from the source paper against the thresholds of 法释〔2019〕15号 Art. 12.
        Assert.Contains("settlement ¥11,000,000 ≥ ¥200,000", result.Output, StringComparison.Ordinal);
        Assert.Contains("settlement ¥11,000,000 ≥ ¥1,000,000", result.Output, StringComparison.Ordinal);
        Assert.Contains("illegal gains ¥32,200 ≥ ¥10,000", result.Output, StringComparison.Ordinal);
        Assert.Contains("serious circumstances: met", result.Output, StringComparison.Ordinal);
        Assert.Contains("fine of at least ¥1,000", result.Output, StringComparison.Ordinal);
        Assert.Contains("not in force", result.Output, StringComparison.Ordinal); // 2021 opinion: conduct assumed before 2021-06-17
        Assert.Contains("secondary source", result.Output, StringComparison.Ordinal);
        Assert.Contains("provisional", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SongJson_GainsExactlyAtThresholdAreMet()
    {
        var result = await CliRunner.RunAsync("legal", "evaluate", "--facts", Example("song.json"), "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        var criteria = doc.RootElement.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c);
        Assert.Equal("met", criteria["2019-art12-1-4-gains"].GetProperty("status").GetString());
        Assert.Equal("illegal gains ¥10,000 ≥ ¥10,000", criteria["2019-art12-1-4-gains"].GetProperty("decisive").GetString());
        Assert.Equal("met", criteria["2019-art12-2-settlement-5x"].GetProperty("status").GetString());
        Assert.Equal("not_met", criteria["2019-art12-2-gains-5x"].GetProperty("status").GetString());
        Assert.Equal("met", doc.RootElement.GetProperty("serious_circumstances").GetString());
        Assert.Equal(100_000, doc.RootElement.GetProperty("penalty").GetProperty("minimum_fine_fen").GetInt64());
    }

    [Theory]
    [InlineData("liu.json", "knowledge_not_established")]
    [InlineData("song.json", "knowledge_not_established")]
    [InlineData("card-seller-2023.json", "criminal_liability_indicated")]
    [InlineData("minor-phone-cards-2025.json", "criminal_liability_indicated")]
    [InlineData("lent-cards-not-criminal-2023.json", "not_criminal")]
    [InlineData("repeated-acts-2024.json", "criminal_liability_indicated")]
    [InlineData("before-interpretation-2019.json", "undetermined")]
    public async Task Evaluate_EveryExample_HasItsDocumentedOutcome(string file, string outcome)
    {
        var result = await CliRunner.RunAsync("legal", "evaluate", "--facts", Example(file), "--json");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal(outcome, doc.RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public void Examples_AreAllCoveredByTheOutcomeTest()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "docs", "examples", "legal"), "*.json").Select(Path.GetFileName).Order();
        Assert.Equal(
            ["before-interpretation-2019.json", "card-seller-2023.json", "lent-cards-not-criminal-2023.json", "liu.json", "minor-phone-cards-2025.json", "repeated-acts-2024.json", "song.json"],
            files);
    }

    [Fact]
    public async Task Evaluate_NotCriminal_PrintsComputedSanctions()
    {
        var result = await CliRunner.RunAsync("legal", "evaluate", "--facts", Example("lent-cards-not-criminal-2023.json"));
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        // Gains ¥1,500: under ¥10,000 (Art. 38) and under ¥20,000 (Art. 44).
        Assert.Contains("fine up to ¥100,000", result.Output, StringComparison.Ordinal);
        Assert.Contains("fine up to ¥200,000", result.Output, StringComparison.Ordinal);
        Assert.Contains("administrative detention of 10 to 15 days", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"conduct_date\": \"2023-01-01\",\n  \"help_kinds\": [\"advertising\"],\n  \"favourite_colour\": \"red\"\n}", ":4: field 'favourite_colour': unknown field")]
    [InlineData("{\n  \"conduct_date\": \"2023-01-01\",\n  \"help_kinds\": [\"advertising\"],\n  \"objects_helped\": \"three\"\n}", ":4: field 'objects_helped': expected a whole number, got a string")]
    [InlineData("{\n  \"conduct_date\": \"2023-01-01\",\n  \"help_kinds\": [\"advertising\"],\n  \"settlement_fen\": -100\n}", ":4: field 'settlement_fen': is negative (-100 fen)")]
    [InlineData("{\n  \"conduct_date\": \"2022-02-30\",\n  \"help_kinds\": [\"advertising\"]\n}", ":2: field 'conduct_date': \"2022-02-30\" is not a real calendar date")]
    [InlineData("{\n  \"help_kinds\": [\"advertising\"]\n}", ":1: field 'conduct_date': required field is missing")]
    [InlineData("{\n  \"conduct_date\": \"2023-01-01\",\n  \"help_kinds\": [\"advertising\"\n}", ":4: not valid JSON")]
    public async Task Evaluate_BadFacts_NamesFileLineAndFieldAndExits2(string json, string expected)
    {
        using var folder = new CliRunner.TempFolder();
        var path = Path.Combine(folder.Path, "facts.json");
        await File.WriteAllTextAsync(path, json, TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("legal", "evaluate", "--facts", path);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains($"breakcard legal evaluate: {path}{expected}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Evaluate_SeveralProblems_PrintsOneLineEach()
    {
        using var folder = new CliRunner.TempFolder();
        var path = Path.Combine(folder.Path, "facts.json");
        await File.WriteAllTextAsync(path, "{\n\"conduct_date\": \"2023-01-01\",\n\"help_kinds\": [\"x\"],\n\"consequences\": 3\n}", TestContext.Current.CancellationToken);
        var result = await CliRunner.RunAsync("legal", "evaluate", "--facts", path);
        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(":3: field 'help_kinds[0]'", lines[0], StringComparison.Ordinal);
        Assert.Contains(":4: field 'consequences'", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingFile_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("legal", "evaluate", "--facts", "/no/such/facts.json");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NoFactsOption_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("legal", "evaluate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--facts", result.Error, StringComparison.Ordinal);
    }
}
