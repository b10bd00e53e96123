using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Simulation;
using Spectre.Console;
using static Breakcard.Cli.Commands.Bench.BenchFormat;

namespace Breakcard.Cli.Commands.Bench;

/// <summary>
/// <c>breakcard bench simulate</c>: simulates a city several times into a scratch folder (deleted
/// afterwards unless --keep) and reports, per run and as medians, wall time, events and
/// transactions per second, the generator's and writer's busy time, bytes written, and the
/// process's peak working set.
/// </summary>
public static class SimulateBench
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var people = new Option<int>("--people") { Description = "Population.", DefaultValueFactory = _ => 100_000 }
            .InRange(SimulationOptions.MinPeople, SimulationOptions.MaxPeople);
        var days = new Option<int>("--days") { Description = "Days.", DefaultValueFactory = _ => 30 }
            .InRange(SimulationOptions.MinDays, SimulationOptions.MaxDays);
        var seed = new Option<ulong>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "Runs; medians are reported.", DefaultValueFactory = _ => 3 }.InRange(1, 20);
        var format = SimulateCommand.FormatOption();
        var scratch = new Option<DirectoryInfo>("--out") { Description = "Scratch folder (default: a new folder under the system temp folder)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the last run's files instead of deleting them." };
        var command = new Command("simulate", "Measure the simulator: events per second and peak memory.")
        {
            people, days, seed, runs, format, scratch, keep,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var options = new SimulationOptions(parse.GetValue(people), parse.GetValue(days), parse.GetValue(seed), SimulationOptions.DefaultStart, parse.GetValue(format));
            var folder = parse.GetValue(scratch)?.FullName ?? Path.Combine(Path.GetTempPath(), "breakcard-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            await RunAsync(cli, options, folder, parse.GetValue(runs), parse.GetValue(keep), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task RunAsync(CliContext cli, SimulationOptions options, string folder, int runs, bool keep, CancellationToken ct)
    {
        cli.Console.MarkupLineInterpolated($"[bold]bench simulate[/]: {options.People:N0} people × {options.Days} days, format {OutputFormats.NameOf(options.Format)}, {runs} run(s), {Environment.ProcessorCount} cores");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("run", "wall s", "events", "events/s", "transactions/s", "generator busy s", "writer busy s", "GB written", "max events/day");
        var results = new List<(double Wall, double EventsPerSecond, double TransactionsPerSecond)>();
        var created = !Directory.Exists(folder);
        WorldFolder.Prepare(folder, "--out");
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                WorldFolder.Remove(folder, "--out");
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var summary = await WorldSimulator.RunAsync(options, folder, null, ct).ConfigureAwait(false);
                var wall = clock.Elapsed.TotalSeconds;
                var bytes = summary.Files.Sum(f => f.Bytes);
                results.Add((wall, summary.Events / wall, summary.Transactions / wall));
                table.AddRow(N(run), F(wall), N(summary.Events), N(summary.Events / wall), N(summary.Transactions / wall),
                    F(summary.Timings.Generating.TotalSeconds), F(summary.Timings.Writing.TotalSeconds), F(bytes / 1e9), N(summary.MaxEventsPerDay));
            }
        }
        finally
        {
            // Big outputs are deleted after measuring: disks are shared.
            if (!keep)
            {
                WorldFolder.Remove(folder, "--out");
                if (created && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
        }

        table.AddRow("median", F(Median(results.Select(r => r.Wall))), "", N(Median(results.Select(r => r.EventsPerSecond))),
            N(Median(results.Select(r => r.TransactionsPerSecond))), "", "", "", "");
        cli.Console.Write(table);
        using var process = Process.GetCurrentProcess();
        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB; GC heap now {GC.GetTotalMemory(false) / 1048576.0:N0} MiB; processor time {process.TotalProcessorTime.TotalSeconds:N1} s"));
        if (keep)
        {
            cli.Console.WriteLine($"kept: {folder}");
        }
    }
}
