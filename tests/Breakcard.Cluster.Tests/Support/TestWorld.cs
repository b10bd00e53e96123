using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
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

    private static readonly Lazy<Outputs> Single = new(() => RunSingle(WorldFolder, null));

    private static readonly Lazy<WorldReference> Entities = new(() => WorldReference.Read(WorldFolder, new QuarantineList()));

    private static readonly Lazy<Outputs> SingleWithEntities = new(() => RunSingle(WorldFolder, Reference));

    public static string WorldFolder => Folder.Value;

    /// <summary>Deletes the world folder if it was generated (at the end of the test run).</summary>
    public static void Delete()
    {
        if (Folder.IsValueCreated && Directory.Exists(Folder.Value))
        {
            Directory.Delete(Folder.Value, recursive: true);
        }
    }

    /// <summary>The outputs of the single-process engine on the world's events (entities learned from events).</summary>
    public static Outputs SingleProcess => Single.Value;

    /// <summary>The world's entity files as reference data.</summary>
    public static WorldReference Reference => Entities.Value;

    /// <summary>The outputs of the single-process engine with the world's entity files as reference data.</summary>
    public static Outputs SingleProcessWithEntities => SingleWithEntities.Value;

    public static List<WireEvent> Events()
    {
        using var input = GatewayInput.Open(WorldFolder, new QuarantineList());
        return [.. input.Events()];
    }

    public static Outputs RunSingle(string world, WorldReference? entities) => RunSingle(world, entities, DetectionOptions.Default);

    public static Outputs RunSingle(string world, WorldReference? entities, DetectionOptions options) => RunSingle(Events(), entities, options);

    /// <summary>The single-process engine's outputs on <paramref name="events"/>.</summary>
    public static Outputs RunSingle(IReadOnlyList<WireEvent> events, WorldReference? entities, DetectionOptions options)
    {
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-single-" + Guid.NewGuid().ToString("N")[..8]);
        var offset = TimeSpan.FromMinutes(DetectionOptions.Default.Engine.UtcOffsetMinutes);
        var reference = entities is null ? ReferenceData.Empty() : entities.Build(DateOnly.FromDateTime(events[0].Time.ToOffset(offset).DateTime));
        using (var session = new MonitorSession(reference, options, new PointsModel(options), output))
        {
            session.Feed(events);
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

    /// <summary>The entities alerted on event <paramref name="trigger"/>, in the file's order.</summary>
    public List<string> EntitiesAlertedBy(string trigger) =>
        [.. System.Text.Encoding.UTF8.GetString(Alerts).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Where(a => a.GetProperty("trigger_event_id").GetString() == trigger)
            .Select(a => a.GetProperty("entity").GetString()!)];

    /// <summary>Byte for byte, compared as text so a failure shows where the files part.</summary>
    public static void AssertIdentical(Outputs expected, Outputs actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.Alerts), System.Text.Encoding.UTF8.GetString(actual.Alerts));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.Scores), System.Text.Encoding.UTF8.GetString(actual.Scores));
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.Summary), System.Text.Encoding.UTF8.GetString(actual.Summary));
    }
}
