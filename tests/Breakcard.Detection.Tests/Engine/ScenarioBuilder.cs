using Breakcard.Core.Events;
using Breakcard.Detection.Engine;

namespace Breakcard.Detection.Tests.Engine;

/// <summary>
/// A reproducible mixed stream for order and replay tests: ordinary payments, two pass-through
/// mules fed by many strangers, a fan-out, and calls from a spraying number; many events share a
/// timestamp. Events carry their sequence, so any arrival order can be submitted.
/// </summary>
internal static class ScenarioBuilder
{
    public static List<EngineEvent> Build(Harness h, int seed, int days = 3)
    {
        var random = new Random(seed);
        var events = new List<EngineEvent>();
        var t0 = Harness.Start;
        for (var day = 0; day < days; day++)
        {
            for (var i = 0; i < 120; i++)
            {
                var t = t0.AddDays(day).AddMinutes(random.Next(8 * 60, 22 * 60));
                events.Add(h.TxEvent(t, $"person-{random.Next(40)}", $"shop-{random.Next(6)}", random.Next(10, 300)));
            }

            foreach (var mule in new[] { "mule-a", "mule-b" })
            {
                for (var cycle = 0; cycle < 4; cycle++)
                {
                    // Whole minutes: several inflows share one timestamp.
                    var t = t0.AddDays(day).AddHours(9 + (cycle * 3));
                    var total = 0;
                    for (var p = 0; p < 6; p++)
                    {
                        var yuan = 1_000 + random.Next(500);
                        total += yuan;
                        events.Add(h.TxEvent(t.AddMinutes(p / 2), $"victim-{day}-{cycle}-{p}-{mule}", mule, yuan));
                    }

                    events.Add(h.TxEvent(t.AddMinutes(40), mule, "collector", total * 95 / 100));
                }
            }

            for (var p = 0; p < 12; p++)
            {
                events.Add(h.TxEvent(t0.AddDays(day).AddHours(15).AddMinutes(p), "payroll", $"worker-{day}-{p}", 3_000));
            }
        }

        events.Sort((a, b) => EngineEvent.CompareOrder(in a, in b));
        return events;
    }
}
