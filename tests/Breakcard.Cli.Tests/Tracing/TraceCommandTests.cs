using System.Text.Json;
using System.Xml.Linq;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Tracing;

public sealed class TraceCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Trace_ForwardFromVictimTransfer_CashAtAtmAsHandComputed_AndWritesThreeFormats()
    {
        using var world = new TraceWorld();
        using var output = new CliRunner.TempFolder();

        var result = await CliRunner.RunAsync("trace", "--input", world.Folder, "--from-transaction", "T2", "--out", output.Path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.Error);
        // docs/tracing.md worked example: ¥8,666.66 (86.67%) reaches the ATM, ¥500 stays in A, ¥833.34 in B.
        Assert.Matches(@"cash\s+│\s+¥9,000\.00\s+│\s+90\.0%", result.Output);
        Assert.Matches(@"held\s+│\s+¥1,000\.00", result.Output);
        Assert.Contains("First-layer cards: 1 accounts, ¥10,000.00", result.Output, StringComparison.Ordinal);
        Assert.Contains("Second-layer cards: 2 accounts", result.Output, StringComparison.Ordinal);
        // Masked on screen: account numbers and holder names.
        Assert.Contains("6222********0003", result.Output, StringComparison.Ordinal);
        Assert.Contains("王*", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TraceWorld.A, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("王五", result.Output, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output.Path, "trace.json"), Ct));
        Assert.Equal("breakcard-trace/1", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(900_000, json.RootElement.GetProperty("outcomes").GetProperty("cash").GetProperty("amount_fen").GetInt64());
        var graphMl = XDocument.Load(Path.Combine(output.Path, "trace.graphml"));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(5, graphMl.Descendants(g + "node").Count()); // V, A, B, C, ATM1
        Assert.Equal(5, graphMl.Descendants(g + "edge").Count()); // T2–T6
        using var cy = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output.Path, "trace.cytoscape.json"), Ct));
        Assert.Equal(5, cy.RootElement.GetProperty("elements").GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Trace_Proportional_SmallerCashShareAsHandComputed()
    {
        using var world = new TraceWorld();

        var result = await CliRunner.RunAsync("trace", "--input", world.Folder, "--from-transaction", "T2", "--rule", "proportional");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"cash\s+│\s+¥8,636\.36\s+│\s+86\.4%", result.Output);
    }

    [Fact]
    public async Task Trace_BackwardFromWithdrawal_SplitsOneToFiveBetweenXAndVictim()
    {
        using var world = new TraceWorld();

        var result = await CliRunner.RunAsync("trace", "--input", world.Folder, "--from-transaction", "T5", "--direction", "backward");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Layer 3 upstream: 2 accounts, ¥5,000.00", result.Output, StringComparison.Ordinal);
        Assert.Contains("¥500.00", result.Output, StringComparison.Ordinal);
        Assert.Contains("¥4,500.00", result.Output, StringComparison.Ordinal);
        Assert.Matches(@"unobserved\s+│\s+¥5,000\.00\s+│\s+100\.0%", result.Output);
    }

    [Fact]
    public async Task Trace_FromAccountWithHopLimit_StopsAfterFirstLayer()
    {
        using var world = new TraceWorld();

        var result = await CliRunner.RunAsync("trace", "--input", world.Folder, "--from-account", TraceWorld.V, "--max-hops", "1",
            "--since", "2024-03-01T00:00:00+08:00", "--until", "2024-03-02T00:00:00+08:00");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"hop_limit\s+│\s+¥10,000\.00\s+│\s+100\.0%", result.Output);
    }

    [Fact]
    public async Task Trace_BadRowsInEventsAndReference_QuarantinedWithFileLineField_RestTraced()
    {
        using var world = new TraceWorld(new()
        {
            ["transactions.csv"] = $"T7,2024-03-01T15:00:00+08:00,{TraceWorld.C},{TraceWorld.B},-5,transfer,",
            ["accounts.csv"] = "6222020000000099,ICBC,class_x,personal,P0000001,2020-01-01,active,,,,",
            ["people.csv"] = "P0000009,110101199001011234,某人,male,1990-01-01,bachelor,employee,110101,addr",
        });
        using var output = new CliRunner.TempFolder();

        var result = await CliRunner.RunAsync("trace", "--input", world.Folder, "--from-transaction", "T2", "--out", output.Path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("3 record(s) rejected", result.Error, StringComparison.Ordinal);
        Assert.Contains(world.PathOf("accounts.csv") + ":8: field 'class': \"class_x\" is not one of class_i, class_ii, class_iii", result.Error, StringComparison.Ordinal);
        Assert.Contains(world.PathOf("people.csv") + ":8: field 'identity_number'", result.Error, StringComparison.Ordinal);
        Assert.Contains(world.PathOf("transactions.csv") + ":8: field 'amount_fen'", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(output.Path, "quarantine.csv")).Length);
        Assert.Matches(@"cash\s+│\s+¥9,000\.00", result.Output);
    }

    [Fact]
    public async Task Trace_ReferenceHeaderLacksColumn_RefusedNamingFileAndColumn()
    {
        using var world = new TraceWorld();
        await File.WriteAllTextAsync(world.PathOf("accounts.csv"), "account_number,bank\n1,ICBC\n", Ct);

        var result = await CliRunner.RunAsync("trace", "--input", world.Folder, "--from-transaction", "T2");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(world.PathOf("accounts.csv") + ":1: field 'class': the header lacks the columns class,", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--from-transaction", "T404" }, "no transaction T404")]
    [InlineData(new[] { "--from-account", "6222020000000404" }, "account 6222********0404 has no transaction")]
    [InlineData(new[] { "--from-transaction", "T2", "--from-account", "x" }, "exactly one of --from-transaction and --from-account")]
    [InlineData(new[] { "--from-transaction", "T2", "--max-hops", "0" }, "'--max-hops' must be between 1 and 64")]
    [InlineData(new[] { "--from-account", TraceWorld.B, "--since", "2024-03-02T00:00:00+08:00" }, "made no transfers in the period")]
    public async Task Trace_BadStartOrLimits_ClearErrorNoCrash(string[] args, string message)
    {
        using var world = new TraceWorld();

        var result = await CliRunner.RunAsync(["trace", "--input", world.Folder, .. args]);

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.NotEqual(ExitCodes.InternalError, result.ExitCode);
        Assert.Contains(message, result.Error + result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trace_SingleEventFileWithoutReference_TracesWithoutHolders()
    {
        using var world = new TraceWorld();

        var result = await CliRunner.RunAsync("trace", "--input", world.PathOf("transactions.csv"), "--from-transaction", "T2");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Matches(@"cash\s+│\s+¥9,000\.00", result.Output);
        Assert.DoesNotContain("王*", result.Output, StringComparison.Ordinal);
    }
}
