using Breakcard.Core.People;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.World;

/// <summary>
/// The indexes everyday flows need: where people shop, whom they pay bills to, who rents from
/// whom (and which landlords are agents forwarding rents to owners).
/// </summary>
internal static class LifeIndex
{
    public static void Build(SimWorld world, SeededRandom random)
    {
        var people = world.People;
        var companies = world.Companies;
        for (var c = 0; c < companies.Count; c++)
        {
            var account = companies.Account[c];
            switch (companies.Kind[c])
            {
                case CompanyKind.Platform:
                    world.PlatformAccounts.Add(account);
                    break;
                case CompanyKind.Utility:
                    world.UtilityAccounts.Add(account);
                    break;
                case CompanyKind.Telecom:
                    world.OperatorAccounts[companies.Institution[c]] = account;
                    break;
                case CompanyKind.SocialSecurity:
                    world.PensionAccount = account;
                    break;
                case CompanyKind.Retail or CompanyKind.Catering:
                    MerchantList(world, companies.District[c]).Add(account);
                    break;
            }
        }

        for (var p = 0; p < people.Count; p++)
        {
            if (people.Persona[p] == Persona.Merchant)
            {
                MerchantList(world, people.District[p]).Add(world.Primary[p]);
            }
        }

        AssignTenants(world, random);
    }

    private static List<int> MerchantList(SimWorld world, int district)
    {
        if (!world.MerchantsIn.TryGetValue(district, out var list))
        {
            world.MerchantsIn[district] = list = [];
        }

        return list;
    }

    /// <summary>
    /// Young adults living away from parents, and migrants, rent from landlords; two landlords in
    /// five are rent agents (二房东) who forward the rents to the owners, keeping a fee — a
    /// monthly collect-and-forward that looks like pass-through to a naive rule.
    /// </summary>
    private static void AssignTenants(SimWorld world, SeededRandom random)
    {
        var people = world.People;
        var start = world.Calendar.Start;
        var landlords = new List<int>();
        var owners = new List<int>();
        for (var p = 0; p < people.Count; p++)
        {
            if (people.Persona[p] == Persona.Landlord)
            {
                landlords.Add(p);
            }
            else if (people.AgeOn(p, start) >= 45 && people.Occupation[p] is Occupation.Retired or Occupation.SelfEmployed)
            {
                owners.Add(p);
            }
        }

        if (landlords.Count == 0)
        {
            return;
        }

        foreach (var l in landlords)
        {
            if (owners.Count > 0 && random.Chance(0.4))
            {
                var n = random.NextInt(1, 4);
                var list = new int[n];
                for (var k = 0; k < n; k++)
                {
                    list[k] = owners[random.NextInt(owners.Count)];
                }

                world.RentOwners[l] = list;
            }
        }

        for (var p = 0; p < people.Count; p++)
        {
            var age = people.AgeOn(p, start);
            var renter = age is >= 20 and <= 45 && !people.Has(p, PersonFlags.OnCampus) && people.Persona[p] != Persona.Landlord
                && (people.Parent[p] < 0 || people.Address[p] != people.Address[people.Parent[p]]);
            if (renter && random.Chance(Regions.All[people.HomeRegion[p]].Kind == RegionKind.ChengduDistrict ? 0.25 : 0.6))
            {
                world.Landlord[p] = landlords[random.NextInt(landlords.Count)];
                world.RentFen[p] = random.NextInt(8, 40) * 10_000L;
                world.RentDay[p] = (byte)random.NextInt(1, 6);
            }
        }
    }
}
