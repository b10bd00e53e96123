using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Simulation.Judgments;
using Spectre.Console;

namespace Breakcard.Cli.Judgments;

/// <summary>
/// <c>breakcard judgments bench</c>: single-threaded extraction throughput on synthetic judgments of
/// both splits, after warm-up. Reports CPU time (the process's processor time, which a busy shared
/// machine inflates less than wall time) and wall time, as medians over rounds.
/// </summary>
public static class JudgmentBench
{
    /// <summary>Runs the benchmark and prints the figures.</summary>
    public static Task<int> RunAsync(CliContext cli, int count, int rounds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var documents = SyntheticJudgments.Generate(count, 20261122, CorpusSplit.Development)
            .Concat(SyntheticJudgments.Generate(count, 20261122, CorpusSplit.HeldOut))
            .Select((j, i) => new JudgmentDocument($"doc-{i}", j.Text)).ToArray();
        for (var w = 0; w < 3; w++)
        {
            ExtractAll(documents);
        }

        var cpu = new List<double>();
        var wall = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            ct.ThrowIfCancellationRequested();
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            ExtractAll(documents);
            var elapsed = clock.Elapsed;
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalMicroseconds / documents.Length);
            wall.Add(elapsed.TotalMicroseconds / documents.Length);
        }

        cpu.Sort();
        wall.Sort();
        var chars = documents.Average(d => d.Text.Length);
        string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        cli.Console.MarkupLineInterpolated(
            $"{documents.Length:N0} judgments (mean {F(chars)} characters), {rounds} rounds: median CPU {F(cpu[rounds / 2])} µs per judgment = [bold]{1e6 / cpu[rounds / 2]:N0}[/] judgments/s/core; median wall {F(wall[rounds / 2])} µs = {1e6 / wall[rounds / 2]:N0}/s");
        return Task.FromResult(ExitCodes.Ok);
    }

    private static int ExtractAll(JudgmentDocument[] documents)
    {
        var defendants = 0;
        foreach (var d in documents)
        {
            defendants += JudgmentExtractor.Extract(d).Record?.Defendants.Count ?? 0;
        }

        return defendants;
    }
}
