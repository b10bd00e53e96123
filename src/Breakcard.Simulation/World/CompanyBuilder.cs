using Breakcard.Core.Companies;
using Breakcard.Core.People;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.World;

/// <summary>
/// Ordinary businesses with their legal representatives, employees, payroll, suppliers and basic
/// accounts — including corporate groups that share one address and one legal representative
/// (a legitimate look-alike of a shell factory).
/// </summary>
internal static class CompanyBuilder
{
    private static readonly (CompanyKind Kind, double Weight)[] BusinessKinds =
    [
        (CompanyKind.Retail, 20), (CompanyKind.Catering, 18), (CompanyKind.Trading, 15), (CompanyKind.Manufacturing, 8),
        (CompanyKind.Tech, 8), (CompanyKind.Construction, 8), (CompanyKind.Logistics, 6), (CompanyKind.Property, 7),
    ];

    private static readonly int[] Paydays = [5, 10, 15, 20, 25, 28];

    public static void Build(SimWorld world, SeededRandom random)
    {
        var people = world.People;
        var companies = world.Companies;
        var start = world.Calendar.Start;
        var reps = new List<int>();
        for (var p = 0; p < people.Count; p++)
        {
            var age = people.AgeOn(p, start);
            if (age is >= 28 and <= 65 && people.Occupation[p] is Occupation.SelfEmployed or Occupation.Employee && !people.Has(p, PersonFlags.Aider))
            {
                reps.Add(p);
            }
        }

        var count = Math.Max(20, people.Count / 40);
        var weights = Array.ConvertAll(BusinessKinds, k => k.Weight);
        var districtWeights = Regions.WeightsOf(Regions.ChengduDistricts);
        var groups = 0;
        for (var i = 0; i < count;)
        {
            var kind = BusinessKinds[random.PickWeighted(weights)].Kind;
            var district = Regions.ChengduDistricts[random.PickWeighted(districtWeights)];
            var rep = reps.Count > 0 ? reps[random.NextInt(reps.Count)] : random.NextInt(people.Count);
            var members = random.Chance(0.05) ? 3 : 1;
            var address = 10_000 + (ulong)companies.Count;
            for (var m = 0; m < members && i < count; m++, i++)
            {
                var c = companies.Add(members > 1 && m > 0 ? BusinessKinds[random.PickWeighted(weights)].Kind : kind, null, rep, district,
                    address, -random.NextInt(200, 6_000), CompanyStatus.Operating, Paydays[random.NextInt(Paydays.Length)], -1);
                if (members > 1)
                {
                    companies.Group[c] = groups;
                }
            }

            groups += members > 1 ? 1 : 0;
        }

        // A few registration agents (代办) file companies for a living: one agent behind many
        // companies is normal, and only together with one address and idle accounts a shell factory.
        var agents = new List<int>();
        for (var k = 0; k < Math.Max(3, count / 150) && reps.Count > 0; k++)
        {
            agents.Add(reps[random.NextInt(reps.Count)]);
        }

        for (var c = 0; c < companies.Count; c++)
        {
            if (companies.Kind[c] is >= CompanyKind.Retail and <= CompanyKind.Property && agents.Count > 0 && random.Chance(0.3))
            {
                companies.Agent[c] = agents[random.NextInt(agents.Count)];
            }
        }

        for (var c = 0; c < companies.Count; c++)
        {
            var persona = companies.Kind[c] is CompanyKind.Platform or CompanyKind.Retail or CompanyKind.Catering or CompanyKind.Utility or CompanyKind.Telecom
                ? Persona.Merchant
                : Persona.Employer;
            // A bank keeps its own basic account with itself.
            var bank = companies.Kind[c] == CompanyKind.Bank ? companies.Institution[c] : AccountOpening.PickBank(random);
            AccountOpening.Corporate(world, random, c, bank, companies.Registered[c] + random.NextInt(5, 60), persona);
        }

        AssignEmployees(world, random);
        AssignSuppliers(world, random);
    }

    private static void AssignEmployees(SimWorld world, SeededRandom random)
    {
        var people = world.People;
        var companies = world.Companies;
        var byKind = new Dictionary<CompanyKind, List<int>>();
        var businesses = new List<int>();
        for (var c = 0; c < companies.Count; c++)
        {
            if (!byKind.TryGetValue(companies.Kind[c], out var list))
            {
                byKind[companies.Kind[c]] = list = [];
            }

            list.Add(c);
            if (companies.Kind[c] is >= CompanyKind.Retail and <= CompanyKind.Property)
            {
                businesses.Add(c);
            }
        }

        var individualEmployers = new List<int>();
        for (var p = 0; p < people.Count; p++)
        {
            if (people.Persona[p] == Persona.Employer)
            {
                individualEmployers.Add(p);
            }
        }

        for (var p = 0; p < people.Count; p++)
        {
            var occupation = people.Occupation[p];
            if (people.EmployerCompany[p] >= 0 || occupation is Occupation.Student or Occupation.Unemployed or Occupation.Retired
                or Occupation.Farmer or Occupation.SelfEmployed)
            {
                // Insiders were placed with their branch or outlet already.
                if (people.EmployerCompany[p] >= 0)
                {
                    AddStaff(world, people.EmployerCompany[p], p, random, occupation);
                }

                continue;
            }

            if (people.Persona[p] == Persona.Courier)
            {
                AddStaff(world, Pick(byKind[CompanyKind.Courier], random, false), p, random, occupation);
            }
            else if (occupation == Occupation.TechEmployee && byKind.TryGetValue(CompanyKind.Tech, out var tech))
            {
                AddStaff(world, Pick(tech, random, true), p, random, occupation);
            }
            else if (occupation == Occupation.PublicSector)
            {
                AddStaff(world, Pick(byKind[CompanyKind.Public], random, false), p, random, occupation);
            }
            else if (individualEmployers.Count > 0 && random.Chance(0.12))
            {
                var boss = individualEmployers[random.NextInt(individualEmployers.Count)];
                people.EmployerPerson[p] = boss;
                Staff(world, -1 - boss).Add(p);
                world.Salary[p] = SalaryOf(random, occupation) * 8 / 10;
                people.WorkCell[p] = people.HomeCell[boss];
            }
            else
            {
                AddStaff(world, Pick(businesses, random, true), p, random, occupation);
            }
        }
    }

    private static void AddStaff(SimWorld world, int company, int person, SeededRandom random, Occupation occupation)
    {
        world.People.EmployerCompany[person] = company;
        Staff(world, company).Add(person);
        world.Salary[person] = SalaryOf(random, occupation);
        if (world.People.Persona[person] != Persona.Courier)
        {
            world.People.WorkCell[person] = Cells.Pick(world.Companies.District[company], (ulong)company);
        }
    }

    private static List<int> Staff(SimWorld world, int key)
    {
        if (!world.Staff.TryGetValue(key, out var list))
        {
            world.Staff[key] = list = [];
        }

        return list;
    }

    private static long SalaryOf(SeededRandom random, Occupation occupation)
    {
        var median = occupation switch
        {
            Occupation.TechEmployee => 15_000,
            Occupation.BankInsider => 9_000,
            Occupation.PublicSector => 8_000,
            Occupation.TelecomInsider => 6_500,
            _ => 5_500,
        };
        return (long)Math.Round(random.LogNormal(median, 0.3) / 10) * 1_000; // whole tens of yuan, in fen
    }

    /// <summary>Skewed choice: a few large employers, many small ones.</summary>
    private static int Pick(List<int> list, SeededRandom random, bool skewed)
    {
        var u = random.NextDouble();
        return list[(int)((skewed ? u * u : u) * list.Count)];
    }

    private static void AssignSuppliers(SimWorld world, SeededRandom random)
    {
        var companies = world.Companies;
        var wholesalers = new List<int>();
        for (var c = 0; c < companies.Count; c++)
        {
            if (companies.Kind[c] is CompanyKind.Trading or CompanyKind.Manufacturing or CompanyKind.Logistics)
            {
                wholesalers.Add(c);
            }
        }

        if (wholesalers.Count == 0)
        {
            return;
        }

        for (var c = 0; c < companies.Count; c++)
        {
            if (companies.Kind[c] is >= CompanyKind.Retail and <= CompanyKind.Property)
            {
                world.Suppliers[c] = PickSuppliers(wholesalers, random, c);
            }
        }

        var people = world.People;
        for (var p = 0; p < people.Count; p++)
        {
            if (people.Persona[p] == Persona.Merchant)
            {
                world.Suppliers[-1 - p] = PickSuppliers(wholesalers, random, -1);
            }
        }
    }

    private static int[] PickSuppliers(List<int> wholesalers, SeededRandom random, int self)
    {
        var n = random.NextInt(1, 4);
        var result = new List<int>(n);
        for (var k = 0; k < n; k++)
        {
            var s = wholesalers[random.NextInt(wholesalers.Count)];
            if (s != self && !result.Contains(s))
            {
                result.Add(s);
            }
        }

        return [.. result];
    }
}
