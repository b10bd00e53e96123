using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.People;

namespace Breakcard.Detection.Tests.Engine;

/// <summary>
/// The hard negatives of INDICATORS.md — shops, payday employers, landlords, couriers, sweepers,
/// night-shift workers — over a month of hand-built life must raise no alert, while a mule in the
/// same world does (so the world is not simply too quiet to alert).
/// </summary>
public sealed class HardNegativeTests
{
    private static Harness World() => new(world: w =>
    {
        w.Person("shopkeeper", Occupation.SelfEmployed, 45);
        w.Account("shop-till", "shopkeeper");
        w.Account("shop-owner-card", "shopkeeper");
        w.Company("employer-co", "餐饮服务；食品零售");
        w.Account("employer", "employer-co", kind: AccountHolderKind.Corporate);
        w.Person("landlord", Occupation.SelfEmployed, 52);
        w.Account("landlord-card", "landlord");
        w.Person("courier", Occupation.Employee, 28);
        w.Account("courier-card", "courier");
        w.Company("logistics-co", "快递服务；物流");
        w.Account("logistics", "logistics-co", kind: AccountHolderKind.Corporate);
        w.Person("sweeper", Occupation.Employee, 33);
        w.Account("sweeper-card", "sweeper");
        w.Account("sweeper-wallet", "sweeper", cls: AccountClass.ClassII);
        w.Person("nurse", Occupation.Employee, 30);
        w.Account("nurse-card", "nurse");
        w.Person("mule", Occupation.Unemployed, 20);
        w.Account("mule-card", "mule");
    });

    [Fact]
    public void MonthOfOrdinaryLife_NoHardNegativeAlerts_ButTheMuleIsCaught()
    {
        var h = World();
        var random = new Random(42);
        var events = new List<Breakcard.Detection.Engine.EngineEvent>();
        for (var day = 0; day < 30; day++)
        {
            var d = Harness.Start.AddDays(day);

            // Shop: 30-60 small payments from a large customer base, the takings swept to the owner's own card each evening.
            var takings = 0;
            for (var i = 0; i < 30 + random.Next(30); i++)
            {
                var yuan = 10 + random.Next(190);
                takings += yuan;
                events.Add(h.TxEvent(d.AddHours(8 + random.NextDouble() * 13), $"customer-{random.Next(3_000)}", "shop-till", yuan, Channel.ThirdPartyPayment));
            }

            events.Add(h.TxEvent(d.AddHours(21.5), "shop-till", "shop-owner-card", takings));
            if (day % 7 == 3)
            {
                events.Add(h.TxEvent(d.AddHours(15), "shop-owner-card", "supplier", 3_000));
            }

            // Employer: client receipts every day, payroll to 40 staff on the 10th.
            for (var i = 0; i < 5; i++)
            {
                events.Add(h.TxEvent(d.AddHours(9 + i), $"client-{random.Next(30)}", "employer", 5_000 + random.Next(15_000)));
            }

            if (day == 9)
            {
                for (var i = 0; i < 40; i++)
                {
                    events.Add(h.TxEvent(d.AddHours(10).AddMinutes(i), "employer", $"staff-{i}", 4_000 + random.Next(3_000)));
                }
            }

            // Landlord: eight tenants pay in the first days of the month; rents forwarded to two owners the same day.
            if (day < 3)
            {
                var rents = 0;
                for (var i = 0; i < 3; i++)
                {
                    rents += 2_500;
                    events.Add(h.TxEvent(d.AddHours(10 + i), $"tenant-{(day * 3) + i}", "landlord-card", 2_500));
                }

                events.Add(h.TxEvent(d.AddHours(18), "landlord-card", $"owner-{day % 2}", rents * 95 / 100));
            }

            // Courier: cash on delivery from strangers, forwarded to the logistics company the same evening.
            var cod = 0;
            for (var i = 0; i < 20 + random.Next(20); i++)
            {
                var yuan = 30 + random.Next(270);
                cod += yuan;
                events.Add(h.TxEvent(d.AddHours(9 + random.NextDouble() * 9), $"recipient-{random.Next(5_000)}", "courier-card", yuan));
            }

            events.Add(h.TxEvent(d.AddHours(19), "courier-card", "logistics", cod));

            // Sweeper: every inflow moved to the own wallet at once.
            if (day % 30 == 4)
            {
                events.Add(h.TxEvent(d.AddHours(9), "employer", "sweeper-card", 8_000));
                events.Add(h.TxEvent(d.AddHours(9.1), "sweeper-card", "sweeper-wallet", 8_000));
            }

            for (var i = 0; i < 3; i++)
            {
                events.Add(h.TxEvent(d.AddHours(12 + i), $"friend-{random.Next(10)}", "sweeper-card", 50 + random.Next(500)));
                events.Add(h.TxEvent(d.AddHours(12.2 + i), "sweeper-card", "sweeper-wallet", 50));
            }

            // Night-shift nurse: pays and is paid at night.
            events.Add(h.TxEvent(d.AddHours(2 + random.NextDouble() * 3), "nurse-card", "night-canteen", 20 + random.Next(30)));
            events.Add(h.TxEvent(d.AddHours(3 + random.NextDouble() * 2), "nurse-card", $"taxi-{random.Next(50)}", 30 + random.Next(40)));

            // The mule: from day 20, victims' money in from strangers and straight out.
            if (day >= 20)
            {
                for (var c = 0; c < 4; c++)
                {
                    var total = 0;
                    for (var p = 0; p < 5; p++)
                    {
                        var yuan = 1_000 + random.Next(4_000);
                        total += yuan;
                        events.Add(h.TxEvent(d.AddHours(10 + (c * 2) + (p * 0.1)), $"victim-{day}-{c}-{p}", "mule-card", yuan));
                    }

                    events.Add(h.TxEvent(d.AddHours(11 + (c * 2)), "mule-card", $"layer2-{random.Next(3)}", total * 96 / 100));
                }
            }
        }

        foreach (var e in events.OrderBy(e => e.Time))
        {
            h.Engine.Submit(e);
        }

        h.Flush();
        foreach (var persona in new[] { "shop-till", "shop-owner-card", "employer", "landlord-card", "courier-card", "logistics", "sweeper-card", "sweeper-wallet", "nurse-card" })
        {
            Assert.True(h.AlertsFor(persona).Count == 0, $"{persona} was flagged: risk {h.Account(persona).Score.PeakRisk}");
        }

        Assert.NotEmpty(h.AlertsFor("mule-card"));
    }
}
