using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Detection.Reference;
using Breakcard.Graph.Holders;
using Breakcard.Graph.Links;
using Breakcard.Ingest.Entities;
using Breakcard.Ingest.Quarantine;
using Breakcard.Reference;

namespace Breakcard.Web.Links;

/// <summary>
/// An institution's reference data from a world folder's entity files (people, companies,
/// accounts, phones, devices, links), read once through Ingest's validating readers: the live
/// monitor's <see cref="ReferenceData"/> (holders, devices, bound phones — what the indicators
/// that compare accounts need) and the entity graph that link analysis runs on (ADR 0148).
/// </summary>
public sealed class ReferenceWorld
{
    private readonly ReferenceDataBuilder _builder = new();

    private ReferenceWorld(string folder) => Folder = folder;

    /// <summary>The folder read.</summary>
    public string Folder { get; }

    /// <summary>People.</summary>
    public List<Person> People { get; } = [];

    /// <summary>Companies.</summary>
    public List<Company> Companies { get; } = [];

    /// <summary>Accounts.</summary>
    public List<BankAccount> Accounts { get; } = [];

    /// <summary>Phone cards.</summary>
    public List<PhoneCard> Phones { get; } = [];

    /// <summary>Devices.</summary>
    public List<Device> Devices { get; } = [];

    /// <summary>Links between entities.</summary>
    public List<EntityLink> Links { get; } = [];

    /// <summary>What each entity file held.</summary>
    public IReadOnlyList<EntityFileCounts> Counts { get; private set; } = [];

    /// <summary>Rows rejected with file, line, field and reason.</summary>
    public QuarantineList Quarantine { get; } = new();

    /// <summary>Who holds each account.</summary>
    public HolderDirectory Holders { get; private set; } = HolderDirectory.Empty;

    /// <summary>The day ages are taken on: the simulation's start in the folder's <c>manifest.json</c>, else today.</summary>
    public DateOnly AsOf { get; private set; }

    /// <summary>Reads the folder's entity files; throws <see cref="Core.Errors.InvalidInputException"/> when a file is not what it claims, <see cref="DirectoryNotFoundException"/> when the folder is missing.</summary>
    public static ReferenceWorld Read(string folder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"setting 'world': the folder {folder} does not exist");
        }

        var world = new ReferenceWorld(Path.GetFullPath(folder));
        if (EntityFiles.Present(folder).Count == 0)
        {
            throw new InvalidDataException($"setting 'world': {folder} holds none of the entity files (people.csv, companies.csv, accounts.csv, phones.csv, devices.csv, links.csv)");
        }

        world.Counts = EntityFiles.Read(folder, new ReferenceTarget(world._builder, new Lists(world)), world.Quarantine);
        world.Holders = new HolderDirectory(world.Accounts, world.People, world.Companies);
        world.AsOf = StartOf(folder) ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return world;
    }

    /// <summary>A fresh reference for a monitor (interning mutates it).</summary>
    public ReferenceData BuildReference()
    {
        lock (_builder)
        {
            return _builder.Build(AsOf);
        }
    }

    /// <summary>Adds every record to an entity graph, in the order it needs (companies before phone cards).</summary>
    public void AddTo(EntityGraphBuilder entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        People.ForEach(entities.Add);
        Companies.ForEach(entities.Add);
        Accounts.ForEach(entities.Add);
        Phones.ForEach(entities.Add);
        Devices.ForEach(entities.Add);
        Links.ForEach(entities.Add);
    }

    private static DateOnly? StartOf(string folder)
    {
        var manifest = Path.Combine(folder, "manifest.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
            return doc.RootElement.TryGetProperty("start", out var s) && DateOnly.TryParseExact(s.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The entities themselves, for link analysis and holders; ReferenceTarget feeds the builder first.
    private sealed class Lists(ReferenceWorld w) : IEntityTarget
    {
        public void Add(Person person) => w.People.Add(person);

        public void Add(Company company) => w.Companies.Add(company);

        public void Add(BankAccount account) => w.Accounts.Add(account);

        public void Add(PhoneCard phone) => w.Phones.Add(phone);

        public void Add(Device device) => w.Devices.Add(device);

        public void Add(EntityLink link) => w.Links.Add(link);
    }
}
