using Breakcard.Core.Telecom;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// A ring's phone lines: SIMs for fraud calls (virtual-operator cards over-represented, or a
/// telecom insider's batch registered far beyond the per-person limit), numbers that receive
/// verification codes for account farming, the SIMs sold with bank cards (which now receive the
/// banks' login codes in the ring's hands), and where they all sit: a SIM box at a line keeper's
/// home, or handsets in a den.
/// </summary>
internal static class RingTelecom
{
    private const long Hour = 3600;

    public static void Plan(SimWorld world, Ring ring, TruthBook truth, HashSet<int> used, SeededRandom random)
    {
        var handsets = new List<int>();
        if (ring.SimBox < 0)
        {
            for (var i = 0; i < 2; i++)
            {
                var device = world.Devices.Add(world.Ids.HandsetImei(random), DeviceKind.Phone, -1);
                handsets.Add(device);
                TruthBook.Label(truth.Devices, device, TruthRole.RingLine, Typology.FraudCalls, ring.Id);
            }
        }

        var boxCell = ring.Keeper >= 0 ? world.People.HomeCell[ring.Keeper] : ring.DenCell;
        var lineTypology = ring.SimBox >= 0 ? Typology.SimBox : Typology.FraudCalls;
        var startDay = (int)(ring.Start / SimCalendar.SecondsPerDay);
        var identities = ring.Sellers.ConvertAll(s => s.Person);

        // SIMs sold with bank cards go where the ring's lines are.
        foreach (var seller in ring.Sellers)
        {
            if (seller.Sim < 0)
            {
                continue;
            }

            var sim = new RingSim(seller.Sim, SimUse.BoundToCard, Typology.CardSelling) { From = seller.SaleTime, Until = long.MaxValue };
            Place(world, ring, sim, handsets, boxCell, random);
            TruthBook.Label(truth.Phones, seller.Sim, TruthRole.RingLine, Typology.CardSelling, ring.Id);
        }

        var lines = new List<int>();
        if (ring.TelecomInsider >= 0)
        {
            // A clerk registers a batch of SIMs on a few identities in one or two days at his outlet.
            var outlet = world.Institutions.OutletStaff.FindIndex(staff => staff.Contains(ring.TelecomInsider));
            var op = outlet >= 0 ? world.Institutions.Outlets[outlet].Operator : MobileOperator.ChinaUnicom;
            var count = random.NextInt(12, 25);
            var day = Math.Max(-2, startDay - random.NextInt(1, 3));
            // Six or more cards per identity at one operator: over the five-card limit.
            var holders = Math.Max(1, Math.Min(identities.Count, count / 6));
            for (var i = 0; i < count; i++)
            {
                var holder = identities[i % holders];
                var kind = i % 4 == 3 ? PhoneCardKind.IoT : PhoneCardKind.Ordinary;
                var phone = world.Phones.Add(world.Ids.MobileNumber(op, random), op, kind, holder, day + (i * 2 / count), outlet, ring.TelecomInsider, -1);
                lines.Add(phone);
                TruthBook.Label(truth.Phones, phone, TruthRole.RingLine, lineTypology, ring.Id).Add(Typology.InsiderOpening);
            }

            truth.Aiders[ring.TelecomInsider].PhoneCards += count;
            truth.Aiders[ring.TelecomInsider].Act(Math.Max(0, (long)day * SimCalendar.SecondsPerDay));
            ring.InsiderPayments.Add((ring.TelecomInsider, count * 15_000L, Math.Max(60, ((long)day * SimCalendar.SecondsPerDay) + (18 * Hour)), Typology.InsiderOpening));
        }
        else
        {
            var count = random.NextInt(3, 7);
            for (var i = 0; i < count; i++)
            {
                var holder = identities[random.NextInt(identities.Count)];
                var phone = CrimePlanner.NewSim(world, random, holder, startDay - random.NextInt(1, 6), virtualShare: true);
                lines.Add(phone);
                TruthBook.Label(truth.Phones, phone, TruthRole.RingLine, lineTypology, ring.Id);
            }
        }

        var receivers = (ring.Components & RingComponents.SmsReception) != 0 ? Math.Min(lines.Count / 3 + 1, 4) : 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var phone = lines[i];
            var holder = world.Phones.Holder[phone];
            if (truth.Aiders.TryGetValue(holder, out var tally) && holder != ring.TelecomInsider)
            {
                tally.PhoneCards++;
            }

            RingSim sim;
            if (i < receivers)
            {
                sim = new RingSim(phone, SimUse.SmsCodes, Typology.SmsCodeReception) { From = ring.Start - (12 * Hour), Until = ring.End };
                truth.Phones[phone].Primary = Typology.SmsCodeReception;
                truth.Phones[phone].Add(Typology.SmsCodeReception);
            }
            else
            {
                sim = new RingSim(phone, SimUse.FraudCalls, lineTypology);
            }

            Place(world, ring, sim, handsets, boxCell, random);
            ring.Sims.Add(sim);
        }

        CallWindows(ring, random);
    }

    /// <summary>Fraud-call SIMs take turns: each is used for a few days, then dropped (blocked).</summary>
    private static void CallWindows(Ring ring, SeededRandom random)
    {
        var callers = ring.Sims.FindAll(s => s.Use == SimUse.FraudCalls);
        var from = ring.Start - (30 * Hour);
        var span = Math.Max(Hour, ring.End - from);
        for (var i = 0; i < callers.Count; i++)
        {
            var slot = span / callers.Count;
            callers[i].From = Math.Max(0, from + (i * slot) - random.NextLong(0, Math.Max(1, slot / 4)));
            callers[i].Until = from + ((i + 1) * slot) + random.NextLong(0, Math.Max(1, slot / 2));
        }
    }

    private static void Place(SimWorld world, Ring ring, RingSim sim, List<int> handsets, int cell, SeededRandom random)
    {
        sim.Device = ring.SimBox >= 0 ? ring.SimBox : handsets[random.NextInt(handsets.Count)];
        sim.Cell = cell;
        world.Phones.Device[sim.Phone] = sim.Device;
        world.Phones.Ring[sim.Phone] = ring.Id;
        if (sim.Use == SimUse.BoundToCard)
        {
            ring.Sims.Add(sim);
        }
    }
}
