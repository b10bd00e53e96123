using Breakcard.Core.People;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Population;

/// <summary>
/// Builds the city's people: the calibrated aiders and the general population, shuffled
/// together (so ids reveal nothing), then households, parents, friends and personas.
/// </summary>
internal static class PopulationBuilder
{
    /// <summary>Builds <paramref name="count"/> people; the profiles become the aiders whose
    /// person indices are returned in <paramref name="aiderPersons"/> (same order). A home region
    /// of -1 in <paramref name="aiderHomes"/> is drawn; others are fixed (fellow villagers).</summary>
    public static PersonTable Build(int count, AiderProfile[] aiders, int[] aiderHomes, DateOnly start, SeededRandom random, out int[] aiderPersons)
    {
        if (aiders.Length > count / 2)
        {
            throw new ArgumentException("Too many aiders for the population.", nameof(aiders));
        }

        var people = new PersonTable(count);
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order.AsSpan());
        aiderPersons = order[..aiders.Length];
        var sequences = new Dictionary<long, (int Offset, int Used)>();
        var districtWeights = Regions.WeightsOf(Regions.ChengduDistricts);
        for (var slot = 0; slot < count; slot++)
        {
            var p = order[slot];
            int age;
            if (slot < aiders.Length)
            {
                var a = aiders[slot];
                age = a.Age;
                people.Gender[p] = a.Gender;
                people.Education[p] = a.Education;
                people.Occupation[p] = a.Occupation;
                people.Flags[p] |= PersonFlags.Aider;
                people.HomeRegion[p] = (short)(aiderHomes[slot] >= 0 ? aiderHomes[slot] : PickHome(random, 0.45, 0.40));
                if (a.Recidivist)
                {
                    people.PriorConvictionYear[p] = (short)(start.Year - random.NextInt(1, 5));
                }
            }
            else
            {
                age = Demographics.NextAge(random);
                people.Gender[p] = random.Chance(Demographics.MaleShare) ? Gender.Male : Gender.Female;
                people.Occupation[p] = Demographics.NextOccupation(random, age);
                people.Education[p] = Demographics.NextEducation(random, people.Occupation[p], age);
                people.HomeRegion[p] = (short)PickHome(random, 0.62, 0.28);
            }

            people.BirthDate[p] = start.AddYears(-age).AddDays(-random.NextInt(1, 365));
            var home = Regions.All[people.HomeRegion[p]];
            people.District[p] = (short)(home.Kind == RegionKind.ChengduDistrict && random.Chance(0.7)
                ? people.HomeRegion[p]
                : Regions.ChengduDistricts[random.PickWeighted(districtWeights)]);
            people.IdSequence[p] = NextSequence(sequences, random, people.HomeRegion[p], people.BirthDate[p], people.Gender[p]);
            people.Activity[p] = (float)Math.Clamp(random.LogNormal(1.0, 0.45), 0.2, 4.0);
            people.Flags[p] |= AppAndSimFlags(random, age);
            people.Persona[p] = PersonaOf(random, people.Occupation[p], age);
            if (people.Persona[p] == Persona.Sweeper || (people.Persona[p] == Persona.Merchant && random.Chance(0.15)))
            {
                // A shop whose takings are swept automatically: many strangers in, every payment
                // forwarded within minutes — but to the holder's own wallet.
                people.Flags[p] |= PersonFlags.Sweeps;
            }
        }

        Households.Link(people, start, random);
        Households.MakeFriends(people, start, random);
        return people;
    }

    private static int PickHome(SeededRandom random, double chengdu, double sichuan)
    {
        var u = random.NextDouble();
        var pool = u < chengdu ? Regions.ChengduDistricts : u < chengdu + sichuan ? Regions.SichuanSending : Regions.OtherProvinces;
        return pool[random.PickWeighted(Regions.WeightsOf(pool))];
    }

    private static short NextSequence(Dictionary<long, (int Offset, int Used)> used, SeededRandom random, int region, DateOnly birth, Gender gender)
    {
        // Identity numbers must be unique: count numbers issued per (region, birth date, gender)
        // and step through that key's block of sequence digits from a random start.
        var key = ((long)region << 40) | ((long)birth.DayNumber << 2) | (gender == Gender.Male ? 1L : 0L);
        if (!used.TryGetValue(key, out var entry))
        {
            entry = (random.NextInt(0, 500), 0);
        }

        if (entry.Used >= 500)
        {
            throw new InvalidOperationException("More than 500 people of one sex born on one day in one region.");
        }

        used[key] = (entry.Offset, entry.Used + 1);
        var half = (entry.Offset + entry.Used) % 500;
        return (short)((half * 2) + (gender == Gender.Male ? 1 : 0));
    }

    private static PersonFlags AppAndSimFlags(SeededRandom random, int age)
    {
        var app = age < 60 ? 0.92 : age < 70 ? 0.5 : 0.2;
        var flags = random.Chance(app) ? PersonFlags.UsesApp : PersonFlags.None;
        return random.Chance(0.12) ? flags | PersonFlags.DualSim : flags;
    }

    /// <summary>
    /// Everyday behaviour patterns. The hard negatives of INDICATORS.md ("Data realities") are
    /// made plentiful on purpose: shops, individual employers, landlords and rent agents,
    /// couriers, sweepers and night-shift workers.
    /// </summary>
    private static Persona PersonaOf(SeededRandom random, Occupation occupation, int age)
    {
        var u = random.NextDouble();
        return occupation switch
        {
            Occupation.Student => u < 0.04 ? Persona.Sweeper : Persona.Student,
            Occupation.Retired => u < 0.06 ? Persona.Landlord : Persona.Retiree,
            Occupation.SelfEmployed => u < 0.55 ? Persona.Merchant : u < 0.67 ? Persona.Employer : u < 0.77 ? Persona.Landlord : u < 0.82 ? Persona.Sweeper : Persona.Ordinary,
            Occupation.Employee when age is >= 20 and <= 50 && u < 0.04 => Persona.Courier,
            Occupation.Employee or Occupation.Farmer when u < 0.12 => Persona.NightShift,
            _ when age >= 35 && u > 0.97 => Persona.Landlord,
            _ when u > 0.92 => Persona.Sweeper,
            _ => Persona.Ordinary,
        };
    }
}
