using Breakcard.Core.Companies;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// A shell factory (source paper §3.4, §4.4): one registration agent files five to ten companies
/// at a single rented address, with recruited people as legal representatives; each company opens
/// a basic account, and licence, account and U-shield go to the ring. The accounts then receive
/// remittances from individuals that have nothing to do with "software development".
/// </summary>
internal static class ShellFactory
{
    public static void Plan(SimWorld world, Ring ring, TruthBook truth, SeededRandom random)
    {
        if (ring.ShellReps.Count == 0)
        {
            return;
        }

        var companies = world.Companies;
        var agent = ring.Dealers[0];
        truth.Persons[agent].Add(Typology.ShellCompany);
        var district = Regions.ChengduDistricts[random.NextInt(Regions.ChengduDistricts.Length)];
        var address = 900_000UL + (ulong)ring.Id;
        var startDay = (int)(ring.Start / SimCalendar.SecondsPerDay);
        var bank = AccountOpening.PickBank(random);
        foreach (var rep in ring.ShellReps)
        {
            var count = random.Chance(0.5) ? 2 : 1;
            var tally = truth.Aiders[rep];
            for (var k = 0; k < count; k++)
            {
                var registered = startDay - random.NextInt(15, 180);
                var status = random.NextDouble() switch
                {
                    < 0.55 => CompanyStatus.NotOperating,
                    < 0.8 => CompanyStatus.Abnormal,
                    _ => CompanyStatus.Operating,
                };
                var c = companies.Add(CompanyKind.Shell, null, rep, district, address, registered, status, 0, -1);
                companies.Agent[c] = agent;
                companies.Ring[c] = ring.Id;
                ring.ShellCompanies.Add(c);
                TruthBook.Label(truth.Companies, c, TruthRole.ShellFront, Typology.ShellCompany, ring.Id);

                var opened = registered + random.NextInt(3, 15);
                var account = AccountOpening.Corporate(world, random, c, random.Chance(0.7) ? bank : AccountOpening.PickBank(random), opened, Persona.Ordinary);
                var handover = Math.Max(0, (long)opened * SimCalendar.SecondsPerDay + (10 * 3600));
                world.Accounts.ControlledFrom[account] = handover;
                world.Accounts.Ring[account] = ring.Id;
                var card = new RingCard(account, ring.ScatterGather ? CardRole.Gather : CardRole.Hub, Typology.ShellCompany)
                {
                    Seller = rep,
                    Source = TruthSchema.AccountSources.New,
                    ActiveFrom = Math.Max(handover, ring.Start - 3600),
                };
                ring.AddCard(card);
                var t = RingLabels.Account(truth, card, ring.Id, card.Source, Typology.LayeredLaundering);
                t.SoldAt = handover;
                tally.BankCards++;
                tally.GainsFen += random.NextInt(3, 9) * 100_000L;
                tally.Act((long)registered * SimCalendar.SecondsPerDay);
                truth.Aiders[agent].Act((long)registered * SimCalendar.SecondsPerDay);
            }
        }
    }
}
