using System.Diagnostics;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Output;

namespace Breakcard.Simulation;

/// <summary>
/// Generates a synthetic city into a folder: entity files first, then the days streamed one at a
/// time in event-time order, then ground truth and the manifest. Deterministic: the same options
/// give byte-identical files. Streaming: memory holds the city and at most
/// <see cref="BatchesInFlight"/> days of events, whatever the number of days.
/// </summary>
/// <remarks>
/// Implementation note: generation runs on one thread and writing on another (both dedicated
/// threads, see <see cref="DayPipeline"/>), joined by a bounded queue of day batches. Only the generator draws random numbers and numbers events, and the
/// writer consumes days strictly in order, so the output cannot depend on thread scheduling.
/// </remarks>
public static class WorldSimulator
{
    /// <summary>Version written to the manifest; bump it when the same options give different files.</summary>
    public const string GeneratorVersion = "1.1.0";

    /// <summary>Day batches alive at once: one being generated, up to two queued for or in the writer.</summary>
    public const int BatchesInFlight = 3;

    /// <summary>Simulates <paramref name="options"/> into <paramref name="folder"/> (created if missing).</summary>
    public static async Task<WorldSummary> RunAsync(SimulationOptions options, string folder, IProgress<SimulationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(folder);
        options.Validate();
        Directory.CreateDirectory(folder);
        return await Task.Factory.StartNew(() => Generate(options, folder, progress, cancellationToken), cancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
    }

    private static WorldSummary Generate(SimulationOptions options, string folder, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var built = WorldFactory.Build(options);
        var buildTime = clock.Elapsed;
        var world = built.World;
        var text = new WorldText(world);
        var files = new List<WrittenFile>();
        if (options.Format != OutputFormat.AmlSim)
        {
            files.AddRange(EntityOutput.Write(folder, world, text));
        }

        var entityTime = clock.Elapsed - buildTime;
        var generating = new Stopwatch();
        var outputs = Outputs(options.Format, folder, built, text);
        var (sink, life, crime) = WorldFactory.Generators(built);
        var counts = new long[5];
        var typologyEvents = new Dictionary<Typology, long>();
        var maxDay = 0;
        var pipeline = new DayPipeline(outputs, BatchesInFlight);
        try
        {
            long total = 0;
            for (var day = 0; day < options.Days; day++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = pipeline.Rent(cancellationToken);
                generating.Start();
                batch.Reset(day);
                sink.Begin(batch);
                life.Day(day, sink);
                crime.Day(day, sink);
                sink.Actions.RunUntil((long)(day + 1) * SimCalendar.SecondsPerDay, sink);
                if (day == options.Days - 1)
                {
                    crime.Close(batch.Flows);
                }

                batch.Sort();
                Number(batch, counts, typologyEvents);
                maxDay = Math.Max(maxDay, batch.Count);
                total += batch.Count;
                generating.Stop();
                pipeline.Write(batch, cancellationToken);
                progress?.Report(new SimulationProgress(day + 1, options.Days, total));
            }

            pipeline.Complete();
            foreach (var output in outputs)
            {
                files.AddRange(output.Finish());
            }
        }
        finally
        {
            // The writer thread stops before the files it writes are closed.
            pipeline.Dispose();
            foreach (var output in outputs)
            {
                output.Dispose();
            }
        }

        var daysTime = clock.Elapsed - buildTime - entityTime;
        var writing = pipeline.Busy;
        files.AddRange(new TruthOutput(built, text).Write(folder));
        var timings = new SimulationTimings(buildTime, entityTime, daysTime, generating.Elapsed, writing, clock.Elapsed - buildTime - entityTime - daysTime);
        var summary = Summaries.Of(options, folder, built, counts, typologyEvents, maxDay, sink.Actions.MaxPending, files, timings);
        ManifestWriter.Write(Path.Combine(folder, EntitySchema.ManifestJson), summary, GeneratorVersion);
        return summary;
    }

    private static List<IEventOutput> Outputs(OutputFormat format, string folder, BuiltWorld built, WorldText text)
    {
        var outputs = new List<IEventOutput>();
        try
        {
            if (format is OutputFormat.Csv or OutputFormat.Both)
            {
                outputs.Add(new CsvEventOutput(folder, text));
            }

            if (format is OutputFormat.Jsonl or OutputFormat.Both)
            {
                outputs.Add(new JsonlEventOutput(folder, text));
            }

            if (format == OutputFormat.AmlSim)
            {
                outputs.Add(new AmlSimOutput(folder, built.World, built.Truth));
            }

            outputs.Add(new TruthEventOutput(folder, text, format == OutputFormat.AmlSim));
            return outputs;
        }
        catch
        {
            outputs.ForEach(o => o.Dispose());
            throw;
        }
    }

    /// <summary>Gives each event its number within its kind, in the order the files will list them.</summary>
    private static void Number(DayBatch batch, long[] counts, Dictionary<Typology, long> typologyEvents)
    {
        var events = batch.Events;
        foreach (var index in batch.Order)
        {
            ref readonly var e = ref events[index];
            var number = ++counts[(int)e.Kind];
            if (e.Label >= 0)
            {
                var label = batch.Labels[e.Label];
                label.Number = number;
                typologyEvents[label.Typology] = typologyEvents.GetValueOrDefault(label.Typology) + 1;
            }
        }
    }
}
