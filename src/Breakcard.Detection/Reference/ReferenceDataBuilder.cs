using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Detection.Engine;

namespace Breakcard.Detection.Reference;

/// <summary>
/// Collects the reference entities an institution holds (people, companies, accounts, phone cards,
/// devices, links — the entity files of docs/data-format.md) and builds <see cref="ReferenceData"/>.
/// Everything is optional: with nothing added the engine learns every entity from events.
/// A repeated key keeps its first record and is counted in <see cref="Duplicates"/>.
/// </summary>
public sealed class ReferenceDataBuilder
{
    private readonly Dictionary<string, Person> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Company> _companies = new(StringComparer.Ordinal);
    private readonly List<BankAccount> _accounts = [];
    private readonly HashSet<string> _accountKeys = new(StringComparer.Ordinal);
    private readonly List<PhoneCard> _phones = [];
    private readonly HashSet<string> _phoneKeys = new(StringComparer.Ordinal);
    private readonly List<Device> _devices = [];
    private readonly HashSet<string> _deviceKeys = new(StringComparer.Ordinal);
    private readonly List<EntityLink> _links = [];
    private readonly Dictionary<string, DateOnly> _lastActivity = new(StringComparer.Ordinal);

    /// <summary>Records ignored because their key was already added.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Adds a person.</summary>
    public ReferenceDataBuilder Add(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        Count(_people.TryAdd(person.Id, person));
        return this;
    }

    /// <summary>Adds a company.</summary>
    public ReferenceDataBuilder Add(Company company)
    {
        ArgumentNullException.ThrowIfNull(company);
        Count(_companies.TryAdd(company.Id, company));
        return this;
    }

    /// <summary>Adds an account.</summary>
    public ReferenceDataBuilder Add(BankAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (Count(_accountKeys.Add(account.AccountNumber)))
        {
            _accounts.Add(account);
        }

        return this;
    }

    /// <summary>Adds a phone card.</summary>
    public ReferenceDataBuilder Add(PhoneCard phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (Count(_phoneKeys.Add(phone.Number.Reveal())))
        {
            _phones.Add(phone);
        }

        return this;
    }

    /// <summary>Adds a device.</summary>
    public ReferenceDataBuilder Add(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (Count(_deviceKeys.Add(device.Id.Reveal())))
        {
            _devices.Add(device);
        }

        return this;
    }

    /// <summary>
    /// Records the date of an account's last customer transaction before the monitored data begins
    /// (a long gap marks a dormant card, PBOC 2006 Art. 11(4)).
    /// </summary>
    public ReferenceDataBuilder SetLastActivity(string accountNumber, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(accountNumber);
        _lastActivity[accountNumber] = date;
        return this;
    }

    /// <summary>Adds a link (holder of an account or phone, owner of a device).</summary>
    public ReferenceDataBuilder Add(EntityLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        _links.Add(link);
        return this;
    }

    /// <summary>
    /// Builds the reference data. Ages are computed on <paramref name="asOf"/> (normally the first
    /// day of the data being monitored).
    /// </summary>
    public ReferenceData Build(DateOnly asOf)
    {
        var holders = new StringInterner();
        foreach (var id in _people.Keys.Order(StringComparer.Ordinal))
        {
            holders.Intern(id);
        }

        foreach (var id in _companies.Keys.Order(StringComparer.Ordinal))
        {
            holders.Intern(id);
        }

        var accountHolder = new Dictionary<string, string>(StringComparer.Ordinal);
        var phoneHolder = new Dictionary<string, string>(StringComparer.Ordinal);
        var deviceOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        var accountPhone = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in _links)
        {
            switch (link.Kind)
            {
                case LinkKind.HoldsAccount when link.ToKind == EntityKind.Account:
                    accountHolder.TryAdd(link.ToId, link.FromId);
                    break;
                case LinkKind.HoldsPhone when link.ToKind == EntityKind.Phone:
                    phoneHolder.TryAdd(link.ToId, link.FromId);
                    break;
                case LinkKind.OwnsDevice when link.ToKind == EntityKind.Device:
                    deviceOwner.TryAdd(link.ToId, link.FromId);
                    break;
                case LinkKind.AccountPhone when link.FromKind == EntityKind.Account && link.ToKind == EntityKind.Phone:
                    accountPhone.TryAdd(link.FromId, link.ToId);
                    break;
            }
        }

        var accounts = new StringInterner();
        var accountProfiles = new AccountProfile[Math.Max(16, _accounts.Count)];
        Array.Fill(accountProfiles, AccountProfile.Unknown);
        foreach (var a in _accounts)
        {
            var i = accounts.Intern(a.AccountNumber);
            var holderId = string.IsNullOrEmpty(a.HolderId) ? accountHolder.GetValueOrDefault(a.AccountNumber) : a.HolderId;
            accountProfiles[i] = ProfileOf(a, holderId is null ? -1 : holders.Intern(holderId), holderId, asOf);
        }

        var phones = new StringInterner();
        var phoneProfiles = new PhoneProfile[Math.Max(16, _phones.Count)];
        Array.Fill(phoneProfiles, PhoneProfile.Unknown);
        foreach (var p in _phones)
        {
            var number = p.Number.Reveal();
            var i = phones.Intern(number);
            var holderId = string.IsNullOrEmpty(p.HolderId) ? phoneHolder.GetValueOrDefault(number) : p.HolderId;
            phoneProfiles[i] = new PhoneProfile
            {
                Holder = holderId is null ? -1 : holders.Intern(holderId),
                ActivatedDay = EngineTime.DayOf(p.Activated),
                InReference = true,
                Operator = (byte)p.Operator,
            };
        }

        var devices = new StringInterner();
        var owners = new List<int>();
        foreach (var d in _devices)
        {
            devices.Intern(d.Id.Reveal());
            var owner = d.OwnerId ?? deviceOwner.GetValueOrDefault(d.Id.Reveal());
            owners.Add(owner is null ? -1 : holders.Intern(owner));
        }

        var bound = new int[accounts.Count];
        Array.Fill(bound, -1);
        foreach (var (account, phone) in accountPhone)
        {
            var a = accounts.Find(account);
            if (a >= 0)
            {
                bound[a] = phones.Find(phone);
            }
        }

        var holderProfiles = BuildHolderProfiles(holders, accounts.Count, accountProfiles, phones.Count, phoneProfiles);
        return new ReferenceData(
            accounts, accountProfiles, phones, phoneProfiles, holders, holderProfiles, devices, [.. owners], bound,
            Adjacency(holders.Count, accounts.Count, i => accountProfiles[i].Holder),
            Adjacency(holders.Count, phones.Count, i => phoneProfiles[i].Holder));
    }

    private AccountProfile ProfileOf(BankAccount a, int holder, string? holderId, DateOnly asOf)
    {
        var flags = AccountFlags.InReference;
        if (a.HolderKind == AccountHolderKind.Corporate)
        {
            flags |= AccountFlags.Corporate;
        }

        if (CashPoints.IsCash(a.AccountNumber))
        {
            flags |= AccountFlags.Cash;
        }

        flags |= a.Class == AccountClass.ClassI ? AccountFlags.ClassI : AccountFlags.Electronic;
        if (a.Status == AccountStatus.Dormant)
        {
            flags |= AccountFlags.Dormant;
        }

        byte occupation = 0, age = 0;
        if (holderId is not null && _people.TryGetValue(holderId, out var person))
        {
            occupation = (byte)person.Occupation;
            age = (byte)Math.Clamp(person.AgeOn(asOf), 0, 255);
            if (person.Occupation == Occupation.Student)
            {
                flags |= AccountFlags.Student;
            }
        }
        else if (holderId is not null && _companies.TryGetValue(holderId, out var company) && BusinessScope.IsConsumerFacing(company.BusinessScope))
        {
            flags |= AccountFlags.ConsumerFacing;
        }

        return new AccountProfile
        {
            Holder = holder,
            OpenedDay = EngineTime.DayOf(a.Opened),
            LastActivityDay = _lastActivity.TryGetValue(a.AccountNumber, out var last) ? EngineTime.DayOf(last) : int.MinValue,
            Flags = flags,
            Occupation = occupation,
            Age = age,
        };
    }

    private HolderProfile[] BuildHolderProfiles(StringInterner holders, int accountCount, AccountProfile[] accounts, int phoneCount, PhoneProfile[] phones)
    {
        var profiles = new HolderProfile[holders.Count];
        var classIPerBank = new Dictionary<(int Holder, string Bank), int>();
        for (var i = 0; i < accountCount; i++)
        {
            var h = accounts[i].Holder;
            if (h < 0)
            {
                continue;
            }

            profiles[h].Accounts = Saturate(profiles[h].Accounts + 1);
            if ((accounts[i].Flags & (AccountFlags.ClassI | AccountFlags.Corporate)) == AccountFlags.ClassI)
            {
                var key = (h, _accounts[i].BankCode);
                var n = classIPerBank.GetValueOrDefault(key) + 1;
                classIPerBank[key] = n;
                profiles[h].MaxClassIPerBank = (byte)Math.Min(255, Math.Max(profiles[h].MaxClassIPerBank, n));
            }
        }

        var simsPerOperator = new Dictionary<(int Holder, byte Operator), int>();
        for (var i = 0; i < phoneCount; i++)
        {
            var h = phones[i].Holder;
            if (h < 0)
            {
                continue;
            }

            profiles[h].Sims = Saturate(profiles[h].Sims + 1);
            var key = (h, phones[i].Operator);
            var n = simsPerOperator.GetValueOrDefault(key) + 1;
            simsPerOperator[key] = n;
            profiles[h].MaxSimsPerOperator = (byte)Math.Min(255, Math.Max(profiles[h].MaxSimsPerOperator, n));
        }

        var perAddress = _companies.Values
            .GroupBy(c => c.RegisteredAddress.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var c in _companies.Values)
        {
            ref var p = ref profiles[holders.Find(c.Id)];
            p.IsCompany = true;
            p.CompaniesAtAddress = Saturate(perAddress[c.RegisteredAddress.Trim()]);
            p.NotOperating = c.Status is CompanyStatus.NotOperating or CompanyStatus.Abnormal or CompanyStatus.Deregistered;
        }

        return profiles;
    }

    private static (int[] Start, int[] Items) Adjacency(int holders, int count, Func<int, int> holderOf)
    {
        var start = new int[holders + 1];
        for (var i = 0; i < count; i++)
        {
            var h = holderOf(i);
            if (h >= 0)
            {
                start[h + 1]++;
            }
        }

        for (var h = 0; h < holders; h++)
        {
            start[h + 1] += start[h];
        }

        var items = new int[start[holders]];
        var fill = (int[])start.Clone();
        for (var i = 0; i < count; i++)
        {
            var h = holderOf(i);
            if (h >= 0)
            {
                items[fill[h]++] = i;
            }
        }

        return (start, items);
    }

    private static ushort Saturate(int n) => (ushort)Math.Min(ushort.MaxValue, n);

    private bool Count(bool added)
    {
        if (!added)
        {
            Duplicates++;
        }

        return added;
    }
}
