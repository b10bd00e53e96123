using Breakcard.Cli.Infrastructure;
using Breakcard.Tests.Shared;

namespace Breakcard.Cli.Tests.Cases;

/// <summary><c>breakcard clue import --trace</c>: a fund chain as clues, re-imports raising nothing, a bad file rejected whole.</summary>
public sealed class ClueImportTraceCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_HandBuiltTrace_ThreeClues_AgainNothingNew()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var file = Path.Combine(w.Folder, "trace.json");
        await File.WriteAllTextAsync(file, HandBuiltTrace.Text, Ct);

        var r = await w.OkAsync("clue", "import", "--trace", file, "--as", "li@bank-a");
        Assert.Contains("5 account(s) and cash point(s) beyond the start (1 cash); 3 account(s) selected", r.Output, StringComparison.Ordinal);
        Assert.Contains("¥100,000.00 traced through 2 layer(s)", r.Output, StringComparison.Ordinal);
        Assert.Contains("raised 3 clue(s) (CL-000001 … CL-000003); 0 account(s) already had an open clue", r.Output, StringComparison.Ordinal);
        foreach (var card in new[] { HandBuiltTrace.A, HandBuiltTrace.B, HandBuiltTrace.C, HandBuiltTrace.V })
        {
            Assert.DoesNotContain(card, r.Output, StringComparison.Ordinal);
        }

        var show = await w.OkAsync("clue", "show", "CL-000001", "--as", "li@bank-a");
        Assert.Contains("TRACED_CASH_OUT", show.Output, StringComparison.Ordinal);
        Assert.Contains("layer_2", show.Output, StringComparison.Ordinal);

        var again = await w.OkAsync("clue", "import", "--trace", file, "--as", "li@bank-a");
        Assert.Contains("raised 0 clue(s); 3 account(s) already had an open clue", again.Output, StringComparison.Ordinal);
        var list = await w.OkAsync("clue", "list", "--as", "li@bank-a");
        Assert.Contains("3 clue(s)", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadTrace_RejectedWithLineAndField_NothingImported()
    {
        using var w = await CaseCliWorld.CreateAsync();
        var file = Path.Combine(w.Folder, "trace.json");
        await File.WriteAllTextAsync(file, HandBuiltTrace.Text.Replace(HandBuiltTrace.C, "62220x2123?", StringComparison.Ordinal), Ct);

        var r = await w.RunAsync("clue", "import", "--trace", file, "--as", "li@bank-a");
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Contains($"trace.json:{HandBuiltTrace.LineOfC}: field 'layers[2].accounts[0].account': not a valid card or account number", r.Error, StringComparison.Ordinal);
        var list = await w.OkAsync("clue", "list", "--as", "li@bank-a");
        Assert.Contains("0 clue(s)", list.Output, StringComparison.Ordinal);

        var both = await w.RunAsync("clue", "import", "--trace", file, "--alerts", file, "--as", "li@bank-a");
        Assert.Equal(ExitCodes.UsageError, both.ExitCode);
        Assert.Contains("exactly one of --alerts and --trace", both.Error, StringComparison.Ordinal);

        var missing = await w.RunAsync("clue", "import", "--trace", Path.Combine(w.Folder, "none.json"), "--as", "li@bank-a");
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Contains("the trace file does not exist", missing.Error, StringComparison.Ordinal);
    }
}
