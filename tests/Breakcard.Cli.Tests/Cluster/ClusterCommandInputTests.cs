using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.ClusterCommands;

/// <summary>
/// Bad input to <c>breakcard cluster ingest</c> and <c>cluster silo</c> gets one clear line and an
/// exit code, before any cluster is contacted (no silo runs in these tests: a command that tried to
/// connect would fail differently, or wait).
/// </summary>
public sealed class ClusterCommandInputTests
{
    [Fact]
    public async Task Ingest_WorldFolderMissing_NamesTheFolder()
    {
        using var temp = new CliRunner.TempFolder();
        var events = Events(temp.Path);
        var missing = Path.Combine(temp.Path, "no-such-world");

        var result = await CliRunner.RunAsync("cluster", "ingest", "--input", events, "--out", Path.Combine(temp.Path, "out"), "--stream", "s", "--shards", "2", "--world", missing);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(missing + ": the world folder does not exist", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_InputMissing_IsAUsageError()
    {
        using var temp = new CliRunner.TempFolder();
        var result = await CliRunner.RunAsync("cluster", "ingest", "--input", Path.Combine(temp.Path, "none.jsonl"), "--out", Path.Combine(temp.Path, "out"), "--stream", "s");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("none.jsonl", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--gateways", "0", "'0' is not a port (1–65535)")]
    [InlineData("--gateways", "30000,http", "'http' is not a port (1–65535)")]
    [InlineData("--gateways", "70000", "'70000' is not a port (1–65535)")]
    [InlineData("--shards", "-1", "'--shards' must be between 0 and 4096; got -1")]
    [InlineData("--shards", "5000", "'--shards' must be between 0 and 4096; got 5000")]
    [InlineData("--batch", "0", "'--batch' must be between 1 and 1000000; got 0")]
    public async Task Ingest_BadNumbers_NameOptionAndRange(string option, string value, string message)
    {
        using var temp = new CliRunner.TempFolder();
        var result = await CliRunner.RunAsync("cluster", "ingest", "--input", Events(temp.Path), "--out", Path.Combine(temp.Path, "out"), "--stream", "s", option, value);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OptionsFileMalformed_NamesFileLineAndSetting()
    {
        using var temp = new CliRunner.TempFolder();
        var options = Path.Combine(temp.Path, "options.json");
        await File.WriteAllTextAsync(options, "{\n  \"engine\": {\n    \"allowedLatenessSeconds\": \"soon\"\n  }\n}\n", TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("cluster", "ingest", "--input", Events(temp.Path), "--out", Path.Combine(temp.Path, "out"), "--stream", "s", "--shards", "2", "--options", options);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(options + ":3: field '$.engine.allowedLatenessSeconds'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OptionsFileMissing_NamesIt()
    {
        using var temp = new CliRunner.TempFolder();
        var options = Path.Combine(temp.Path, "none.json");

        var result = await CliRunner.RunAsync("cluster", "ingest", "--input", Events(temp.Path), "--out", Path.Combine(temp.Path, "out"), "--stream", "s", "--options", options);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(options + ": field '--options': the options file does not exist", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "0", "'--port' must be between 1 and 65535; got 0")]
    [InlineData("--gateway-port", "65536", "'--gateway-port' must be between 1 and 65535; got 65536")]
    [InlineData("--primary-port", "-5", "'--primary-port' must be between 1 and 65535; got -5")]
    [InlineData("--checkpoint-every", "0", "'--checkpoint-every' must be between 1 and 100000; got 0")]
    [InlineData("--advertise", "somewhere", "'--advertise': 'somewhere' is not an IP address")]
    public async Task Silo_BadOptions_NameOptionAndRange(string option, string value, string message)
    {
        var result = await CliRunner.RunAsync("cluster", "silo", option, value);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silo_WorldFolderMissing_NamesTheFolder_BeforeStarting()
    {
        using var temp = new CliRunner.TempFolder();
        var missing = Path.Combine(temp.Path, "no-such-world");

        var result = await CliRunner.RunAsync("cluster", "silo", "--world", missing, "--state", temp.Path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(missing + ": the world folder does not exist", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("silo up", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WorldWithMalformedEntityRow_PrintsQuarantinedCount_BeforeConnecting()
    {
        using var temp = new CliRunner.TempFolder();
        var world = Path.Combine(temp.Path, "world");
        Directory.CreateDirectory(world);
        // One good account and one whose class is not a class: the second row is quarantined, not fatal.
        await File.WriteAllTextAsync(Path.Combine(world, "accounts.csv"), """
            account_number,bank,class,holder_kind,holder_id,opened,status,card_number,branch,opened_by,last_activity
            6222020000000000018,ICBC,class_i,personal,P1,2023-01-10,active,6222020000000000018,,,
            6222020000000000026,CCB,class_ix,personal,P2,2020-01-01,active,,,,
            """, TestContext.Current.CancellationToken);
        var output = Path.Combine(temp.Path, "out");

        // No silo listens on port 1: the command reads and reports the world, then waits to connect
        // (the Orleans client tries for minutes), so the test stops it as soon as the world's line is
        // printed. A fixed delay was not enough: on a loaded machine (CI) reading the world could take
        // longer, and the cancel then landed in another phase (exit 3 seen once). The two minutes only
        // bound a run that never prints the line.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        stop.CancelAfter(TimeSpan.FromMinutes(2));
        using var printed = new CancelOnTextWriter("reference data:", stop);
        using var errors = new StringWriter();
        var code = await CliApplication.RunAsync(["cluster", "ingest", "--input", Events(temp.Path), "--out", output, "--stream", "s", "--shards", "2", "--world", world, "--gateways", "1"],
            printed, errors, TimeProvider.System, interactive: false, stop.Token);

        var quarantinePath = Path.Combine(output, "entity-quarantine.csv");
        Assert.Contains($"reference data: 1 entities from {world}; 1 rows quarantined ({quarantinePath})", printed.ToString(), StringComparison.Ordinal);
        var rows = File.ReadAllLines(quarantinePath);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith(Path.Combine(world, "accounts.csv") + ",3,class,unknown_value,", rows[1], StringComparison.Ordinal);
        Assert.True(ExitCodes.Cancelled == code, $"exit code {code}, expected {ExitCodes.Cancelled} (cancelled); error output: {errors}");
        Assert.DoesNotContain("stream s:", printed.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("silo")]
    [InlineData("ingest")]
    public async Task ModelFileMissingOrForeign_NamesTheOptionAndTheFile_BeforeStarting(string command)
    {
        using var temp = new CliRunner.TempFolder();
        var missing = Path.Combine(temp.Path, "none.zip");
        var text = Path.Combine(temp.Path, "model.zip");
        await File.WriteAllTextAsync(text, "not a zip\n", TestContext.Current.CancellationToken);
        var zip = Path.Combine(temp.Path, "foreign.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            archive.CreateEntry("readme.txt");
        }

        string[] args = command == "silo"
            ? ["cluster", "silo", "--state", temp.Path]
            : ["cluster", "ingest", "--input", Events(temp.Path), "--out", Path.Combine(temp.Path, "out"), "--stream", "s", "--shards", "2", "--gateways", "1"];
        foreach (var (file, reason) in new[] { (missing, "the model file does not exist"), (text, "not a model zip"), (zip, "not a Breakcard model") })
        {
            var result = await CliRunner.RunAsync([.. args, "--model", file]);

            Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
            Assert.Contains($"{file}: field '--model': {reason}", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("silo up", result.Output, StringComparison.Ordinal);
        }

        // breakcard monitor takes the same files and says the same.
        var monitor = await CliRunner.RunAsync("monitor", "--input", Events(temp.Path), "--out", Path.Combine(temp.Path, "m"), "--model", missing);
        Assert.Equal(ExitCodes.InvalidInput, monitor.ExitCode);
        Assert.Contains($"{missing}: field '--model': the model file does not exist", monitor.Error, StringComparison.Ordinal);
    }

    /// <summary>An empty event file (the commands above stop before reading events).</summary>
    private static string Events(string folder)
    {
        var path = Path.Combine(folder, "events.jsonl");
        File.WriteAllText(path, string.Empty);
        return path;
    }
}
