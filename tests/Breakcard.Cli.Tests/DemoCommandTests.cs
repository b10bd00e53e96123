using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_SmallCity_SimulatesReportsAndWritesTheReport()
    {
        using var temp = new CliRunner.TempFolder();

        var result = await CliRunner.RunAsync("demo", "--people", "1500", "--days", "7", "--out", temp.Path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("== simulate ==", result.Output, StringComparison.Ordinal);
        Assert.Contains("positive accounts", result.Output, StringComparison.Ordinal);
        Assert.Contains("R0001", result.Output, StringComparison.Ordinal);
        var report = await File.ReadAllTextAsync(Path.Combine(temp.Path, "report.html"), TestContext.Current.CancellationToken);
        Assert.Contains("The simulated city", report, StringComparison.Ordinal);
        Assert.Contains("Card sellers against the published profile", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(temp.Path, "world", "manifest.json")));

        // The monitoring stage: alerts for later stages, the evaluation printed and reported.
        Assert.Contains("== monitor ==", result.Output, StringComparison.Ordinal);
        Assert.Contains("Against the world's ground truth", result.Output, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(temp.Path, "monitor", "alerts.jsonl")).Length > 0);
        Assert.Contains("Real-time monitoring", report, StringComparison.Ordinal);
        Assert.Contains("Example alerts", report, StringComparison.Ordinal);

        // Running the demo again into the same folder replaces the world.
        var again = await CliRunner.RunAsync("demo", "--people", "1500", "--days", "7", "--out", temp.Path);
        Assert.Equal(ExitCodes.Ok, again.ExitCode);
    }
}
