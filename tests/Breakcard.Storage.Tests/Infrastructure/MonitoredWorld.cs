using Breakcard.Detection;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;
using Breakcard.Simulation;

namespace Breakcard.Tests.Shared;

/// <summary>
/// A small simulated city (Breakcard.Simulation) run through Detection's <see cref="MonitorSession"/>
/// exactly as a monitoring host does — every event file merged in time order — so tests import
/// alerts.jsonl as monitoring really writes it. Built once per test process.
/// </summary>
internal static class MonitoredWorld
{
    private static readonly Lazy<Task<(string World, string Alerts, WorldSummary Summary)>> Built = new(BuildAsync);

    /// <summary>The world folder, its alerts.jsonl and the simulator's summary (1,000 people, 10 days, seed 5).</summary>
    public static Task<(string World, string Alerts, WorldSummary Summary)> GetAsync() => Built.Value;

    private static async Task<(string World, string Alerts, WorldSummary Summary)> BuildAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "breakcard-monitored-" + Environment.ProcessId);
        var world = Path.Combine(root, "world");
        var monitor = Path.Combine(root, "monitor");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind is harmless.
            }
        };

        var summary = await WorldSimulator.RunAsync(new SimulationOptions(1_000, 10, 5, SimulationOptions.DefaultStart, OutputFormat.Csv), world).ConfigureAwait(false);
        await Task.Run(() => Monitor(world, monitor)).ConfigureAwait(false);
        return (world, Path.Combine(monitor, MonitorSession.AlertsFile), summary);
    }

    private static void Monitor(string world, string output)
    {
        var quarantine = new QuarantineList();
        var readers = EventFolder.Find(world).Files.Select(f => EventReaders.Open(f.Path, f.Format, quarantine)).ToList();
        using var reader = new MergedEventReader(readers);
        using var session = new MonitorSession(ReferenceData.Empty(), DetectionOptions.Default, new PointsModel(DetectionOptions.Default), output);
        while (reader.Read())
        {
            switch (reader.Kind)
            {
                case IngestEventKind.Transaction:
                    session.Process(reader.Transaction);
                    break;
                case IngestEventKind.Call:
                    session.Process(reader.Call);
                    break;
                case IngestEventKind.Sms:
                    session.Process(reader.Sms);
                    break;
                case IngestEventKind.Login:
                    session.Process(reader.Login);
                    break;
            }
        }

        session.Finish();
        if (quarantine.Records.Count > 0)
        {
            throw new InvalidOperationException($"the simulated world has {quarantine.Records.Count} bad records; the simulator and the readers disagree");
        }
    }
}
