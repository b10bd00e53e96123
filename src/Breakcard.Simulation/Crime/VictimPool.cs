using Breakcard.Core.People;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Draws victims from the ordinary population, never twice and never an aider. Who is drawn
/// depends on the fraud: impersonation of the authorities targets the elderly (the source paper
/// singles out pension fraud, §4.3), order brushing and loans target the young.
/// </summary>
internal sealed class VictimPool(SimWorld world, SeededRandom random)
{
    private const int Attempts = 200;

    /// <summary>A new victim for <paramref name="scheme"/>, or -1 when none is left to draw.</summary>
    public int Next(FraudScheme scheme) => Next(age => Acceptance(scheme, age));

    /// <summary>A payer into a settlement mule (small frauds and gambling: mostly young and middle-aged).</summary>
    public int NextPayer() => Next(age => age is >= 18 and <= 55 ? 1.0 : 0.25);

    private int Next(Func<int, double> acceptance)
    {
        var people = world.People;
        for (var k = 0; k < Attempts; k++)
        {
            var p = random.NextInt(people.Count);
            if ((people.Flags[p] & (PersonFlags.Aider | PersonFlags.Victim)) != 0 || world.Primary[p] < 0 || world.Phone[p] < 0)
            {
                continue;
            }

            var age = people.AgeOn(p, world.Calendar.Start);
            if (age >= 18 && random.Chance(acceptance(age)))
            {
                people.Flags[p] |= PersonFlags.Victim;
                return p;
            }
        }

        // The pool runs dry only in tiny cities: the ring then has fewer victims.
        return -1;
    }

    private static double Acceptance(FraudScheme scheme, int age) => scheme switch
    {
        FraudScheme.ImpersonatingAuthorities => age >= 60 ? 1.0 : age >= 40 ? 0.35 : 0.12,
        FraudScheme.FakeCustomerService => age >= 60 ? 0.9 : 0.6,
        FraudScheme.OrderBrushingRebate => age is >= 18 and <= 35 ? 1.0 : age <= 50 ? 0.4 : 0.1,
        FraudScheme.FakeInvestment => age is >= 30 and <= 65 ? 1.0 : 0.3,
        FraudScheme.FakeLoan => age is >= 20 and <= 45 ? 1.0 : 0.25,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };
}
