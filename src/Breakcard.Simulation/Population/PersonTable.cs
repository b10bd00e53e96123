using Breakcard.Core.People;
using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Population;

/// <summary>Behaviour flags of a person.</summary>
[Flags]
internal enum PersonFlags : byte
{
    None = 0,

    /// <summary>Uses mobile banking (logs in).</summary>
    UsesApp = 1,

    /// <summary>Has a second SIM in the same handset.</summary>
    DualSim = 2,

    /// <summary>Lives on a college campus.</summary>
    OnCampus = 4,

    /// <summary>Aids a ring (seller, dealer, mule, …): excluded from victim selection.</summary>
    Aider = 8,

    /// <summary>Chosen as a victim.</summary>
    Victim = 16,

    /// <summary>Moves every inflow of the primary account on to a wallet account within minutes
    /// (all sweepers, and some shopkeepers whose takings are swept automatically).</summary>
    Sweeps = 32,
}

/// <summary>
/// Every person of the city as parallel arrays (struct of arrays): a million people cost tens of
/// megabytes and no per-person objects. Person index i has id "P" + (i + 1) in seven digits.
/// </summary>
internal sealed class PersonTable
{
    public PersonTable(int count)
    {
        Count = count;
        Gender = new Gender[count];
        BirthDate = new DateOnly[count];
        Education = new Education[count];
        Occupation = new Occupation[count];
        Persona = new Persona[count];
        Flags = new PersonFlags[count];
        HomeRegion = new short[count];
        District = new short[count];
        IdSequence = new short[count];
        Address = new int[count];
        EmployerCompany = new int[count];
        EmployerPerson = new int[count];
        Spouse = new int[count];
        Parent = new int[count];
        Child = new int[count];
        HomeCell = new int[count];
        WorkCell = new int[count];
        HomeIp = new uint[count];
        Activity = new float[count];
        PriorConvictionYear = new short[count];
        Array.Fill(EmployerCompany, -1);
        Array.Fill(EmployerPerson, -1);
        Array.Fill(Spouse, -1);
        Array.Fill(Parent, -1);
        Array.Fill(Child, -1);
    }

    public int Count { get; }

    public Gender[] Gender { get; }

    public DateOnly[] BirthDate { get; }

    public Education[] Education { get; }

    public Occupation[] Occupation { get; }

    public Persona[] Persona { get; }

    public PersonFlags[] Flags { get; }

    /// <summary>Region index (<see cref="Regions.All"/>) of the household registration.</summary>
    public short[] HomeRegion { get; }

    /// <summary>Region index of the Chengdu district the person lives in.</summary>
    public short[] District { get; }

    /// <summary>Sequence digits (0–999) of the identity number.</summary>
    public short[] IdSequence { get; }

    /// <summary>Address key: members of one household share it.</summary>
    public int[] Address { get; }

    public int[] EmployerCompany { get; }

    public int[] EmployerPerson { get; }

    public int[] Spouse { get; }

    public int[] Parent { get; }

    public int[] Child { get; }

    public int[] HomeCell { get; }

    public int[] WorkCell { get; }

    public uint[] HomeIp { get; }

    /// <summary>Relative spending and calling activity (mean 1).</summary>
    public float[] Activity { get; }

    /// <summary>Year of a prior conviction for the same crime (recidivists), or 0.</summary>
    public short[] PriorConvictionYear { get; }

    /// <summary>Friends of each person (compressed rows: <see cref="FriendStart"/>[i] .. [i + 1]).</summary>
    public int[] FriendStart { get; set; } = [];

    public int[] Friends { get; set; } = [];

    public static string IdOf(int person) => "P" + (person + 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public int AgeOn(int person, DateOnly date) => Ages.Between(BirthDate[person], date);

    public bool Has(int person, PersonFlags flag) => (Flags[person] & flag) != 0;

    public ReadOnlySpan<int> FriendsOf(int person) => Friends.AsSpan(FriendStart[person], FriendStart[person + 1] - FriendStart[person]);
}
