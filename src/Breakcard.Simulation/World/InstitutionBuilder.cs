using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.World;

/// <summary>
/// Banks and operators (as employers and as companies with accounts), their branches, outlets and
/// staff; cash terminals; and the institutions everyone pays or is paid by (pension fund,
/// utilities, online platforms, courier companies, public bodies).
/// </summary>
internal static class InstitutionBuilder
{
    /// <summary>Relative market shares of personal accounts, in <see cref="BankCatalog.Banks"/> order.</summary>
    public static readonly double[] BankShares = [14, 13, 12, 9, 9, 5, 6, 3, 3, 2, 2, 2, 2, 1, 1, 8, 8];

    /// <summary>Subscriber shares of the operators (China Mobile, Unicom, Telecom, Broadnet, virtual).</summary>
    public static readonly (MobileOperator Operator, double Share)[] OperatorShares =
        [(MobileOperator.ChinaMobile, 58), (MobileOperator.ChinaUnicom, 17), (MobileOperator.ChinaTelecom, 22), (MobileOperator.ChinaBroadnet, 1), (MobileOperator.Virtual, 2)];

    public static void Build(SimWorld world, SeededRandom random)
    {
        var people = world.People;
        var districtWeights = Regions.WeightsOf(Regions.ChengduDistricts);
        var inst = world.Institutions;

        // Branches and outlets are numbered within their bank (operator) and district: ICBC-510104-03.
        var numbers = new Dictionary<(int, int), int>();
        int Next(int owner, int district) => numbers[(owner, district)] = numbers.GetValueOrDefault((owner, district)) + 1;
        var branchCount = Math.Max(20, people.Count / 800);
        for (var i = 0; i < branchCount; i++)
        {
            // Every bank has at least one branch; the rest follow market share.
            var bank = i < BankCatalog.Banks.Count ? i : random.PickWeighted(BankShares);
            var district = Regions.ChengduDistricts[random.PickWeighted(districtWeights)];
            inst.AddBranch(bank, district, Next(bank, district));
        }

        var outletCount = Math.Max(10, people.Count / 2_000);
        var opWeights = Array.ConvertAll(OperatorShares, o => o.Share);
        for (var i = 0; i < outletCount; i++)
        {
            var op = i < OperatorShares.Length ? OperatorShares[i].Operator : OperatorShares[random.PickWeighted(opWeights)].Operator;
            var district = Regions.ChengduDistricts[random.PickWeighted(districtWeights)];
            inst.AddOutlet(op, district, Next(100 + (int)op, district));
        }

        var atms = Math.Max(15, people.Count / 600);
        for (var i = 0; i < atms; i++)
        {
            inst.AddTerminal(TerminalKind.Atm, Regions.ChengduDistricts[random.PickWeighted(districtWeights)], i + 1);
        }

        for (var i = 0; i < Math.Max(8, people.Count / 3_000); i++)
        {
            inst.AddTerminal(TerminalKind.Pos, Regions.ChengduDistricts[random.PickWeighted(districtWeights)], i + 1);
        }

        AddInstitutionCompanies(world, random);
        AssignStaff(world, random);
    }

    private static void AddInstitutionCompanies(SimWorld world, SeededRandom random)
    {
        var companies = world.Companies;
        var hq = Regions.ChengduDistricts[0];
        for (var b = 0; b < BankCatalog.Banks.Count; b++)
        {
            var name = BankCatalog.Banks[b].ChineseName + (b >= 15 ? "股份有限公司" : "股份有限公司成都分行");
            companies.Add(CompanyKind.Bank, name, -1, hq, 1_000 + (ulong)b, -9_000, CompanyStatus.Operating, 10, b);
        }

        companies.Add(CompanyKind.Telecom, "中国移动通信集团四川有限公司成都分公司", -1, hq, 1_100, -9_000, CompanyStatus.Operating, 10, (int)MobileOperator.ChinaMobile);
        companies.Add(CompanyKind.Telecom, "中国联合网络通信有限公司成都市分公司", -1, hq, 1_101, -9_000, CompanyStatus.Operating, 10, (int)MobileOperator.ChinaUnicom);
        companies.Add(CompanyKind.Telecom, "中国电信股份有限公司成都分公司", -1, hq, 1_102, -9_000, CompanyStatus.Operating, 10, (int)MobileOperator.ChinaTelecom);
        companies.Add(CompanyKind.Telecom, "中国广电四川网络股份有限公司成都分公司", -1, hq, 1_103, -5_000, CompanyStatus.Operating, 10, (int)MobileOperator.ChinaBroadnet);
        companies.Add(CompanyKind.Telecom, "成都蜀信移动转售有限公司", -1, hq, 1_104, -3_000, CompanyStatus.Operating, 10, (int)MobileOperator.Virtual);
        companies.Add(CompanyKind.SocialSecurity, "成都市社会保险事业管理局", -1, hq, 1_200, -12_000, CompanyStatus.Operating, 0, -1);
        companies.Add(CompanyKind.Utility, "国网四川省电力公司成都供电公司", -1, hq, 1_201, -12_000, CompanyStatus.Operating, 10, -1);
        companies.Add(CompanyKind.Utility, "成都市自来水有限责任公司", -1, hq, 1_202, -12_000, CompanyStatus.Operating, 10, -1);
        companies.Add(CompanyKind.Utility, "成都城市燃气有限责任公司", -1, hq, 1_203, -12_000, CompanyStatus.Operating, 10, -1);
        for (var i = 0; i < 3; i++)
        {
            companies.Add(CompanyKind.Public, $"成都市第{"一二三"[i]}公共服务中心", -1, Regions.ChengduDistricts[i], 1_210 + (ulong)i, -12_000, CompanyStatus.Operating, 15, -1);
        }

        for (var i = 0; i < 4; i++)
        {
            companies.Add(CompanyKind.Platform, null, -1, Regions.ChengduDistricts[random.NextInt(Regions.ChengduDistricts.Length)], 1_300 + (ulong)i, -4_000, CompanyStatus.Operating, 20, -1);
        }

        for (var i = 0; i < 3; i++)
        {
            companies.Add(CompanyKind.Courier, null, -1, Regions.ChengduDistricts[random.NextInt(Regions.ChengduDistricts.Length)], 1_400 + (ulong)i, -4_000, CompanyStatus.Operating, 15, -1);
        }
    }

    private static void AssignStaff(SimWorld world, SeededRandom random)
    {
        var people = world.People;
        var inst = world.Institutions;
        var bankers = new List<int>();
        var clerks = new List<int>();
        for (var p = 0; p < people.Count; p++)
        {
            if (people.Occupation[p] == Occupation.BankInsider)
            {
                bankers.Add(p);
            }
            else if (people.Occupation[p] == Occupation.TelecomInsider)
            {
                clerks.Add(p);
            }
        }

        // Small cities may have fewer bank or telecom employees than branches: hire employees.
        Hire(people, random, bankers, inst.Branches.Count, Occupation.BankInsider);
        Hire(people, random, clerks, inst.Outlets.Count, Occupation.TelecomInsider);
        for (var i = 0; i < bankers.Count; i++)
        {
            var branch = i < inst.Branches.Count ? i : random.NextInt(inst.Branches.Count);
            inst.BranchStaff[branch].Add(bankers[i]);
            people.EmployerCompany[bankers[i]] = inst.Branches[branch].Bank;
            people.WorkCell[bankers[i]] = Cells.Pick(inst.Branches[branch].District, (ulong)branch);
        }

        var operatorCompany = BankCatalog.Banks.Count;
        for (var i = 0; i < clerks.Count; i++)
        {
            var outlet = i < inst.Outlets.Count ? i : random.NextInt(inst.Outlets.Count);
            inst.OutletStaff[outlet].Add(clerks[i]);
            people.EmployerCompany[clerks[i]] = operatorCompany + (int)inst.Outlets[outlet].Operator - 1;
            people.WorkCell[clerks[i]] = Cells.Pick(inst.Outlets[outlet].District, (ulong)outlet + 7);
        }
    }

    private static void Hire(PersonTable people, SeededRandom random, List<int> staff, int needed, Occupation occupation)
    {
        for (var attempt = 0; staff.Count < needed && attempt < people.Count * 4; attempt++)
        {
            var p = random.NextInt(people.Count);
            if (people.Occupation[p] == Occupation.Employee && people.Education[p] >= Education.SeniorHigh && !people.Has(p, PersonFlags.Aider))
            {
                people.Occupation[p] = occupation;
                staff.Add(p);
            }
        }
    }
}
