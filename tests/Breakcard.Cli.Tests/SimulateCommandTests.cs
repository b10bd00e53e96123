using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests;

public sealed class SimulateCommandTests
{
    [Fact]
    public async Task Simulate_SmallCity_WritesTheWorldAndReportsProgressAsLines()
    {
        using var temp = new CliRunner.TempFolder();
        var world = Path.Combine(temp.Path, "world");

        var result = await CliRunner.RunAsync("simulate", "--people", "1000", "--days", "3", "--seed", "5", "--out", world, "--format", "both");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("simulate: day 3/3 (100%)", result.Output, StringComparison.Ordinal);
        Assert.Contains("transactions", result.Output, StringComparison.Ordinal);
        Assert.Contains("sms_code_reception", result.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "manifest.json", "people.csv", "accounts.csv", "transactions.csv", "events.jsonl", "truth/accounts.csv", "truth/fund_flows.csv" })
        {
            Assert.True(File.Exists(Path.Combine(world, file)), file);
        }
    }

    [Fact]
    public async Task Simulate_AmlSimFormat_WritesAmlSimFiles()
    {
        using var temp = new CliRunner.TempFolder();
        var world = Path.Combine(temp.Path, "aml");

        var result = await CliRunner.RunAsync("simulate", "--people", "1000", "--days", "2", "--out", world, "--format", "amlsim", "--start", "2024-02-28");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var header = File.ReadLines(Path.Combine(world, "transactions.csv")).First();
        Assert.Equal("tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id", header);
        var days = File.ReadLines(Path.Combine(world, "transactions.csv")).Skip(1).Select(l => l.Split(',')[5]).Distinct().ToArray();
        Assert.Equal(["2024-02-28T00:00:00Z", "2024-02-29T00:00:00Z"], days);
    }

    [Theory]
    [InlineData("--people", "5", "'--people' must be between 1000 and 5000000; got 5")]
    [InlineData("--days", "0", "'--days' must be between 1 and 730; got 0")]
    [InlineData("--format", "parquet", "'--format' must be one of csv, jsonl, both, amlsim; got 'parquet'")]
    [InlineData("--start", "2025-13-01", "'--start' must be a date yyyy-MM-dd between 2000 and 2100; got '2025-13-01'")]
    [InlineData("--seed", "-1", "-1")]
    public async Task Simulate_BadArgument_NamesItWithoutStackTrace(string option, string value, string message)
    {
        using var temp = new CliRunner.TempFolder();

        var result = await CliRunner.RunAsync("simulate", "--out", Path.Combine(temp.Path, "w"), option, value);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_WithoutOut_IsAUsageError()
    {
        var result = await CliRunner.RunAsync("simulate", "--people", "1000");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_OutIsAFile_IsInvalidInput()
    {
        using var temp = new CliRunner.TempFolder();
        var file = Path.Combine(temp.Path, "report.txt");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("simulate", "--people", "1000", "--days", "1", "--out", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("is a file", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Simulate_OutHoldsOtherFiles_IsRefusedAndTheFilesSurvive()
    {
        using var temp = new CliRunner.TempFolder();
        var mine = Path.Combine(temp.Path, "keep.txt");
        await File.WriteAllTextAsync(mine, "x", TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("simulate", "--people", "1000", "--days", "1", "--out", temp.Path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("holds no Breakcard world", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(mine));
    }

    [Fact]
    public async Task BenchSimulate_Reports_EventsPerSecondAndPeakMemory_AndCleansUp()
    {
        using var temp = new CliRunner.TempFolder();
        var scratch = Path.Combine(temp.Path, "bench");

        var result = await CliRunner.RunAsync("bench", "simulate", "--people", "1000", "--days", "2", "--runs", "2", "--out", scratch);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("events/s", result.Output, StringComparison.Ordinal);
        Assert.Contains("median", result.Output, StringComparison.Ordinal);
        Assert.Contains("peak working set", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch));
    }
}
