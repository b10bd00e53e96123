using System.CommandLine;
using Breakcard.Cli.Commands.Monitor;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard monitor</c>: runs the real-time monitoring engine over any input <c>ingest</c>
/// reads — a world folder, Breakcard's files, a mapped CSV (AMLSim, AMLworld, a bank's export),
/// JSON Lines, pacs.008 — and writes alerts.jsonl, scores.csv, summary.json and quarantine.csv
/// (plus evaluation.json when ground truth is present), with checkpoints to resume from.
/// </summary>
public static class MonitorCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var input = new Option<FileSystemInfo>("--input") { Description = "A world folder (entity and event files, truth/), or one event file.", Required = true }.MustExist();
        var mapping = new Option<string?>("--mapping") { Description = "Column mapping for a CSV input (a JSON file, or a shipped one: amlsim, amlworld, breakcard-calls, breakcard-sms)." };
        var kind = new Option<string>("--kind") { Description = "What the input is; auto decides from the file name or content.", DefaultValueFactory = _ => "auto" };
        kind.AcceptOnlyFromAmong(IngestCommand.Kinds);
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for alerts.jsonl, scores.csv, summary.json, quarantine.csv, evaluation.json.", Required = true };
        var reference = new Option<string?>("--reference") { Description = "Folder of entity files (people, companies, accounts, phones, devices, links); default: the input folder's own." };
        var truth = new Option<string?>("--truth") { Description = "Ground-truth folder to evaluate against; default: the input's truth/ when present." };
        var model = new Option<string?>("--model") { Description = "A learned model from 'breakcard train'; default: the explainable points model." };
        var options = new Option<string?>("--options") { Description = "Detection options (JSON: thresholds, weights, engine settings)." };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Folder for snapshots of the run's state." };
        var every = new Option<long>("--checkpoint-every") { Description = "Input events between snapshots.", DefaultValueFactory = _ => 1_000_000 }.InRange(1, long.MaxValue);
        var resume = new Option<bool>("--resume") { Description = "Resume from the snapshot in --checkpoint (same input, options and model): no alert lost or repeated." };
        var stopAfter = new Option<long?>("--stop-after") { Description = "Stop after this many input events with a snapshot (process a large input in slices with --resume)." };
        var timeZone = new Option<string>("--time-zone") { Description = "pacs.008: zone of times without an offset.", DefaultValueFactory = _ => "UTC" };
        var graphFeatures = new Option<bool>("--graph-features") { Description = "Also score graph typology features (stacks, cycles, scatter-gather) from a daily analysis of the transaction graph; not with --checkpoint." };
        var rates = new Option<string[]>("--rate") { Description = "pacs.008: yuan per unit of a currency, e.g. --rate USD=7.1025 (repeatable)." };
        var threads = new Option<int>("--threads") { Description = "Reading threads: 0 (auto) parses each event file on a thread of its own beside the engine when there is more than one core; 1 reads everything on one thread. Results are the same.", DefaultValueFactory = _ => 0 }.InRange(0, 1024);

        var command = new Command("monitor", "Monitor events for mule cards, mule accounts and abnormal numbers: alerts with reasons, evidence, legal basis and a control measure.")
        {
            input, mapping, kind, output, reference, truth, model, options, checkpoint, every, resume, stopAfter, timeZone, rates, graphFeatures, threads,
        };
        command.SetBody(cli, (parse, ct) =>
        {
            var request = new MonitorRequest(parse.GetValue(input)!, parse.GetValue(mapping), parse.GetValue(kind)!, parse.GetValue(output)!,
                parse.GetValue(reference), parse.GetValue(truth), parse.GetValue(model), parse.GetValue(options), parse.GetValue(checkpoint),
                parse.GetValue(every), parse.GetValue(resume), parse.GetValue(stopAfter), parse.GetValue(timeZone)!, parse.GetValue(rates) ?? [], parse.GetValue(graphFeatures), parse.GetValue(threads));
            return RunAsync(cli, request, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, MonitorRequest request, CancellationToken ct)
    {
        if ((request.Resume || request.StopAfter is not null) && request.Checkpoint is null)
        {
            throw new InvalidInputException(new InputError("--checkpoint", null, null, "--resume and --stop-after need a --checkpoint folder"));
        }

        if (request.GraphFeatures && request.Checkpoint is not null)
        {
            throw new InvalidInputException(new InputError("--graph-features", null, null, "graph features are not part of checkpoints: run without --checkpoint"));
        }

        if (request.StopAfter is <= 0)
        {
            throw new InvalidInputException(new InputError("--stop-after", null, null, "must be a positive number of events"));
        }

        var outcome = await Task.Run(() => MonitorRun.Execute(request, null, ct), ct).ConfigureAwait(false);
        foreach (var note in outcome.Notes)
        {
            await cli.Error.WriteLineAsync($"breakcard monitor: note: {note}").ConfigureAwait(false);
        }

        cli.Console.MarkupLineInterpolated($"[bold]breakcard monitor[/] {outcome.Source} → {request.Out.FullName}");
        MonitorReport.Print(cli, outcome);
        if (outcome.Stopped)
        {
            cli.Console.MarkupLineInterpolated($"Stopped after {outcome.InputPosition:N0} events with a snapshot in {request.Checkpoint}; run again with --resume to go on.");
        }

        return ExitCodes.Ok;
    }
}
