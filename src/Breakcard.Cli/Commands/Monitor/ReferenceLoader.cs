using Breakcard.Detection.Reference;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;
using Breakcard.Reference;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>
/// Reads an institution's entity files (a world folder's people, companies, accounts, phones,
/// devices, links) through Ingest's validating readers into the engine's reference data.
/// </summary>
internal static class ReferenceLoader
{
    /// <summary>Reads <paramref name="folder"/>'s entity files (none when null); bad rows go to <paramref name="quarantine"/>.</summary>
    public static (ReferenceDataBuilder Builder, IReadOnlyList<EntityFileCounts> Counts) Read(string? folder, IQuarantineSink quarantine)
    {
        var builder = new ReferenceDataBuilder();
        if (folder is null)
        {
            return (builder, []);
        }

        var counts = EntityFiles.Read(folder, new ReferenceTarget(builder), quarantine);
        return (builder, counts);
    }
}
