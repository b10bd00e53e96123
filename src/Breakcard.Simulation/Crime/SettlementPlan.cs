using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Payment-settlement mules (跑分): people recruited by "part-time" ads who let a platform route
/// payments through their own accounts for a commission, for a few days each.
/// </summary>
internal static class SettlementPlan
{
    public static void PlanMules(SimWorld world, Ring ring, TruthBook truth, SeededRandom random)
    {
        var firstDay = (int)(ring.Start / SimCalendar.SecondsPerDay);
        var lastDay = (int)((ring.End - 1) / SimCalendar.SecondsPerDay);
        foreach (var mule in ring.Mules)
        {
            var account = world.Primary[mule];
            if (world.Handset[mule] < 0)
            {
                world.Handset[mule] = world.Devices.Add(world.Ids.HandsetImei(random), Core.Telecom.DeviceKind.Phone, mule);
            }

            // The first mule starts with the ring (its collectors are bought for it); the rest join later.
            var from = ring.MuleDays.Count == 0 ? firstDay : random.NextInt(firstDay, lastDay + 1);
            var to = Math.Min(lastDay + 1, from + random.NextInt(2, 6));
            var card = new RingCard(account, CardRole.Mule, Typology.PaymentSettlement)
            {
                Seller = mule,
                ActiveFrom = Math.Max(ring.Start, (long)from * SimCalendar.SecondsPerDay),
                CommissionBasisPoints = random.NextInt(100, 301),
            };
            ring.AddCard(card);
            ring.MuleDays.Add((card, mule, from, to));
            RingLabels.Account(truth, card, ring.Id, TruthSchema.AccountSources.Own);
            truth.Aiders[mule].BankCards++;
        }
    }
}
