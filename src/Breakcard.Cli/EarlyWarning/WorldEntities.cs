using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.EarlyWarning.Input;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.EarlyWarning;

/// <summary>
/// What early warning needs from a world folder's entity files (docs/data-format.md), read through
/// Ingest's validating entity reader (<see cref="EntityFiles"/>, the same one `breakcard ingest`
/// uses): people (birth date, occupation, education), personal accounts (class, opening date,
/// last activity), the phone card bound to each account (links.csv) with its activation date
/// (phones.csv), and device owners. The five files must exist; a damaged file stops the run with
/// its name; a bad row is quarantined by the reader — counted, the first ones kept with file,
/// line and field — and nothing is dropped silently.
/// </summary>
internal sealed class WorldEntities : IEntityTarget
{
    public const int MaxProblemsKept = 20;

    private static readonly string[] Needed = [EntitySchema.PeopleCsv, EntitySchema.AccountsCsv, EntitySchema.LinksCsv, EntitySchema.PhonesCsv, EntitySchema.DevicesCsv];

    private readonly List<BankAccount> _personal = [];
    private readonly Dictionary<string, string> _boundPhone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _activated = new(StringComparer.Ordinal);

    public List<HolderFacts> Holders { get; } = [];

    public List<AccountFacts> Accounts { get; } = [];

    public List<(string Device, string? Owner)> Devices { get; } = [];

    public List<InputError> Problems { get; } = [];

    public long ProblemCount { get; private set; }

    public static WorldEntities Read(string folder)
    {
        foreach (var file in Needed)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                throw new InvalidInputException(new InputError(path, null, null, "no such file; early warning needs the world's people, accounts, links, phones and devices"));
            }
        }

        var world = new WorldEntities();
        EntityFiles.Read(folder, world, new Sink(world));

        // Links come last in the reader's order, so accounts learn their bound phone at the end.
        foreach (var a in world._personal)
        {
            DateOnly? phone = world._boundPhone.TryGetValue(a.AccountNumber, out var p) && world._activated.TryGetValue(p, out var d) ? d : null;
            world.Accounts.Add(new AccountFacts(a.AccountNumber, a.HolderId, a.Class, a.Opened, a.LastActivity, phone));
        }

        return world;
    }

    public void Add(Person person) => Holders.Add(new HolderFacts(person.Id, person.BirthDate, person.Occupation, person.Education));

    public void Add(Company company)
    {
        // Early warning is about people renting out their own cards; companies are not listed.
    }

    public void Add(BankAccount account)
    {
        if (account.HolderKind == AccountHolderKind.Personal)
        {
            _personal.Add(account);
        }
    }

    public void Add(PhoneCard phone) => _activated[phone.Number.Reveal()] = phone.Activated;

    public void Add(Device device) => Devices.Add((device.Id.Reveal(), device.OwnerId));

    public void Add(EntityLink link)
    {
        if (link.Kind == LinkKind.AccountPhone)
        {
            // The same spelling as phones.csv's numbers once parsed (+86 and spaces removed).
            _boundPhone[link.FromId] = MobileNumber.TryParse(link.ToId, out var number) ? number.Reveal() : link.ToId;
        }
    }

    /// <summary>Counts every quarantined row and keeps the first ones.</summary>
    private sealed class Sink(WorldEntities world) : IQuarantineSink
    {
        public void Add(QuarantinedRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            world.ProblemCount++;
            if (world.Problems.Count < MaxProblemsKept)
            {
                world.Problems.Add(record.Error);
            }
        }
    }
}
