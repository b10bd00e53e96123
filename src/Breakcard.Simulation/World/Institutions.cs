using System.Globalization;
using Breakcard.Core.Accounts;
using Breakcard.Core.Telecom;
using Breakcard.Simulation.Population;

namespace Breakcard.Simulation.World;

/// <summary>Kinds of cash point (ADR 3: cash is a pseudo-account CASH:&lt;terminal&gt;).</summary>
internal enum TerminalKind : byte
{
    Atm = 1,

    /// <summary>A POS terminal at a gold, phone or luxury shop: buying goods takes money out as surely as cash.</summary>
    Pos = 2,

    /// <summary>A branch counter (over-the-counter cash).</summary>
    Counter = 3,
}

/// <summary>
/// Bank branches and their tellers, operator outlets and their clerks, and cash terminals. Branch
/// and outlet staff are people of the city (occupation bank or telecom insider), so an account's
/// <c>opened_by</c> points at a person, which is what makes an insider's breaches observable.
/// </summary>
internal sealed class Institutions
{
    public List<(byte Bank, short District, short Number)> Branches { get; } = [];

    public List<List<int>> BranchStaff { get; } = [];

    public List<(MobileOperator Operator, short District, short Number)> Outlets { get; } = [];

    public List<List<int>> OutletStaff { get; } = [];

    public List<(TerminalKind Kind, short District, int Number)> Terminals { get; } = [];

    /// <summary>Branch indices by district region index.</summary>
    public Dictionary<int, List<int>> BranchesIn { get; } = [];

    public Dictionary<int, List<int>> OutletsIn { get; } = [];

    public Dictionary<int, List<int>> AtmsIn { get; } = [];

    public Dictionary<int, List<int>> PosIn { get; } = [];

    /// <summary>Terminal index of each branch's counter.</summary>
    public List<int> CounterOf { get; } = [];

    public string BranchId(int branch)
    {
        var (bank, district, number) = Branches[branch];
        return string.Create(CultureInfo.InvariantCulture, $"{BankCatalog.Banks[bank].Code}-{Regions.All[district].Code}-{number:00}");
    }

    public string OutletId(int outlet)
    {
        var (op, district, number) = Outlets[outlet];
        var code = op switch
        {
            MobileOperator.ChinaMobile => "CM",
            MobileOperator.ChinaUnicom => "CU",
            MobileOperator.ChinaTelecom => "CT",
            MobileOperator.ChinaBroadnet => "CB",
            _ => "MV",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{code}-{Regions.All[district].Code}-{number:00}");
    }

    /// <summary>The terminal id after the CASH: prefix, for example "ATM-510104-0031" or "BR-ICBC-510104-01".</summary>
    public string TerminalId(int terminal)
    {
        var (kind, district, number) = Terminals[terminal];
        return kind switch
        {
            TerminalKind.Atm => string.Create(CultureInfo.InvariantCulture, $"ATM-{Regions.All[district].Code}-{number:0000}"),
            TerminalKind.Pos => string.Create(CultureInfo.InvariantCulture, $"POS-{Regions.All[district].Code}-{number:0000}"),
            _ => "BR-" + BranchId(number),
        };
    }

    public int AddBranch(int bank, int district, int number)
    {
        Branches.Add(((byte)bank, (short)district, (short)number));
        BranchStaff.Add([]);
        Add(BranchesIn, district, Branches.Count - 1);
        CounterOf.Add(AddTerminal(TerminalKind.Counter, district, Branches.Count - 1));
        return Branches.Count - 1;
    }

    public int AddOutlet(MobileOperator op, int district, int number)
    {
        Outlets.Add((op, (short)district, (short)number));
        OutletStaff.Add([]);
        Add(OutletsIn, district, Outlets.Count - 1);
        return Outlets.Count - 1;
    }

    public int AddTerminal(TerminalKind kind, int district, int number)
    {
        Terminals.Add((kind, (short)district, number));
        var index = Terminals.Count - 1;
        if (kind == TerminalKind.Atm)
        {
            Add(AtmsIn, district, index);
        }
        else if (kind == TerminalKind.Pos)
        {
            Add(PosIn, district, index);
        }

        return index;
    }

    private static void Add(Dictionary<int, List<int>> map, int key, int value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
