using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests;

public sealed class CommandLineErrorTests
{
    [Fact]
    public async Task Run_UnknownOption_ReportsItWithoutStackTrace()
    {
        var result = await CliRunner.RunAsync("demo", "--no-such-option");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--no-such-option", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OutOfRangeOption_NamesOptionAndRange()
    {
        var result = await CliRunner.RunAsync("demo", "--people", "5");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'--people' must be between 1000 and 2000000; got 5", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NonNumericOption_ReportsParseError()
    {
        var result = await CliRunner.RunAsync("demo", "--days", "thirty");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("thirty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandRunner_InvalidInput_PrintsOneLineAndExitCode2()
    {
        using var error = new StringWriter();
        var cli = CliContext.Create(TextWriter.Null, error, TimeProvider.System, interactive: false);
        var code = await CommandRunner.RunAsync(cli, "x", () => throw new Breakcard.Core.Errors.InvalidInputException(
            new Breakcard.Core.Errors.InputError("a.csv", 12, "amount_fen", "not an integer")));
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal("breakcard x: a.csv:12: field 'amount_fen': not an integer", error.ToString().Trim());
    }

    [Fact]
    public async Task CommandRunner_Bug_ReportsInternalErrorWithoutStackTrace()
    {
        using var error = new StringWriter();
        var cli = CliContext.Create(TextWriter.Null, error, TimeProvider.System, interactive: false);
        var code = await CommandRunner.RunAsync(cli, "x", () => throw new InvalidOperationException("boom"));
        Assert.Equal(ExitCodes.InternalError, code);
        Assert.Contains("internal error (InvalidOperationException): boom", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }
}
