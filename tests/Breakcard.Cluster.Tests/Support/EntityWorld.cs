using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Detection;
using Breakcard.Ingest.Quarantine;
using Breakcard.Simulation;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// A larger simulated city with its entity files, the main world of the CLI's monitor tests
/// (seed 21, 2,000 people, 10 days): holders whose cards and numbers share SIM boxes and devices,
/// so one event raises several alerts on different shards through pushes and linked risk, which
/// <see cref="TestWorld"/> does not show (ADR 0330). Generated once per test run.
/// </summary>
public static class EntityWorld
{
    public static readonly SimulationOptions Options = new(2_000, 10, 21, SimulationOptions.DefaultStart, OutputFormat.Csv);

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "breakcard-cluster-entityworld-" + Guid.NewGuid().ToString("N")[..8]);
        WorldSimulator.RunAsync(Options, folder).GetAwaiter().GetResult();
        return folder;
    });

    private static readonly Lazy<List<WireEvent>> AllEvents = new(() =>
    {
        using var input = GatewayInput.Open(Folder.Value, new QuarantineList());
        return [.. input.Events()];
    });

    private static readonly Lazy<WorldReference> Entities = new(() => WorldReference.Read(Folder.Value, new QuarantineList()));

    private static readonly Lazy<Outputs> Single = new(() => TestWorld.RunSingle(Events, Reference, DetectionOptions.Default));

    /// <summary>The world's events in file order.</summary>
    public static IReadOnlyList<WireEvent> Events => AllEvents.Value;

    /// <summary>The world's entity files.</summary>
    public static WorldReference Reference => Entities.Value;

    /// <summary>The single-process engine's outputs with the entity files, at the default options and the points model.</summary>
    public static Outputs SingleProcess => Single.Value;

    /// <summary>Deletes the world folder if it was generated (at the end of the test run).</summary>
    public static void Delete()
    {
        if (Folder.IsValueCreated && Directory.Exists(Folder.Value))
        {
            Directory.Delete(Folder.Value, recursive: true);
        }
    }
}
