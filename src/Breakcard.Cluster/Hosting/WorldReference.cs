using Breakcard.Detection.Reference;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;
using Breakcard.Reference;

namespace Breakcard.Cluster.Hosting;

/// <summary>
/// A silo's reference data from a world folder's entity files (people, companies, accounts,
/// phones, devices, links), read once through Ingest's validating readers; each stream
/// activation gets its own <see cref="ReferenceData"/> built from it on the stream's first day,
/// as <c>breakcard monitor</c> builds it, so a cluster run and a monitor run agree.
/// </summary>
public sealed class WorldReference
{
    private readonly ReferenceDataBuilder _builder;

    private WorldReference(ReferenceDataBuilder builder, IReadOnlyList<EntityFileCounts> counts)
    {
        _builder = builder;
        Counts = counts;
    }

    /// <summary>What was read from each entity file.</summary>
    public IReadOnlyList<EntityFileCounts> Counts { get; }

    /// <summary>Reads <paramref name="folder"/>'s entity files; bad rows go to <paramref name="quarantine"/>.</summary>
    public static WorldReference Read(string folder, IQuarantineSink quarantine)
    {
        var builder = new ReferenceDataBuilder();
        var counts = EntityFiles.Read(folder, new ReferenceTarget(builder), quarantine);
        return new WorldReference(builder, counts);
    }

    /// <summary>A fresh reference (interning mutates it) with ages taken on <paramref name="asOf"/>.</summary>
    public ReferenceData Build(DateOnly asOf)
    {
        lock (_builder)
        {
            return _builder.Build(asOf);
        }
    }
}
