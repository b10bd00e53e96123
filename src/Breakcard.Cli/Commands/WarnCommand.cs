using System.CommandLine;
using Breakcard.Cli.EarlyWarning;
using Breakcard.Cli.Infrastructure;
using Breakcard.EarlyWarning.Scoring;
using Breakcard.EarlyWarning.Warnings;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard warn --world DIR</c>: the early-warning list of account holders who show the
/// first signs of renting out or selling a card, each with its reasons, who should act, and the
/// messages to send; evaluated against ground truth when the world has it (docs/early-warning.md).
/// </summary>
public static class WarnCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var world = new Option<DirectoryInfo>("--world") { Description = "World folder (docs/data-format.md): people, accounts, links, phones, devices and the transactions and logins.", Required = true };
        world.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { Exists: false } d)
            {
                result.AddError($"Option '--world': folder '{d.FullName}' does not exist.");
            }
        });
        var alerts = new Option<FileInfo?>("--alerts") { Description = "Monitoring's alerts.jsonl, whose account alerts count as a signal." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the list as JSON Lines here (accounts masked, messages included)." };
        var top = new Option<int>("--top") { Description = "Warnings to print.", DefaultValueFactory = _ => 20 }.InRange(0, 1_000_000);
        var warnAt = new Option<int>("--warn-at") { Description = "Score from which a holder is listed.", DefaultValueFactory = _ => new WarningOptions().WarnAt }.InRange(1, 100);
        var command = new Command("warn", "Early warning: holders showing the first signs of renting out or selling a card, with reasons, interventions and messages.")
        {
            world, alerts, output, top, warnAt,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            if (parse.GetValue(alerts) is { Exists: false } missing)
            {
                throw new Core.Errors.InvalidInputException(new Core.Errors.InputError(missing.FullName, null, null, "no such file"));
            }

            var options = new WarningOptions { WarnAt = parse.GetValue(warnAt) };
            var result = await Task.Run(() => WarningRun.Run(parse.GetValue(world)!.FullName, parse.GetValue(alerts)?.FullName, options, ct), ct).ConfigureAwait(false);
            var shown = WarningConsole.Top(result.Warnings, parse.GetValue(top));
            if (shown.Count > 0)
            {
                cli.Console.Write(WarningConsole.Table(shown));
                cli.Console.WriteLine("Message to the first holder above:");
                cli.Console.WriteLine(WarningMessages.ForHolder(shown[0]));
            }

            cli.Console.WriteLine(WarningConsole.Summary(result));
            if (result.Evaluation is { } e)
            {
                cli.Console.WriteLine(WarningConsole.Evaluation(e));
            }

            foreach (var p in result.Problems)
            {
                await cli.Error.WriteLineAsync($"skipped: {p}").ConfigureAwait(false);
            }

            if (result.ProblemCount > result.Problems.Count)
            {
                await cli.Error.WriteLineAsync($"… {result.ProblemCount - result.Problems.Count} more bad records skipped ({result.Quarantined} of them event records quarantined).").ConfigureAwait(false);
            }

            if (parse.GetValue(output) is { } file)
            {
                WarningRun.WriteJsonl(file.FullName, result.Warnings);
                cli.Console.WriteLine($"Wrote {result.Warnings.Count} warnings to {file.FullName}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
