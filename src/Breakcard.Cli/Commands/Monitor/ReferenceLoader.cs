using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Detection.Reference;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;

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

        var counts = EntityFiles.Read(folder, new BuilderTarget(builder), quarantine);
        return (builder, counts);
    }

    private sealed class BuilderTarget(ReferenceDataBuilder builder) : IEntityTarget
    {
        public void Add(Person person) => builder.Add(person);

        public void Add(Company company) => builder.Add(company);

        public void Add(BankAccount account)
        {
            builder.Add(account);
            if (account.LastActivity is { } last)
            {
                builder.SetLastActivity(account.AccountNumber, last);
            }
        }

        public void Add(PhoneCard phone) => builder.Add(phone);

        public void Add(Device device) => builder.Add(device);

        public void Add(EntityLink link) => builder.Add(link);
    }
}
