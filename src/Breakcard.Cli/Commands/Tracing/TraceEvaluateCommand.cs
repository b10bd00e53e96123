using System.CommandLine;
using System.Globalization;
using Breakcard.Cli.Demo.Stages;
using Breakcard.Cli.Demo.Stages.Tracing;
using Breakcard.Cli.Infrastructure;
using Breakcard.Graph.Tracing;
using Breakcard.Ingest.Quarantine;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>
/// <c>breakcard trace evaluate</c>: traces every victim payment of a simulated world forward under
/// the given rules and limits and scores the traces against the world's ground truth, as the
/// demo's tracing stage does — for other seeds, sizes and options. With <c>--out</c> it writes the
/// misses case by case (cash_misses.csv, card_misses.csv, losses.csv; docs/tracing.md §7).
/// </summary>
internal static class TraceEvaluateCommand
{
    public static Command Create(CliContext cli)
    {
        var world = new Option<DirectoryInfo>("--world") { Description = "A simulated world folder with its truth/ folder (breakcard simulate).", Required = true };
        world.AcceptExistingOnly();
        var limits = new TraceLimitOptions();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for cash_misses.csv, card_misses.csv and losses.csv." };
        var command = new Command("evaluate", "Trace every victim payment of a simulated world and score the traces against its ground truth (cash-out money, chain cards, precision); write the misses case by case.");
        foreach (var o in new Option[] { world }.Concat(limits.All).Append(output))
        {
            command.Options.Add(o);
        }

        command.SetBody(cli, (parse, ct) =>
        {
            var folder = parse.GetValue(world)!;
            var loaded = WorldLoader.Load(new InvestigationInput(folder, null, null, null), keepEvents: false, ct, skipTelecom: true);
            var truth = TracingTruth.Read(folder.FullName, new QuarantineList(), ct);
            var misses = new TraceMisses();
            var options = limits.Read(parse, TraceDirection.Forward);
            var (_, score) = TracingEvaluation.TraceVictims(loaded, truth, options, misses, ct);
            var table = new Table().Border(TableBorder.Rounded).Title(string.Create(CultureInfo.InvariantCulture,
                $"{score.Victims:N0} victim payments traced ({options.Rule}, {options.MaxHops} hops, {options.MaxSpan.TotalHours:0} h, min {TracePrinter.Yuan(options.MinAmount.Fen)})"));
            table.AddColumns("measure", "found", "of", "share");
            foreach (var row in TracingStage.TraceRows(score))
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            cli.Console.Write(table);
            cli.Console.WriteLine("Where the victims' money ended: " + TracingStage.OutcomeText(score));
            if (parse.GetValue(output) is { } dir)
            {
                misses.Write(dir.FullName);
                cli.Console.WriteLine($"Wrote cash_misses.csv, card_misses.csv and losses.csv to {dir.FullName}");
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
