using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Commands.Screening;

/// <summary>
/// <c>breakcard screen bench</c>: end-to-end screening throughput on one thread, as ads per second
/// of wall-clock time and per second of this process's CPU time. On a shared machine the second
/// is the per-core figure: it does not count time the thread spent waiting for a core.
/// </summary>
internal static class ScreenBenchCommand
{
    public static Command Create(CliContext cli)
    {
        var model = new Option<FileInfo>("--model") { Description = "Model file (default: train the default model now)." }.MustExist();
        var count = new Option<int>("--count") { Description = "Distinct held-out ads to screen per round.", DefaultValueFactory = _ => 5_000 }.InRange(100, 1_000_000);
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds (the median is reported).", DefaultValueFactory = _ => 7 }.InRange(1, 100);
        var command = new Command("bench", "Measure screening throughput on one thread (ads per wall-clock second and per CPU second).")
        {
            model, count, rounds,
        };
        command.SetBody(cli, (parse, ct) =>
        {
            using var trained = ScreeningModels.LoadOrTrain(cli, parse.GetValue(model));
            var screener = new AdScreener(TextNormaliser.Default, trained);
            var texts = JobAdGenerator.Generate(7, new JobAdOptions(parse.GetValue(count), JobAdSplit.HeldOut)).Select(a => a.Text).ToArray();
            Run(screener, texts); // warm-up: JIT, first prediction engine
            var wall = new List<double>();
            var cpu = new List<double>();
            for (var r = 0; r < parse.GetValue(rounds); r++)
            {
                ct.ThrowIfCancellationRequested();
                var (w, c) = Run(screener, texts);
                wall.Add(texts.Length / w);
                cpu.Add(texts.Length / c);
            }

            var process = Process.GetCurrentProcess();
            cli.Console.Profile.Out.Writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Screened {texts.Length:N0} held-out ads (mean {texts.Average(t => t.Length):0} characters) per round, {wall.Count} rounds, one thread: median {Median(wall):N0} ads per wall-clock second, {Median(cpu):N0} ads per CPU second (min {cpu.Min():N0}, max {cpu.Max():N0}); {Environment.ProcessorCount} cores, process threads {process.Threads.Count}."));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static (double WallSeconds, double CpuSeconds) Run(AdScreener screener, string[] texts)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var sum = 0;
        foreach (var t in texts)
        {
            sum += screener.Screen(t).Score;
        }

        clock.Stop();
        process.Refresh();
        GC.KeepAlive(sum);
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
