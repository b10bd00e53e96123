using Breakcard.Simulation.Events;
using Breakcard.Simulation.Population;

namespace Breakcard.Simulation.World;

/// <summary>
/// The static city: every entity, built once before the first day and never grown afterwards,
/// plus the indexes normal life draws on. Its size is proportional to the population and does
/// not depend on the number of days.
/// </summary>
internal sealed class SimWorld(SimCalendar calendar, ulong seed, PersonTable people)
{
    public SimCalendar Calendar { get; } = calendar;

    public ulong Seed { get; } = seed;

    public PersonTable People { get; } = people;

    public AccountTable Accounts { get; } = new();

    public PhoneTable Phones { get; } = new();

    public DeviceTable Devices { get; } = new();

    public CompanyTable Companies { get; } = new();

    public Institutions Institutions { get; } = new();

    public IdentifierFactory Ids { get; } = new(seed);

    /// <summary>Per person: primary, secondary, wallet and dormant accounts (-1 when none).</summary>
    public int[] Primary { get; } = Filled(people.Count);

    public int[] Secondary { get; } = Filled(people.Count);

    public int[] Wallet { get; } = Filled(people.Count);

    public int[] DormantCard { get; } = Filled(people.Count);

    /// <summary>Per person: main phone card, second SIM, handset and computer (-1 when none).</summary>
    public int[] Phone { get; } = Filled(people.Count);

    public int[] Phone2 { get; } = Filled(people.Count);

    public int[] Handset { get; } = Filled(people.Count);

    public int[] Computer { get; } = Filled(people.Count);

    /// <summary>Per person: a handset bought during the period and the day it replaces the old one (-1 none).</summary>
    public int[] NewHandset { get; } = Filled(people.Count);

    public int[] NewHandsetDay { get; } = Filled(people.Count);

    /// <summary>Per person: the day the holder takes a dormant card back into use (-1 never).</summary>
    public int[] RevivalDay { get; } = Filled(people.Count);

    /// <summary>The handset a person uses on <paramref name="day"/> (-1 when none).</summary>
    public int HandsetOn(int person, int day) =>
        NewHandset[person] >= 0 && day >= NewHandsetDay[person] ? NewHandset[person] : Handset[person];

    /// <summary>Per tenant: landlord (person), monthly rent in fen and rent day; -1 when not renting.</summary>
    public int[] Landlord { get; } = Filled(people.Count);

    public long[] RentFen { get; } = new long[people.Count];

    public byte[] RentDay { get; } = new byte[people.Count];

    /// <summary>Per landlord who is a rent agent: the owners rents are forwarded to.</summary>
    public Dictionary<int, int[]> RentOwners { get; } = [];

    /// <summary>Local merchants' receiving accounts by district region index.</summary>
    public Dictionary<int, List<int>> MerchantsIn { get; } = [];

    public List<int> PlatformAccounts { get; } = [];

    public List<int> UtilityAccounts { get; } = [];

    /// <summary>Basic account of each operator company, by <see cref="Breakcard.Core.Telecom.MobileOperator"/> value.</summary>
    public Dictionary<int, int> OperatorAccounts { get; } = [];

    public int PensionAccount { get; set; } = -1;

    /// <summary>Suppliers each company (or merchant person, keyed by -1 - person) buys from.</summary>
    public Dictionary<int, int[]> Suppliers { get; } = [];

    /// <summary>Employees of each company, and staff of each individual employer (keyed by -1 - person).</summary>
    public Dictionary<int, List<int>> Staff { get; } = [];

    /// <summary>Monthly salary of each employee in fen.</summary>
    public long[] Salary { get; } = new long[people.Count];

    private static int[] Filled(int n)
    {
        var a = new int[n];
        Array.Fill(a, -1);
        return a;
    }
}
