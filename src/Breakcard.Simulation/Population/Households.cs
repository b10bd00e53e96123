using Breakcard.Core.People;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Population;

/// <summary>
/// Family and social ties: couples, parents of the young, children of the old, shared homes
/// (and so shared broadband addresses), campus dormitories, and a handful of friends each. These
/// ties carry the family transfers, the calls, and the shared-device hard negatives (a child
/// managing a parent's banking app).
/// </summary>
internal static class Households
{
    public static void Link(PersonTable people, DateOnly start, SeededRandom random)
    {
        var n = people.Count;
        var byAge = new List<int>[100];
        for (var a = 0; a < byAge.Length; a++)
        {
            byAge[a] = [];
        }

        for (var p = 0; p < n; p++)
        {
            people.Address[p] = p;
            byAge[Math.Min(99, people.AgeOn(p, start))].Add(p);
        }

        PairCouples(people, start, random);
        for (var p = 0; p < n; p++)
        {
            var age = people.AgeOn(p, start);
            if (age <= 30)
            {
                people.Parent[p] = PickByAge(byAge, random, age + 22, age + 34);
            }
            else if (age >= 60)
            {
                people.Child[p] = PickByAge(byAge, random, age - 36, age - 22);
            }
        }

        for (var p = 0; p < n; p++)
        {
            var age = people.AgeOn(p, start);
            if (people.Occupation[p] == Occupation.Student && age >= 19)
            {
                var campus = random.NextInt(Addresses.Campuses.Length);
                people.Flags[p] |= PersonFlags.OnCampus;
                people.Address[p] = n + campus;
                people.District[p] = (short)Addresses.CampusDistrict(campus);
            }
            else if (age <= 18 && people.Parent[p] >= 0)
            {
                // Minors live with a parent.
                people.Address[p] = people.Address[people.Parent[p]];
                people.District[p] = people.District[people.Parent[p]];
            }
        }

        for (var p = 0; p < n; p++)
        {
            var key = (ulong)people.Address[p];
            people.HomeCell[p] = Cells.Pick(people.District[p], Hashing.Mix(key, 0xCE11));
            people.WorkCell[p] = people.HomeCell[p];
            people.HomeIp[p] = Networks.HomeIp(key);
        }
    }

    public static void MakeFriends(PersonTable people, DateOnly start, SeededRandom random)
    {
        var n = people.Count;
        var byAge = new int[n];
        for (var i = 0; i < n; i++)
        {
            byAge[i] = i;
        }

        var ages = new int[n];
        for (var i = 0; i < n; i++)
        {
            ages[i] = people.AgeOn(i, start);
        }

        // Sort by age, ties by index: deterministic, and neighbours are of similar age.
        Array.Sort(byAge, (a, b) => ages[a] != ages[b] ? ages[a].CompareTo(ages[b]) : a.CompareTo(b));
        var position = new int[n];
        for (var i = 0; i < n; i++)
        {
            position[byAge[i]] = i;
        }

        var start0 = new int[n + 1];
        var friends = new List<int>(n * 5);
        var spread = Math.Max(3, n / 40);
        for (var p = 0; p < n; p++)
        {
            start0[p] = friends.Count;
            var k = random.NextInt(3, 8);
            for (var j = 0; j < k; j++)
            {
                var q = byAge[Math.Clamp(position[p] + random.NextInt(-spread, spread + 1), 0, n - 1)];
                if (q != p)
                {
                    friends.Add(q);
                }
            }
        }

        start0[n] = friends.Count;
        people.FriendStart = start0;
        people.Friends = [.. friends];
    }

    private static void PairCouples(PersonTable people, DateOnly start, SeededRandom random)
    {
        var men = new List<int>();
        var women = new List<int>();
        for (var p = 0; p < people.Count; p++)
        {
            var age = people.AgeOn(p, start);
            if (age is >= 25 and <= 80 && people.Occupation[p] != Occupation.Student && random.Chance(0.7))
            {
                (people.Gender[p] == Gender.Male ? men : women).Add(p);
            }
        }

        men.Sort((a, b) => people.BirthDate[a] != people.BirthDate[b] ? people.BirthDate[a].CompareTo(people.BirthDate[b]) : a.CompareTo(b));
        women.Sort((a, b) => people.BirthDate[a] != people.BirthDate[b] ? people.BirthDate[a].CompareTo(people.BirthDate[b]) : a.CompareTo(b));
        var pairs = Math.Min(men.Count, women.Count);
        for (var i = 0; i < pairs; i++)
        {
            // Husbands are on average a couple of years older: pair man i with a woman a little further along.
            var m = men[i];
            var w = women[Math.Min(pairs - 1, i + random.NextInt(0, 3))];
            if (people.Spouse[w] >= 0)
            {
                continue;
            }

            people.Spouse[m] = w;
            people.Spouse[w] = m;
            people.Address[w] = people.Address[m];
            people.District[w] = people.District[m];
        }
    }

    private static int PickByAge(List<int>[] byAge, SeededRandom random, int minAge, int maxAge)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var age = random.NextInt(Math.Max(16, minAge), Math.Min(99, maxAge) + 1);
            var bucket = byAge[age];
            if (bucket.Count > 0)
            {
                return bucket[random.NextInt(bucket.Count)];
            }
        }

        return -1;
    }
}
