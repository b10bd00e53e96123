using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Detection;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Ingest.Quarantine;
using Breakcard.Simulation;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// A small simulated city (generated once per test run) and its single-process monitoring run:
/// the reference every cluster run is compared with, byte for byte.
/// </summary>
public static class TestWorld
{
    public static readonly SimulationOptions Options = new(1_500, 8, 20_261_122, SimulationOptions.DefaultStart, OutputFormat.Jsonl);

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "breakcard-cluster-world-" + Guid.NewGuid().ToString("N")[..8]);
        WorldSimulator.RunAsync(Options, folder).GetAwaiter().GetResult();
        return folder;
    });

    private static readonly Lazy<Outputs> Single = new(() => RunSingle(WorldFolder));

    public static string WorldFolder => Folder.Value;

    /// <summary>The outputs of the single-process engine on the world.</summary>
    public static Outputs SingleProcess => Single.Value;

    public static List<WireEvent> Events()
    {
        using var input = GatewayInput.Open(WorldFolder, new QuarantineList());
        return [.. input.Events()];
    }

    public static Outputs RunSingle(string world)
    {
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-single-" + Guid.NewGuid().ToString("N")[..8]);
        using (var session = new MonitorSession(ReferenceData.Empty(), DetectionOptions.Default, new PointsModel(DetectionOptions.Default), output))
        {
            using var input = GatewayInput.Open(world, new QuarantineList());
            session.Feed(input.Events());
            session.Finish();
        }

        var outputs = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        return outputs;
    }
}

/// <summary>The files a monitoring run writes.</summary>
public sealed record Outputs(byte[] Alerts, byte[] Scores, byte[] Summary)
{
    public static Outputs Read(string folder) => new(
        File.ReadAllBytes(Path.Combine(folder, MonitorSession.AlertsFile)),
        File.ReadAllBytes(Path.Combine(folder, MonitorSession.ScoresFile)),
        File.ReadAllBytes(Path.Combine(folder, MonitorSession.SummaryFile)));

    public int AlertCount => Alerts.Count(b => b == (byte)'\n');
}
