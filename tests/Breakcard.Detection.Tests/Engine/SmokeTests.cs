using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Engine;

public sealed class SmokeTests
{
    [Fact]
    public void PassThroughMule_FourCyclesFromStrangers_RaisesAlert()
    {
        var h = new Harness();
        for (var cycle = 0; cycle < 4; cycle++)
        {
            for (var p = 0; p < 5; p++)
            {
                h.Tx(Harness.At(cycle * 1.5 + p * 0.1), $"payer-{cycle}-{p}", "mule", 2_000);
            }

            h.Tx(Harness.At(cycle * 1.5 + 1), "mule", "collector", 9_500);
        }

        h.Flush();
        Assert.Equal(100, h.Strength("mule", IndicatorId.PassThrough));
        Assert.Equal(100, h.Strength("mule", IndicatorId.FanIn));
        // 55 points of pass-through and 15 of fan-in: the re-verify band first, then delay settlement at 70.
        var alerts = h.AlertsFor("mule");
        Assert.Equal([1, 2], alerts.Select(a => a.Band));
        Assert.Equal(70, alerts[^1].Risk);
        Assert.Equal(IndicatorId.PassThrough, alerts[^1].Contributions[0].Indicator);
    }
}
