using System.CommandLine;
using System.Globalization;
using System.Text;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Services;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cases;

/// <summary>
/// <c>breakcard clue import --alerts FILE</c>: monitoring's alerts.jsonl as clues of the caller's
/// institution — one per subject with the alerts' explanation and proposed measure, subjects with
/// an open clue merged into it, bad lines named (file, line, field) while the good ones are imported.
/// <c>breakcard clue import --trace FILE</c>: a fund chain from <c>breakcard trace</c> (trace.json)
/// as one clue per account the money passed through, all or nothing (<see cref="TraceClueImport"/>).
/// </summary>
internal static class ClueImportCommand
{
    /// <summary>Errors printed before "and N more".</summary>
    private const int ErrorsShown = 20;

    public static Command Create(CliContext cli, Option<string> store, Option<string?> user)
    {
        var alerts = new Option<FileInfo?>("--alerts") { Description = "Monitoring's alerts.jsonl (breakcard monitor, the demo's monitor/alerts.jsonl)." };
        var trace = new Option<FileInfo?>("--trace") { Description = "A forward fund-chain trace.json (breakcard trace --out, the demo's tracing/trace.json): one clue per account on the chain." };
        var minAmount = new Option<decimal>("--min-amount") { Description = "With --trace: only accounts that received at least this many yuan of the traced money.", DefaultValueFactory = _ => 0m }.InRange(0m, 1_000_000_000m);
        var minRisk = new Option<int>("--min-risk") { Description = "Only subjects whose highest alert risk reaches this (0–100).", DefaultValueFactory = _ => 0 }.InRange(0, 100);
        var top = new Option<int?>("--top") { Description = "Only the N riskiest subjects." };
        var rejected = new Option<FileInfo?>("--rejected") { Description = "Write the rejected lines here, unchanged, to correct and import again." };
        var command = new Command("import", "Raise clues from monitoring alerts (alerts.jsonl) or a traced fund chain (trace.json): one per card, account or phone, duplicates merged.")
        {
            alerts, trace, minRisk, minAmount, top, rejected,
        };
        command.Validators.Add(r =>
        {
            if ((r.GetValue(alerts) is null) == (r.GetValue(trace) is null))
            {
                r.AddError("Give exactly one of --alerts and --trace.");
            }
        });
        command.SetCaseBody(cli, store, user, async (s, parse, ct) =>
        {
            if (parse.GetValue(trace) is { } traceFile)
            {
                return await TraceClueImport.RunAsync(s, traceFile, parse.GetValue(minAmount), parse.GetValue(top), ct);
            }

            var file = parse.GetValue(alerts)!;
            if (!file.Exists)
            {
                throw new InvalidInputException(new InputError(file.ToString(), null, null, "the alerts file does not exist"));
            }

            if (parse.GetValue(top) is < 1)
            {
                throw CaseCli.Invalid("--top", "must be at least 1");
            }

            AlertFileRead read;
            using (var reader = new StreamReader(file.FullName, Encoding.UTF8))
            {
                read = AlertFileReader.Read(reader, file.ToString(), ct);
            }

            var clues = AlertClueMerger.Merge(read.Alerts, parse.GetValue(minRisk), parse.GetValue(top));
            var result = clues.Count == 0 ? new ClueImportResult([], []) : await s.System.Clues.ImportAlertsAsync(s.Caller, clues, ct);
            Report(s.Cli.Console, read, clues.Count, result);
            if (read.Problems.Count == 0)
            {
                return ExitCodes.Ok;
            }

            foreach (var problem in read.Problems.Take(ErrorsShown))
            {
                await s.Cli.Error.WriteLineAsync($"breakcard clue import: {problem}");
            }

            if (read.Problems.Count > ErrorsShown)
            {
                await s.Cli.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"breakcard clue import: … and {read.Problems.Count - ErrorsShown:N0} more rejected lines"));
            }

            if (parse.GetValue(rejected) is { } target)
            {
                await WriteRejectedAsync(file.FullName, target.FullName, read.Problems, ct);
                await s.Cli.Error.WriteLineAsync($"breakcard clue import: the rejected lines are in {target.FullName}");
            }

            await s.Cli.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"breakcard clue import: {read.Problems.Count:N0} line(s) rejected; the {read.Alerts.Count:N0} good alert(s) were imported"));
            return ExitCodes.InvalidInput;
        });
        return command;
    }

    private static void Report(IAnsiConsole console, AlertFileRead read, int subjects, ClueImportResult result)
    {
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{read.Source}: {read.Lines:N0} lines, {read.Alerts.Count:N0} alerts accepted, {read.Problems.Count:N0} rejected; {subjects:N0} subject(s) selected");
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"raised {result.Created.Count:N0} clue(s){(result.Created.Count > 0 ? $" ({result.Created[0].Id} … {result.Created[^1].Id})" : "")}; {result.Merged.Count:N0} subject(s) already had an open clue and were merged into it");
        if (result.Created.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).AddColumns("clue", "subject", "risk", "alerts", "proposed measure", "reasons");
        foreach (var c in result.Created.Take(10))
        {
            table.AddRow(Markup.Escape(c.Id), Markup.Escape(c.Content.Subject.Masked), (c.Content.Risk ?? 0).ToString(CultureInfo.InvariantCulture),
                (1 + c.Content.MergedAlertIds.Length).ToString(CultureInfo.InvariantCulture), Markup.Escape(c.Content.ProposedMeasure?.Code ?? ""),
                Markup.Escape(string.Join(", ", c.Content.Reasons.Select(r => r.Code))));
        }

        console.Write(table);
    }

    private static async Task WriteRejectedAsync(string source, string target, IReadOnlyList<InputError> problems, CancellationToken ct)
    {
        var lines = problems.Select(p => p.Line ?? 0).ToHashSet();
        await using var writer = new StreamWriter(target, append: false, new UTF8Encoding(false));
        long n = 0;
        foreach (var line in File.ReadLines(source, Encoding.UTF8))
        {
            if (lines.Contains(++n))
            {
                await writer.WriteLineAsync(line.AsMemory(), ct);
            }
        }
    }
}
