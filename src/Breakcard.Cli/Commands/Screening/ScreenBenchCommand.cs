using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Breakcard.Core.Time;
using Breakcard.Screening.Input;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Commands.Screening;

/// <summary>
/// <c>breakcard screen bench</c>: end-to-end screening throughput on one thread, as ads per second
/// of wall-clock time, per second of this process's CPU time and per second of the screening thread's CPU time. On a
/// shared machine the CPU figures are the per-core ones: they do not count time the thread spent waiting for a core.
/// <para>
/// The measured rounds start once the screener is warm: by default after rounds until one compiles no method, so the
/// median is the steady state a long-running screener sees, not the tiered JIT's recompilation (ADR 461);
/// <c>--warm-up once</c> is the bench before ADR 461 (one warm-up round), kept to compare with earlier figures.
/// </para>
/// <para>
/// By default it screens the build's own held-out ads, which change with every held-out round (round 20's are longer
/// than round 19's), so two builds of different rounds read different texts. <c>--save-ads</c> writes the texts as
/// JSON Lines and <c>--ads</c> reads them back (or any file <c>screen ads</c> reads), so an A/B across rounds screens
/// the same texts (ADR 388).
/// </para>
/// </summary>
internal static class ScreenBenchCommand
{
    public static Command Create(CliContext cli)
    {
        var model = new Option<FileInfo>("--model") { Description = "Model file (default: train the default model now)." }.MustExist();
        var count = new Option<int>("--count") { Description = "Distinct held-out ads to screen per round (generated; not with --ads).", DefaultValueFactory = _ => 5_000 }.InRange(100, 1_000_000);
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds (the median is reported).", DefaultValueFactory = _ => 7 }.InRange(1, 100);
        var ads = new Option<FileInfo>("--ads") { Description = "Screen these ads instead of generated ones: one per line (text), JSON Lines with id and text, or CSV with id,text." }.MustExist();
        var format = new Option<AdFileFormat?>("--format") { Description = "Format of --ads: text, jsonl or csv (default: from the file extension)." };
        var save = new Option<FileInfo>("--save-ads") { Description = "Also write the screened ads as JSON Lines (id, text), for --ads in another build." };
        var warmUp = new Option<BenchWarmUpRule>("--warm-up") { Description = "quiet: warm-up rounds until one compiles no method (at most 40); once: one round, the bench before ADR 461.", DefaultValueFactory = _ => BenchWarmUpRule.Quiet };
        var command = new Command("bench", "Measure screening throughput on one thread (ads per wall-clock second and per CPU second).")
        {
            model, count, rounds, ads, format, save, warmUp,
        };
        command.Validators.Add(r =>
        {
            if (r.GetResult(ads) is not null && r.GetResult(count) is { Implicit: false })
            {
                r.AddError("--count generates ads; it cannot be used with --ads, which screens the file's ads.");
            }
        });
        command.SetBody(cli, (parse, ct) =>
        {
            var (texts, source, unread) = Texts(cli, parse.GetValue(ads), parse.GetValue(format), parse.GetValue(count));
            if (parse.GetValue(save) is { } saveTo)
            {
                Save(texts, saveTo);
            }

            using var trained = ScreeningModels.LoadOrTrain(cli, parse.GetValue(model));
            var screener = new AdScreener(TextNormaliser.Default, trained);
            var rule = parse.GetValue(warmUp);
            var compiledBefore = JitInfo.GetCompiledMethodCount();
            var (warmRounds, quiet) = BenchWarmUp.Run(rule, () => Run(screener, texts), () => JitInfo.GetCompiledMethodCount());
            var compiled = JitInfo.GetCompiledMethodCount() - compiledBefore;
            var wall = new List<double>();
            var cpu = new List<double>();
            var thread = new List<double>();
            for (var r = 0; r < parse.GetValue(rounds); r++)
            {
                ct.ThrowIfCancellationRequested();
                var (w, c, t) = Run(screener, texts);
                wall.Add(texts.Length / w);
                cpu.Add(texts.Length / c);
                thread.Add(texts.Length / t);
            }

            var process = Process.GetCurrentProcess();
            var how = rule == BenchWarmUpRule.Once ? "one round (--warm-up once)"
                : quiet ? $"{warmRounds} rounds, the last compiling no method" : $"{warmRounds} rounds (the bound), the JIT still compiling";
            var output = cli.Console.Profile.Out.Writer;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Screened {texts.Length:N0} {source} (mean {texts.Average(t => t.Length):0} characters) per round, {wall.Count} rounds, one thread: median {Median(wall):N0} ads per wall-clock second, {Median(cpu):N0} ads per CPU second (min {cpu.Min():N0}, max {cpu.Max():N0}); {Environment.ProcessorCount} cores, process threads {process.Threads.Count}; predicted by {trained.PredictionPath}."));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Warm-up: {how}, {compiled:N0} methods compiled; the screening thread alone: median {Median(thread):N0} ads per CPU second (min {thread.Min():N0}, max {thread.Max():N0}; {ThreadCpuClock.Name})."));
            if (unread > 0)
            {
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{unread:N0} records of the file could not be read (listed above) and were not screened."));
            }

            return Task.FromResult(unread > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok);
        });
        return command;
    }

    // The texts to screen: the file's readable records (each unreadable one listed with its file, line and field), or
    // the build's own held-out ads.
    private static (string[] Texts, string Source, int Unread) Texts(CliContext cli, FileInfo? file, AdFileFormat? format, int count)
    {
        if (file is null)
        {
            return (JobAdGenerator.Generate(7, new JobAdOptions(count, JobAdSplit.HeldOut)).Select(a => a.Text).ToArray(), "held-out ads", 0);
        }

        using var reader = new StreamReader(file.FullName, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var texts = new List<string>();
        var unread = 0;
        foreach (var input in AdFileReader.Read(reader, file.FullName, format ?? AdFileFormats.FromFileName(file.Name)))
        {
            if (input.Error is { } error)
            {
                unread++;
                cli.Error.WriteLine(error.ToString());
                continue;
            }

            texts.Add(input.Record!.Text);
        }

        return texts.Count == 0
            ? throw new InvalidInputException(new InputError(file.FullName, null, null, "no ad could be read: nothing to screen"))
            : ([.. texts], "ads from " + file.Name, unread);
    }

    // Chinese kept readable; the file is data, never embedded in HTML.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Save(string[] texts, FileInfo file)
    {
        using var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(false));
        for (var i = 0; i < texts.Length; i++)
        {
            writer.WriteLine(JsonSerializer.Serialize(new { id = (i + 1).ToString(CultureInfo.InvariantCulture), text = texts[i] }, Json));
        }
    }

    // One round over every text: its wall-clock seconds, the process's CPU seconds (every thread: the JIT's and the GC's
    // background work too) and the calling thread's.
    private static (double WallSeconds, double CpuSeconds, double ThreadSeconds) Run(AdScreener screener, string[] texts)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var threadBefore = ThreadCpuClock.Now();
        var clock = Stopwatch.StartNew();
        var sum = 0;
        foreach (var t in texts)
        {
            sum += screener.Screen(t).Score;
        }

        clock.Stop();
        var threadNs = ThreadCpuClock.Now() - threadBefore;
        process.Refresh();
        GC.KeepAlive(sum);
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds, threadNs / 1e9);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
