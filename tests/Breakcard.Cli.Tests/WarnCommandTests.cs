using System.Globalization;
using System.Text.Json;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests;

public sealed class WarnCommandTests
{
    [Fact]
    public async Task Warn_SmallCity_ListsWarningsMaskedAndItsPrecisionMatchesTruth()
    {
        using var temp = new CliRunner.TempFolder();
        var world = await SimulateAsync(temp);
        var output = Path.Combine(temp.Path, "warnings.jsonl");

        var result = await CliRunner.RunAsync("warn", "--world", world, "--out", output, "--top", "5");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        var warnings = File.ReadLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w =>
        {
            Assert.True(w.GetProperty("score_at_warning").GetInt32() >= 50);
            Assert.NotEqual(0, w.GetProperty("signals").GetArrayLength());
            Assert.Contains("96110", w.GetProperty("message_to_holder").GetString(), StringComparison.Ordinal);
        });

        // No account number is written whole.
        var text = await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken);
        foreach (var account in File.ReadLines(Path.Combine(world, "accounts.csv")).Skip(1).Select(l => l.Split(',')[0]))
        {
            Assert.DoesNotContain(account, text, StringComparison.Ordinal);
        }

        // Precision recomputed here from the list and truth/persons.csv, independently of the evaluator.
        var roles = File.ReadLines(Path.Combine(world, "truth", "persons.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[2]);
        var hits = warnings.Count(w => roles[w.GetProperty("holder").GetString()!] is "seller" or "settlement_mule");
        var precision = ((double)hits / warnings.Count).ToString("0.000", CultureInfo.InvariantCulture);
        var targets = roles.Values.Count(r => r is "seller" or "settlement_mule");
        Assert.Contains($"precision {precision}", result.Output, StringComparison.Ordinal);
        Assert.Contains($"({hits} of {targets})", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warn_MonitoringAlertOnAQuietHolder_PutsThemOnTheList_BadLinesAreReported()
    {
        using var temp = new CliRunner.TempFolder();
        var world = await SimulateAsync(temp);
        var before = Path.Combine(temp.Path, "before.jsonl");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("warn", "--world", world, "--out", before, "--top", "0")).ExitCode);
        var listed = File.ReadLines(before).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("holder").GetString()).ToHashSet();
        var quiet = File.ReadLines(Path.Combine(world, "accounts.csv")).Skip(1).Select(l => l.Split(','))
            .First(f => f[3] == "personal" && !listed.Contains(f[4]));
        var alerts = Path.Combine(temp.Path, "alerts.jsonl");
        await File.WriteAllLinesAsync(alerts,
        [
            $$"""{"entity_kind":"account","entity":"{{quiet[0]}}","time":"2025-03-05T10:00:00+08:00","risk":80,"reasons":[{"code":"pass_through","name":"pass-through"}]}""",
            """{"entity_kind":"account","entity":"x","time":"2025-03-05T10:00:00+08:00","risk":"high"}""",
        ], TestContext.Current.CancellationToken);
        var after = Path.Combine(temp.Path, "after.jsonl");

        var result = await CliRunner.RunAsync("warn", "--world", world, "--alerts", alerts, "--out", after, "--top", "0");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"{alerts}:2: field 'risk' must be an integer 0 to 100", result.Error, StringComparison.Ordinal);
        var row = File.ReadLines(after).Select(l => JsonDocument.Parse(l).RootElement).Single(w => w.GetProperty("holder").GetString() == quiet[4]);
        Assert.Contains(row.GetProperty("signals").EnumerateArray(), s => s.GetProperty("kind").GetString() == "monitoring_alert"
            && s.GetProperty("time").GetString() == "2025-03-05T10:00:00+08:00");
    }

    [Fact]
    public async Task Warn_BadPersonRow_IsSkippedWithFileLineAndField_MissingFileIsAnError()
    {
        using var temp = new CliRunner.TempFolder();
        var world = await SimulateAsync(temp);
        var people = Path.Combine(world, "people.csv");
        var lines = File.ReadAllLines(people);
        var fields = lines[2].Split(',');
        fields[4] = "1999-13-40";
        lines[2] = string.Join(',', fields);
        await File.WriteAllLinesAsync(people, lines, TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("warn", "--world", world, "--top", "0");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        // Read through Ingest's entity reader (the same checks and wording as `breakcard ingest`).
        Assert.Contains($"skipped: {people}:3: field 'birth_date': \"1999-13-40\" is not a date yyyy-MM-dd", result.Error, StringComparison.Ordinal);

        File.Delete(Path.Combine(world, "devices.csv"));
        var missing = await CliRunner.RunAsync("warn", "--world", world);
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Contains("devices.csv: no such file", missing.Error, StringComparison.Ordinal);
    }

    private static async Task<string> SimulateAsync(CliRunner.TempFolder temp)
    {
        var world = Path.Combine(temp.Path, "world");
        var sim = await CliRunner.RunAsync("simulate", "--people", "3000", "--days", "14", "--seed", "9", "--out", world);
        Assert.Equal(ExitCodes.Ok, sim.ExitCode);
        return world;
    }
}
