using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;

namespace Breakcard.Graph.Links;

/// <summary>
/// Collects entities and links from reference data (people, companies, accounts, phone cards,
/// devices, link records) and from events (logins: account–device and account–IP; calls and SMS:
/// phone–device), then builds an <see cref="EntityGraph"/>. Repeated links are kept once.
/// Not thread safe.
/// </summary>
public sealed class EntityGraphBuilder
{
    private readonly List<EntityKind> _kinds = [];
    private readonly List<string> _ids = [];
    private readonly Dictionary<string, int>[] _lookup;
    private readonly List<(int A, int B, LinkKind Kind)> _links = [];
    private bool _built;

    /// <summary>Creates an empty builder.</summary>
    public EntityGraphBuilder()
    {
        _lookup = new Dictionary<string, int>[Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
        for (var i = 0; i < _lookup.Length; i++)
        {
            _lookup[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    /// <summary>Number of entities so far.</summary>
    public int NodeCount => _kinds.Count;

    /// <summary>The node of an entity, interning it if new. Addresses are trimmed.</summary>
    public int Intern(EntityKind kind, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ObjectDisposedException.ThrowIf(_built, this);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind.");
        }

        id = id.Trim();
        var map = _lookup[(int)kind];
        if (!map.TryGetValue(id, out var node))
        {
            node = _kinds.Count;
            map.Add(id, node);
            _kinds.Add(kind);
            _ids.Add(id);
        }

        return node;
    }

    /// <summary>Adds a link between two entities (interning them).</summary>
    public void Link(EntityKind fromKind, string fromId, LinkKind kind, EntityKind toKind, string toId)
    {
        var a = Intern(fromKind, fromId);
        var b = Intern(toKind, toId);
        if (a != b)
        {
            _links.Add((a, b, kind));
        }
    }

    /// <summary>Adds a link record (links.csv).</summary>
    public void Add(EntityLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        Link(link.FromKind, link.FromId, link.Kind, link.ToKind, link.ToId);
    }

    /// <summary>Adds a person and their address.</summary>
    public void Add(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        Intern(EntityKind.Person, person.Id);
        if (!string.IsNullOrWhiteSpace(person.Address))
        {
            Link(EntityKind.Person, person.Id, LinkKind.LocatedAt, EntityKind.Address, person.Address);
        }
    }

    /// <summary>Adds a company, its registered address and its legal representative.</summary>
    public void Add(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        Intern(EntityKind.Company, company.Id);
        if (!string.IsNullOrWhiteSpace(company.RegisteredAddress))
        {
            Link(EntityKind.Company, company.Id, LinkKind.LocatedAt, EntityKind.Address, company.RegisteredAddress);
        }

        if (!string.IsNullOrWhiteSpace(company.LegalRepresentativeId))
        {
            Link(EntityKind.Person, company.LegalRepresentativeId, LinkKind.LegalRepresentative, EntityKind.Company, company.Id);
        }
    }

    /// <summary>Adds an account and its holder.</summary>
    public void Add(BankAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var holderKind = account.HolderKind == AccountHolderKind.Corporate ? EntityKind.Company : EntityKind.Person;
        Link(holderKind, account.HolderId, LinkKind.HoldsAccount, EntityKind.Account, account.AccountNumber);
    }

    /// <summary>Adds a phone card and its registered holder. A holder id that names a known company is linked as one.</summary>
    public void Add(PhoneCard phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var holderKind = _lookup[(int)EntityKind.Company].ContainsKey(phone.HolderId) ? EntityKind.Company : EntityKind.Person;
        Link(holderKind, phone.HolderId, LinkKind.HoldsPhone, EntityKind.Phone, phone.Number.Reveal());
    }

    /// <summary>Adds a device and its owner when known.</summary>
    public void Add(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (device.OwnerId is { Length: > 0 } owner)
        {
            Link(EntityKind.Person, owner, LinkKind.OwnsDevice, EntityKind.Device, device.Id.Reveal());
        }
        else
        {
            Intern(EntityKind.Device, device.Id.Reveal());
        }
    }

    /// <summary>Adds a login: the account was used from the device and, when known, the IP.</summary>
    public void Add(LoginEvent login)
    {
        Link(EntityKind.Account, login.Account, LinkKind.UsedFromDevice, EntityKind.Device, login.Device.Reveal());
        if (login.Ip is { } ip)
        {
            Link(EntityKind.Account, login.Account, LinkKind.UsedFromIp, EntityKind.Ip, ip.Reveal());
        }
    }

    /// <summary>Adds a call: the calling number was in the device.</summary>
    public void Add(CallEvent call)
    {
        if (call.Device is { } device)
        {
            Link(EntityKind.Phone, call.Caller, LinkKind.PhoneInDevice, EntityKind.Device, device.Reveal());
        }
    }

    /// <summary>Adds an SMS: the receiving number was in the device.</summary>
    public void Add(SmsEvent sms)
    {
        if (sms.Device is { } device)
        {
            Link(EntityKind.Phone, sms.Receiver, LinkKind.PhoneInDevice, EntityKind.Device, device.Reveal());
        }
    }

    /// <summary>Builds the graph (adjacency sorted and de-duplicated per node). The builder hands its
    /// tables to the graph and cannot be used afterwards.</summary>
    public EntityGraph Build()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        var n = _kinds.Count;
        var offsets = new int[n + 1];
        foreach (var (a, b, _) in _links)
        {
            offsets[a + 1]++;
            offsets[b + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var pairs = new (int Other, LinkKind Kind)[offsets[n]];
        var cursor = (int[])offsets.Clone();
        foreach (var (a, b, kind) in _links)
        {
            pairs[cursor[a]++] = (b, kind);
            pairs[cursor[b]++] = (a, kind);
        }

        // Sort and de-duplicate each node's run, compacting in place.
        var write = 0;
        var newOffsets = new int[n + 1];
        for (var node = 0; node < n; node++)
        {
            var run = pairs.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);
            run.Sort();
            newOffsets[node] = write;
            for (var i = 0; i < run.Length; i++)
            {
                if (i == 0 || run[i] != run[i - 1])
                {
                    pairs[write++] = run[i];
                }
            }
        }

        newOffsets[n] = write;
        var neighbours = new int[write];
        var kinds = new LinkKind[write];
        for (var i = 0; i < write; i++)
        {
            (neighbours[i], kinds[i]) = pairs[i];
        }

        return new EntityGraph([.. _kinds], [.. _ids], _lookup, newOffsets, neighbours, kinds);
    }
}
