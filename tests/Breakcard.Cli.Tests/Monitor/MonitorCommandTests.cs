using System.Text.Json;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Tests.Monitor;

public sealed class MonitorCommandTests(MonitorWorlds worlds) : IClassFixture<MonitorWorlds>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<JsonElement> JsonLines(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public async Task Monitor_WorldFolder_WritesAlertsScoresSummaryAndAnEvaluationThatAgreesWithTheFiles()
    {
        var output = worlds.NewFolder("out");

        var result = await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Empty(result.Error);
        var alerts = JsonLines(Path.Combine(output, "alerts.jsonl"));
        Assert.NotEmpty(alerts);
        Assert.All(alerts, a =>
        {
            Assert.InRange(a.GetProperty("risk").GetInt32(), 50, 100); // the default alert threshold is 50
            Assert.NotEmpty(a.GetProperty("reasons").EnumerateArray());
            Assert.NotEmpty(a.GetProperty("legal_basis").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(a.GetProperty("control_measure").GetProperty("measure").GetString()));
        });

        // summary.json counts the alerts of alerts.jsonl.
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json"), Ct));
        Assert.Equal(alerts.Count, summary.RootElement.GetProperty("alerts_by_band").EnumerateArray().Sum(b => b.GetInt32()));

        // scores.csv: one row per account or number, with a header.
        var scores = await File.ReadAllLinesAsync(Path.Combine(output, "scores.csv"), Ct);
        Assert.Equal("id,kind,risk,risk_at_end,peak_at,alerts,first_alert_at,top_indicators", scores[0]);
        Assert.Equal(scores.Length - 1, scores.Skip(1).Select(l => l.Split(',')[0] + "/" + l.Split(',')[1]).Distinct().Count());

        // Recompute account precision and recall from the truth file and the alerts, independently of the evaluator.
        var flagged = alerts.Where(a => a.GetProperty("entity_kind").GetString() == "account").Select(a => a.GetProperty("entity").GetString()!).ToHashSet();
        var mules = new HashSet<string> { "first_layer", "later_layer", "collector", "cash_out", "shell_front" };
        int tp = 0, fp = 0, fn = 0;
        foreach (var line in (await File.ReadAllLinesAsync(Path.Combine(worlds.World, "truth", "accounts.csv"), Ct)).Skip(1))
        {
            var f = line.Split(',');
            var role = f[3];
            var positive = mules.Contains(role);
            var negative = role is "normal" or "victim";
            var hit = flagged.Contains(f[0]);
            tp += positive && hit ? 1 : 0;
            fn += positive && !hit ? 1 : 0;
            fp += negative && hit ? 1 : 0;
        }

        using var evaluation = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "evaluation.json"), Ct));
        var overall = evaluation.RootElement.GetProperty("accounts").GetProperty("overall");
        Assert.Equal(tp, overall.GetProperty("true_positives").GetInt32());
        Assert.Equal(fp, overall.GetProperty("false_positives").GetInt32());
        Assert.Equal(fn, overall.GetProperty("false_negatives").GetInt32());
        Assert.True(tp > 0, "no mule account detected");
        Assert.Contains("Evaluation against ground truth", result.Output, StringComparison.Ordinal);
        Assert.Contains("Recall per typology", result.Output, StringComparison.Ordinal);

        // Nothing printed shows a full account number.
        Assert.DoesNotContain(flagged.First(), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_StoppedThenResumed_GivesTheAlertsOfAnUninterruptedRun()
    {
        var whole = worlds.NewFolder("whole");
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", whole)).ExitCode);
        var expected = await File.ReadAllTextAsync(Path.Combine(whole, "alerts.jsonl"), Ct);

        var output = worlds.NewFolder("sliced");
        var checkpoint = worlds.NewFolder("checkpoint");
        var first = await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", output, "--checkpoint", checkpoint, "--checkpoint-every", "7919", "--stop-after", "30000");
        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("--resume", first.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "summary.json")));

        var second = await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", output, "--checkpoint", checkpoint, "--resume", "--stop-after", "61000");
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        var last = await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", output, "--checkpoint", checkpoint, "--resume");
        Assert.Equal(ExitCodes.Ok, last.ExitCode);

        Assert.Equal(expected, await File.ReadAllTextAsync(Path.Combine(output, "alerts.jsonl"), Ct));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(whole, "scores.csv"), Ct), await File.ReadAllTextAsync(Path.Combine(output, "scores.csv"), Ct));
        Assert.False(File.Exists(Path.Combine(checkpoint, "monitor.snapshot"))); // a finished run leaves nothing to resume
    }

    [Fact]
    public async Task Monitor_EventFilesReadOnThreadsOfTheirOwn_WritesTheSameFilesAsOneThread()
    {
        // The world with bad records in two event files and an entity file, so quarantine.csv's
        // order is tested too.
        var folder = worlds.NewFolder("threads");
        foreach (var file in Directory.GetFiles(worlds.World))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(folder, "truth"));
        foreach (var file in Directory.GetFiles(Path.Combine(worlds.World, "truth")))
        {
            File.Copy(file, Path.Combine(folder, "truth", Path.GetFileName(file)));
        }

        await Corrupt(Path.Combine(folder, "transactions.csv"), 4, "12x");
        await Corrupt(Path.Combine(folder, "calls.csv"), 4, "-7");
        await Corrupt(Path.Combine(folder, "people.csv"), 4, "1999-02-30");
        var one = worlds.NewFolder("threads-1");
        var many = worlds.NewFolder("threads-4");

        var sequential = await CliRunner.RunAsync("monitor", "--input", folder, "--out", one, "--threads", "1");
        var parallel = await CliRunner.RunAsync("monitor", "--input", folder, "--out", many, "--threads", "4");

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (sequential.ExitCode, parallel.ExitCode));
        Assert.Contains("events read on the monitoring thread", sequential.Output, StringComparison.Ordinal);
        Assert.Contains("events read on 4 threads beside it", parallel.Output, StringComparison.Ordinal);
        Assert.True((await File.ReadAllLinesAsync(Path.Combine(one, "quarantine.csv"), Ct)).Length >= 1 + 5, "the corrupted rows were not quarantined");
        foreach (var file in new[] { "alerts.jsonl", "scores.csv", "summary.json", "quarantine.csv", "evaluation.json" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(one, file), Ct), await File.ReadAllBytesAsync(Path.Combine(many, file), Ct));
        }
    }

    // Replaces a field of every 97th data row of a CSV (from row 50) with a bad value.
    private static async Task Corrupt(string path, int field, string bad)
    {
        var lines = await File.ReadAllLinesAsync(path, Ct);
        for (var i = 50; i < lines.Length; i += 97)
        {
            var f = lines[i].Split(',');
            f[field] = bad;
            lines[i] = string.Join(',', f);
        }

        await File.WriteAllLinesAsync(path, lines, Ct);
    }

    [Fact]
    public async Task Monitor_BadRecordsInEventAndEntityFiles_QuarantinedWithFileLineAndField()
    {
        var folder = worlds.NewFolder("bad");
        await File.WriteAllTextAsync(Path.Combine(folder, "transactions.csv"), "id,time,debit,credit,amount_fen,channel,memo\n"
            + "T1,2024-03-01T08:00:00+08:00,6222021001234567894,6217001234567890123,100,transfer,\n"
            + "T2,2024-03-01T08:10:00+08:00,6222021001234567894,6217001234567890123,12x,transfer,\n"
            + "T3,2024-03-01T08:20:00+08:00,6222021001234567894,6217001234567890123,300,transfer,\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "accounts.csv"), "account_number,bank,class,holder_kind,holder_id,opened,status,card_number,branch,opened_by,last_activity\n"
            + "6222021001234567894,ICBC,class_i,personal,P0000001,2020-01-01,active,,,,\n"
            + "6217001234567890123,CCB,class_9,personal,P0000002,2020-01-01,active,,,,\n", Ct);
        var output = worlds.NewFolder("bad-out");

        var result = await CliRunner.RunAsync("monitor", "--input", folder, "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var quarantine = await File.ReadAllLinesAsync(Path.Combine(output, "quarantine.csv"), Ct);
        Assert.Equal(3, quarantine.Length);
        Assert.Contains(quarantine, l => l.StartsWith(Path.Combine(folder, "accounts.csv") + ",3,class,unknown_value,", StringComparison.Ordinal));
        Assert.Contains(quarantine, l => l.StartsWith(Path.Combine(folder, "transactions.csv") + ",3,amount_fen,", StringComparison.Ordinal));
        Assert.Matches(@"events taken\s+│\s+2\b", result.Output);
        Assert.Matches(@"accounts.csv rows accepted\s+│\s+1 of 2", result.Output);
    }

    [Fact]
    public async Task Monitor_TruncatedEntityFile_StopsWithAClearErrorAndWritesNoAlerts()
    {
        var folder = worlds.NewFolder("cut");
        await File.WriteAllTextAsync(Path.Combine(folder, "transactions.csv"), "id,time,debit,credit,amount_fen,channel,memo\n"
            + "T1,2024-03-01T08:00:00+08:00,6222021001234567894,6217001234567890123,100,transfer,\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "devices.csv"), "device_id,kind,owner_id\n864527045926794,phone,P0000001\n868816032580", Ct);
        var output = Path.Combine(folder, "out");

        var result = await CliRunner.RunAsync("monitor", "--input", folder, "--out", output);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(Path.Combine(folder, "devices.csv"), result.Error, StringComparison.Ordinal);
        Assert.Contains("truncated", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "alerts.jsonl")));
    }

    [Fact]
    public async Task Monitor_HeaderWithoutARequiredColumn_NamesTheColumn()
    {
        var folder = worlds.NewFolder("header");
        await File.WriteAllTextAsync(Path.Combine(folder, "transactions.csv"), "id,time,debit,credit,amount_fen,channel,memo\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "phones.csv"), "number,operator,holder_id,activated\n13812345678,china_mobile,P1,2020-01-01\n", Ct);

        var result = await CliRunner.RunAsync("monitor", "--input", folder, "--out", Path.Combine(folder, "out"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("phones.csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("kind", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_ResumeWithoutCheckpointFolder_Refused()
    {
        var result = await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", worlds.NewFolder("x"), "--resume");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--checkpoint", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_GraphFeaturesWithCheckpoint_Refused()
    {
        var folder = worlds.NewFolder("graph-ckpt");
        var result = await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", Path.Combine(folder, "out"), "--graph-features", "--checkpoint", Path.Combine(folder, "ckpt"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--graph-features", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "out", "alerts.jsonl")));
    }

    [Fact]
    public async Task Monitor_GraphFeaturesWeighted_AlertReasonsCarryTheGraphValues()
    {
        var folder = worlds.NewFolder("graph-out");
        var options = Path.Combine(folder, "weights.json");
        await File.WriteAllTextAsync(options, """{"scoring":{"weights":{"GRAPH_STACK":30,"GRAPH_CYCLE":25,"GRAPH_SCATTER_GATHER":25}}}""", Ct);

        var result = await CliRunner.RunAsync("monitor", "--input", Path.Combine(worlds.AmlSim, "transactions.csv"), "--mapping", "amlsim",
            "--out", Path.Combine(folder, "out"), "--graph-features", "--options", options);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var graphReasons = JsonLines(Path.Combine(folder, "out", "alerts.jsonl"))
            .SelectMany(a => a.GetProperty("reasons").EnumerateArray())
            .Where(r => r.GetProperty("code").GetString()!.StartsWith("GRAPH_", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(graphReasons);
        Assert.All(graphReasons, r =>
        {
            var (value, threshold) = (r.GetProperty("value").GetInt64(), r.GetProperty("threshold").GetInt64());
            // A cycle counts up to its maximum length; a stack or a scatter-gather from its minimum.
            Assert.True(r.GetProperty("code").GetString() == "GRAPH_CYCLE" ? value >= 2 && value <= threshold : value >= threshold, r.ToString());
        });
    }

    [Fact]
    public async Task Monitor_AmlSimExportThroughTheShippedMapping_EvaluatesAgainstTheSameTruth()
    {
        var output = worlds.NewFolder("aml-out");

        var result = await CliRunner.RunAsync("monitor", "--input", Path.Combine(worlds.AmlSim, "transactions.csv"), "--mapping", "amlsim", "--out", output);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var evaluation = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "evaluation.json"), Ct));
        var overall = evaluation.RootElement.GetProperty("accounts").GetProperty("overall");

        // The truth's accounts were mapped to AMLSim ids: every positive account is counted, found or missed.
        var positives = File.ReadAllLines(Path.Combine(worlds.AmlSim, "truth", "accounts.csv")).Skip(1)
            .Count(l => l.Split(',')[3] is "first_layer" or "later_layer" or "collector" or "cash_out" or "shell_front");
        Assert.Equal(positives, overall.GetProperty("true_positives").GetInt32() + overall.GetProperty("false_negatives").GetInt32());
        Assert.True(overall.GetProperty("true_positives").GetInt32() > 0);
    }

    [Fact]
    public async Task Train_ThenMonitorWithTheModel_ScoresWithTheLearnedModel()
    {
        var model = Path.Combine(worlds.NewFolder("model"), "model.zip");
        var train = await CliRunner.RunAsync("train", "--input", worlds.TrainingWorld, "--out", model, "--seed", "3");
        Assert.Equal(ExitCodes.Ok, train.ExitCode);
        Assert.True(File.Exists(model));
        Assert.Contains("hold-out AUC", train.Output, StringComparison.Ordinal);

        var output = worlds.NewFolder("learned-out");
        var result = await CliRunner.RunAsync("monitor", "--input", worlds.World, "--out", output, "--model", model);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var summary = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "summary.json"), Ct));
        Assert.Equal("fasttree", summary.RootElement.GetProperty("model").GetString());
        var alerts = JsonLines(Path.Combine(output, "alerts.jsonl"));
        Assert.All(alerts, a => Assert.Equal("fasttree", a.GetProperty("model").GetString()));
        using var evaluation = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "evaluation.json"), Ct));
        Assert.True(evaluation.RootElement.GetProperty("accounts").GetProperty("overall").GetProperty("recall").GetDouble() > 0.5);
    }

    [Fact]
    public async Task Train_WithoutGroundTruth_Refused()
    {
        var folder = worlds.NewFolder("notruth");
        await File.WriteAllTextAsync(Path.Combine(folder, "transactions.csv"), "id,time,debit,credit,amount_fen,channel,memo\n"
            + "T1,2024-03-01T08:00:00+08:00,6222021001234567894,6217001234567890123,100,transfer,\n", Ct);

        var result = await CliRunner.RunAsync("train", "--input", folder, "--out", Path.Combine(folder, "m.zip"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("no ground truth", result.Error, StringComparison.Ordinal);
    }
}
