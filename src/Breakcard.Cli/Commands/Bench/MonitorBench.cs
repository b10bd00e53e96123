using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Commands.Monitor;
using Breakcard.Cli.Infrastructure;
using Spectre.Console;
using static Breakcard.Cli.Commands.Bench.BenchFormat;

namespace Breakcard.Cli.Commands.Bench;

/// <summary>
/// <c>breakcard bench monitor</c>: runs <c>monitor</c> end to end (reading and validating every
/// file through Ingest, reference data, engine, outputs) over a world folder several times into a
/// scratch folder, and reports per run and as medians wall time, events per wall-clock second and
/// per processor second, and the process's peak working set. The world is simulated beforehand
/// (<c>breakcard simulate</c>), so only monitoring is timed.
/// </summary>
public static class MonitorBench
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var input = new Option<FileSystemInfo>("--input") { Description = "A world folder (or event file) to monitor.", Required = true }.MustExist();
        var mapping = new Option<string?>("--mapping") { Description = "Column mapping for a CSV input (for example amlsim)." };
        var runs = new Option<int>("--runs") { Description = "Runs; medians are reported.", DefaultValueFactory = _ => 3 }.InRange(1, 20);
        var command = new Command("monitor", "Measure monitor end to end: events per second and peak memory.") { input, mapping, runs };
        command.SetBody(cli, async (parse, ct) =>
        {
            await RunAsync(cli, parse.GetValue(input)!, parse.GetValue(mapping), parse.GetValue(runs), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task RunAsync(CliContext cli, FileSystemInfo input, string? mapping, int runs, CancellationToken ct)
    {
        cli.Console.MarkupLineInterpolated($"[bold]bench monitor[/]: {input.FullName}, {runs} run(s), {Environment.ProcessorCount} cores");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("run", "wall s", "processor s", "events", "events/s", "events per processor s", "alerts");
        var results = new List<(double Wall, double PerSecond, double PerCpuSecond)>();
        var scratch = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "breakcard-bench-monitor-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)));
        try
        {
            using var process = Process.GetCurrentProcess();
            for (var run = 1; run <= runs; run++)
            {
                GC.Collect();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var outcome = await Task.Run(() => MonitorRun.Execute(new MonitorRequest(input, mapping, "auto", scratch), null, ct), ct).ConfigureAwait(false);
                var wall = clock.Elapsed.TotalSeconds;
                process.Refresh();
                var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
                results.Add((wall, outcome.InputPosition / wall, outcome.InputPosition / cpuSeconds));
                table.AddRow(N(run), F(wall), F(cpuSeconds), N(outcome.InputPosition), N(outcome.InputPosition / wall), N(outcome.InputPosition / cpuSeconds), N(outcome.Alerts.Count));
            }

            table.AddRow("median", F(Median(results.Select(r => r.Wall))), "", "", N(Median(results.Select(r => r.PerSecond))), N(Median(results.Select(r => r.PerCpuSecond))), "");
            cli.Console.Write(table);
            process.Refresh();
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB"));
        }
        finally
        {
            if (scratch.Exists)
            {
                scratch.Delete(recursive: true);
            }
        }
    }
}
