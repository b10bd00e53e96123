using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// The ring's victims and what the con makes them do: one to three calls from the ring's lines
/// first, then transfers shaped by the scheme — a "safe account" transfer of savings (often at
/// the counter, for the elderly), escalating order-brushing payments, instalments into a fake
/// investment, fees for a loan that never comes.
/// </summary>
internal static class VictimPlanner
{
    private const long Minute = 60;
    private const long Hour = 3600;

    public static void Plan(SimWorld world, Ring ring, TruthBook truth, VictimPool pool, SeededRandom random)
    {
        var firstLayer = ring.Cards.FindAll(c => c.Role == CardRole.FirstLayer);
        firstLayer.Sort((a, b) => a.ActiveFrom.CompareTo(b.ActiveFrom));
        var days = Math.Max(1.0, (ring.End - ring.Start) / (double)SimCalendar.SecondsPerDay);
        var count = Math.Clamp((int)Math.Round(3 + (days * 0.8) + random.NextInt(0, 3)), 4, 16);
        for (var v = 0; v < count; v++)
        {
            var person = pool.Next(ring.Scheme);
            if (person < 0)
            {
                break;
            }

            var plan = new VictimPlan(person, world.Primary[person], world.Phone[person]);

            // Rings buy cards when they need them: each first-layer card's victims pay within
            // hours of the card reaching the operators, in waking hours.
            var card = firstLayer[v * firstLayer.Count / count];
            var first = Waking(card.ActiveFrom + random.NextLong(20 * Minute, 14 * Hour), random);
            first = Math.Min(first, ring.End - (4 * Hour));
            Transfers(plan, ring.Scheme, first, world.People.AgeOn(person, world.Calendar.Start) >= 65, ring.End, random);
            var calls = random.NextInt(1, 4);
            for (var c = 0; c < calls; c++)
            {
                // The con: long calls in the hours or day before the first transfer.
                var before = c == 0 ? random.NextLong(5 * Minute, 40 * Minute) : random.NextLong(2 * Hour, 36 * Hour);
                var at = first - before;
                if (at > 0)
                {
                    plan.Calls.Add((at, random.NextInt(300, 2_400)));
                }
            }

            ring.Victims.Add(plan);
            TruthBook.Label(truth.Persons, person, TruthRole.Victim, Typology.LayeredLaundering, ring.Id);
            TruthBook.Label(truth.Accounts, plan.Account, TruthRole.Victim, Typology.LayeredLaundering, ring.Id);
            TruthBook.Label(truth.Phones, plan.Phone, TruthRole.Victim, Typology.FraudCalls, ring.Id);
        }
    }

    private static void Transfers(VictimPlan plan, FraudScheme scheme, long first, bool elderly, long end, SeededRandom random)
    {
        var t = first;
        void Add(long fen, Channel channel, short memo)
        {
            if (t < end)
            {
                plan.Transfers.Add((t, Math.Max(100, fen), channel, memo));
            }
        }

        switch (scheme)
        {
            case FraudScheme.ImpersonatingAuthorities:
                var total = Yuan(random.LogNormal(80_000, 0.8));
                if (elderly && random.Chance(0.5))
                {
                    // At the counter, in one go: the elderly rarely use mobile banking.
                    var hour = t % SimCalendar.SecondsPerDay / Hour;
                    t += hour < 9 ? (9 - hour) * Hour : hour >= 16 ? (33 - hour) * Hour : 0;
                    Add(total, Channel.Counter, Memos.SafeAccount);
                    break;
                }

                foreach (var part in Split(total, 50_000_00, random))
                {
                    Add(part, Channel.Transfer, random.Chance(0.5) ? Memos.SafeAccount : Memos.None);
                    t += random.NextLong(3 * Minute, 40 * Minute);
                }

                break;
            case FraudScheme.FakeCustomerService:
                foreach (var part in Split(Yuan(random.LogNormal(30_000, 0.7)), 20_000_00, random))
                {
                    Add(part, Channel.Transfer, random.Chance(0.5) ? Memos.UnfreezeFee : Memos.None);
                    t += random.NextLong(5 * Minute, 30 * Minute);
                }

                break;
            case FraudScheme.OrderBrushingRebate:
                long[] steps = [200_00, 1_000_00, 3_000_00, 10_000_00, 20_000_00, 50_000_00];
                var n = random.NextInt(3, steps.Length + 1);
                for (var i = 0; i < n; i++)
                {
                    Add(steps[i] + (random.NextInt(0, 100) * 100), Channel.Transfer, Memos.None);
                    t += random.NextLong(20 * Minute, 10 * Hour);
                }

                break;
            case FraudScheme.FakeInvestment:
                var instalments = random.NextInt(2, 6);
                for (var i = 0; i < instalments; i++)
                {
                    Add(Yuan(random.LogNormal(30_000, 0.7)), Channel.Transfer, Memos.Investment);
                    t += random.NextLong(6 * Hour, 2 * SimCalendar.SecondsPerDay);
                }

                break;
            case FraudScheme.FakeLoan:
                var fees = random.NextInt(1, 4);
                for (var i = 0; i < fees; i++)
                {
                    Add(random.NextInt(2, 11) * 1_000_00L, Channel.Transfer, i == 0 ? Memos.Deposit : Memos.UnfreezeFee);
                    t += random.NextLong(30 * Minute, 6 * Hour);
                }

                break;
        }
    }

    /// <summary>Moves a night-time moment to the next morning (victims act while awake).</summary>
    private static long Waking(long time, SeededRandom random)
    {
        var hour = time % SimCalendar.SecondsPerDay / Hour;
        return hour is >= 8 and < 22 ? time : ((time / SimCalendar.SecondsPerDay) + (hour >= 22 ? 1 : 0)) * SimCalendar.SecondsPerDay + (8 * Hour) + random.NextLong(0, 2 * Hour);
    }

    /// <summary>Splits an amount into parts no larger than <paramref name="limit"/> (a mobile-banking daily limit).</summary>
    private static List<long> Split(long fen, long limit, SeededRandom random)
    {
        var parts = new List<long>();
        while (fen > limit)
        {
            var part = limit - (random.NextInt(0, 50) * 100_00);
            parts.Add(part);
            fen -= part;
        }

        parts.Add(fen);
        return parts;
    }

    private static long Yuan(double yuan) => (long)Math.Round(yuan) * 100;
}
