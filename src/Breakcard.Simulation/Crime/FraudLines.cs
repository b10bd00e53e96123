using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// A ring's lines at work: each fraud SIM dials dozens of numbers a day, in and out of the city,
/// mostly unanswered or hung up within seconds, and is rarely called back; code-reception numbers
/// take verification codes from many platforms around the clock.
/// </summary>
internal sealed class FraudLines(RingContext context)
{
    public void Day(Ring ring, int day, EventSink sink)
    {
        var world = context.World;
        var r = context.Random;
        var dayStart = (long)day * SimCalendar.SecondsPerDay;
        var dayEnd = dayStart + SimCalendar.SecondsPerDay;
        if (dayEnd <= ring.Start - SimCalendar.SecondsPerDay || dayStart >= ring.End)
        {
            return;
        }

        foreach (var sim in ring.Sims)
        {
            var from = Math.Max(sim.From, dayStart);
            var until = Math.Min(sim.Until, Math.Min(dayEnd, ring.End));
            if (until <= from)
            {
                continue;
            }

            var share = (until - from) / (double)SimCalendar.SecondsPerDay;
            var number = world.Phones.Number[sim.Phone];
            if (sim.Use == SimUse.FraudCalls)
            {
                var calls = (int)(r.NextInt(30, 91) * share);
                for (var k = 0; k < calls; k++)
                {
                    var t = dayStart + DayProfile.Between(r, 9, 21);
                    if (t < from || t >= until)
                    {
                        continue;
                    }

                    var callee = r.Chance(0.65) ? world.Ids.ExternalMobile(r) : world.Phones.Number[r.NextInt(world.Phones.Count)];
                    var u = r.NextDouble();
                    var seconds = u < 0.55 ? 0 : u < 0.9 ? r.NextInt(3, 41) : r.NextInt(41, 301);
                    sink.Call(t, number, callee, seconds, sim.Cell, sim.Device, RingContext.Label(sim.Primary, ring));
                }
            }
            else if (sim.Use == SimUse.SmsCodes)
            {
                var codes = (int)(r.NextInt(20, 121) * share);
                for (var k = 0; k < codes; k++)
                {
                    var t = dayStart + DayProfile.AroundTheClock.NextSecond(r);
                    if (t >= from && t < until)
                    {
                        sink.Sms(t, Networks.PlatformSender(r.NextInt(Networks.PlatformSenderCount)), number, SmsKind.VerificationCode, sim.Cell, sim.Device,
                            RingContext.Label(Typology.SmsCodeReception, ring));
                    }
                }
            }
        }
    }

    /// <summary>The con call to a victim, from whichever fraud line is in use at the time.</summary>
    public void ConCall(Ring ring, VictimPlan victim, long time, int seconds, EventSink sink)
    {
        var lines = ring.Sims.FindAll(s => s.Use == SimUse.FraudCalls);
        if (lines.Count == 0)
        {
            return;
        }

        var line = lines.Find(s => s.From <= time && time < s.Until) ?? lines[^1];
        var world = context.World;
        sink.Call(time, world.Phones.Number[line.Phone], world.Phones.Number[victim.Phone], seconds, line.Cell, line.Device, RingContext.Label(line.Primary, ring));
    }
}
