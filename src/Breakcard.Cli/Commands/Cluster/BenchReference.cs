using System.Globalization;
using Breakcard.Cli.Commands.Monitor;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary>
/// The reference data of <c>cluster bench</c> (ADR 0338): empty (entities learned from events
/// only), or with <c>--entities</c> the simulated city's entity files, read by the validating
/// readers <c>cluster silo --world</c> uses and built for every engine measured on the stream's
/// first local day, as a silo builds them. Real institutions have entity files; without them the
/// holders, relay groups and linked risk that make a shard's work are missing from the figures.
/// </summary>
internal sealed class BenchReference
{
    private BenchReference(WorldReference? world, DateOnly asOf)
    {
        World = world;
        AsOf = asOf;
    }

    /// <summary>The entity files, or null for none.</summary>
    public WorldReference? World { get; }

    /// <summary>The stream's first local day (what a grain builds the reference data on).</summary>
    public DateOnly AsOf { get; }

    /// <summary>The city in <paramref name="folder"/>'s entity files when <paramref name="withEntities"/>; a bad record stops the bench.</summary>
    public static BenchReference Of(string folder, bool withEntities, IReadOnlyList<WireEvent> events)
    {
        var offset = TimeSpan.FromMinutes(DetectionOptions.Default.Engine.UtcOffsetMinutes);
        var asOf = events.Count == 0 ? DateOnly.MinValue : DateOnly.FromDateTime(events[0].Time.ToOffset(offset).DateTime);
        if (!withEntities)
        {
            return new BenchReference(null, asOf);
        }

        var quarantine = new QuarantineList();
        var world = WorldReference.Read(folder, quarantine);
        if (quarantine.Records.Count > 0)
        {
            // The simulator wrote these files: a rejected record is a bug, not data to skip.
            throw new InvalidOperationException($"the simulated city's entity files have {quarantine.Records.Count} bad record(s), first: {quarantine.Records[0].Error}");
        }

        return new BenchReference(world, asOf);
    }

    /// <summary>Fresh reference data for one engine (interning mutates it).</summary>
    public ReferenceData Build(DateOnly asOf) => World?.Build(asOf) ?? ReferenceData.Empty();

    /// <summary>A loopback silo's runtime over this reference data.</summary>
    public MonitorRuntime Runtime(ClusterSettings settings, RiskModelFile model) => World is null
        ? MonitorRuntime.EventsOnly(settings, DetectionOptions.Default, model.Create)
        : MonitorRuntime.OverWorld(World, settings, DetectionOptions.Default, model.Create);

    /// <summary>What the bench's first line says about the reference data.</summary>
    public string Describe() => World is null
        ? "none (entities learned from events)"
        : "the city's entity files (" + string.Join(", ", World.Counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.File} {c.Accepted:N0}"))) + ")";
}
