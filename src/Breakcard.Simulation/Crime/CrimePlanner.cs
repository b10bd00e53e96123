using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Turns the crime draft into rings with real people, accounts, phones, devices and companies,
/// all labelled in the truth book, before the first simulated day.
/// </summary>
internal static class CrimePlanner
{
    public static List<Ring> Plan(SimWorld world, CrimeDraft draft, int[] aiderPersons, TruthBook truth, SeededRandom random)
    {
        var rings = new List<Ring>();
        foreach (var d in draft.Rings)
        {
            var ring = new Ring(d.Id, d.Scheme, d.Components, d.ScatterGather)
            {
                Start = ((long)d.StartDay * SimCalendar.SecondsPerDay) + (9 * 3600),
            };
            var end = ((long)(d.StartDay + d.Length) * SimCalendar.SecondsPerDay) - (3 * 3600);
            ring.End = Math.Min(end, world.Calendar.End - (8 * 3600));
            if (ring.End <= ring.Start + 3600)
            {
                ring.End = ring.Start + Math.Max(3600, (world.Calendar.End - ring.Start) / 2);
            }

            rings.Add(ring);
        }

        AssignAiders(world, draft, aiderPersons, rings, truth);
        var used = new HashSet<int>(aiderPersons);
        foreach (var ring in rings)
        {
            var r = random.Fork((ulong)ring.Id);
            RingTools.Plan(world, ring, truth, used, r.Fork("tools"));
            CardSupply.Plan(world, ring, truth, r.Fork("cards"));
            ShellFactory.Plan(world, ring, truth, r.Fork("shells"));
            CardSupply.AssignRoles(world, ring, truth, r.Fork("roles"));
            SettlementPlan.PlanMules(world, ring, truth, r.Fork("mules"));
            RingTelecom.Plan(world, ring, truth, used, r.Fork("telecom"));
        }

        var victims = new VictimPool(world, random.Fork("victim-pool"));
        foreach (var ring in rings)
        {
            VictimPlanner.Plan(world, ring, truth, victims, random.Fork((ulong)ring.Id).Fork("victims"));
        }

        return rings;
    }

    private static void AssignAiders(SimWorld world, CrimeDraft draft, int[] aiderPersons, List<Ring> rings, TruthBook truth)
    {
        for (var s = 0; s < draft.Slots.Count; s++)
        {
            var (r, role) = draft.Slots[s];
            var ring = rings[r];
            var person = aiderPersons[s];
            var channel = draft.Channels[s];
            var (truthRole, typology) = RingLabels.OfAider(role);
            RingLabels.Person(truth, person, ring.Id, truthRole, typology, channel);
            switch (role)
            {
                case AiderRole.Dealer:
                    ring.Dealers.Add(person);
                    break;
                case AiderRole.Seller or AiderRole.InsiderSeller:
                    // Dealers exist before sellers: draft slots list dealers first.
                    ring.Sellers.Add(new SellerPlan(person, ring.Dealers[ring.Sellers.Count % ring.Dealers.Count], channel));
                    if (role == AiderRole.InsiderSeller)
                    {
                        truth.Persons[person].Add(Typology.InsiderOpening);
                    }

                    break;
                case AiderRole.CashOut:
                    ring.CashOutPersons.Add(person);
                    break;
                case AiderRole.Mule:
                    ring.Mules.Add(person);
                    break;
                case AiderRole.ShellRep:
                    ring.ShellReps.Add(person);
                    break;
                case AiderRole.Keeper:
                    ring.Keeper = person;
                    break;
            }
        }
    }

    /// <summary>A person of the given occupation not already involved, hired from ordinary employees when none is left.</summary>
    public static int Recruit(SimWorld world, HashSet<int> used, SeededRandom random, Occupation occupation)
    {
        var people = world.People;
        var start = random.NextInt(people.Count);
        for (var k = 0; k < people.Count; k++)
        {
            var p = (start + k) % people.Count;
            if (people.Occupation[p] == occupation && !used.Contains(p) && world.Primary[p] >= 0 && world.Handset[p] >= 0)
            {
                used.Add(p);
                return p;
            }
        }

        for (var k = 0; k < people.Count; k++)
        {
            var p = (start + k) % people.Count;
            if (people.Occupation[p] == Occupation.Employee && !used.Contains(p) && world.Handset[p] >= 0)
            {
                people.Occupation[p] = occupation;
                used.Add(p);
                return p;
            }
        }

        throw new InvalidOperationException("No one left to recruit.");
    }

    /// <summary>Registers a new phone card for a ring (activated on <paramref name="day"/>).</summary>
    public static int NewSim(SimWorld world, SeededRandom random, int holder, int day, bool virtualShare)
    {
        var op = virtualShare && random.Chance(0.4)
            ? MobileOperator.Virtual
            : InstitutionBuilder.OperatorShares[random.PickWeighted(Array.ConvertAll(InstitutionBuilder.OperatorShares, o => o.Share))].Operator;
        return PersonalEntities.AddPhone(world, random, holder, op, day, -1);
    }
}
