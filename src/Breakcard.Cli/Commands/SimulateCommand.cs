using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Simulation;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary><c>breakcard simulate</c>: write a synthetic city with ground truth to a folder.</summary>
public static class SimulateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var people = new Option<int>("--people") { Description = "Population (adults).", DefaultValueFactory = _ => 100_000 }
            .InRange(SimulationOptions.MinPeople, SimulationOptions.MaxPeople);
        var days = new Option<int>("--days") { Description = "Days to simulate.", DefaultValueFactory = _ => 30 }
            .InRange(SimulationOptions.MinDays, SimulationOptions.MaxDays);
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed and options give byte-identical files.", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the world (new, empty, or an earlier world to replace).", Required = true };
        var start = StartOption();
        var format = FormatOption();
        var command = new Command("simulate", "Simulate a city with the aiding typologies and ground truth, streaming day by day.")
        {
            people, days, seed, output, start, format,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var folder = parse.GetValue(output)!.FullName;
            WorldFolder.Prepare(folder, "--out");
            var options = new SimulationOptions(parse.GetValue(people), parse.GetValue(days), parse.GetValue(seed), parse.GetValue(start), parse.GetValue(format));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var summary = await SimulationConsole.RunAsync(cli, options, folder, ct).ConfigureAwait(false);
            cli.Console.Write(SimulationConsole.SummaryTable(summary));
            cli.Console.Write(SimulationConsole.TypologyTable(summary));
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {summary.Files.Count} files to {folder} in {clock.Elapsed.TotalSeconds:0.0} s ({summary.Events / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0} events/s)."));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The --start option: a date in yyyy-MM-dd form.</summary>
    public static Option<DateOnly> StartOption() => new("--start")
    {
        Description = "First simulated date, yyyy-MM-dd (China Standard Time).",
        DefaultValueFactory = _ => SimulationOptions.DefaultStart,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
            {
                return date;
            }

            result.AddError($"Option '--start' must be a date yyyy-MM-dd between 2000 and 2100; got '{token}'.");
            return default;
        },
    };

    /// <summary>The --format option: csv, jsonl, both or amlsim.</summary>
    public static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "Files to write: csv (Breakcard schema), jsonl, both, or amlsim (IBM AMLSim's format).",
        DefaultValueFactory = _ => OutputFormat.Csv,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (OutputFormats.TryParse(token, out var format))
            {
                return format;
            }

            result.AddError($"Option '--format' must be one of {string.Join(", ", OutputFormats.All.Select(f => f.Name))}; got '{token}'.");
            return default;
        },
    };
}
