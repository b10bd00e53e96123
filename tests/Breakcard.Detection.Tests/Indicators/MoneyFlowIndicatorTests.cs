using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Indicators;

/// <summary>Pass-through, fan-in, fan-out, scatter-gather, gather-scatter and cycles at, below and above their thresholds.</summary>
public sealed class MoneyFlowIndicatorTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 60)]
    [InlineData(3, 80)]
    public void PassThrough_CyclesAroundMinCycles_StrengthRamps(int cycles, int expected)
    {
        var h = new Harness();
        for (var c = 0; c < cycles; c++)
        {
            h.Tx(Harness.At(1 + c), $"victim-{c}", "mule", 1_000);
            h.Tx(Harness.At(1.5 + c), "mule", "collector", 950);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("mule", IndicatorId.PassThrough));
    }

    [Theory]
    [InlineData(900, 60)] // 10.0% retained: at the limit
    [InlineData(899, 0)] // 10.1% retained: a little more than a commission
    [InlineData(1_000, 60)] // balance back to zero
    public void PassThrough_RetainedShareAroundMax_CountsOnlyWithinIt(int forwarded, int expected)
    {
        var h = new Harness();
        for (var c = 0; c < 2; c++)
        {
            h.Tx(Harness.At(1 + c), $"victim-{c}", "mule", 1_000);
            h.Tx(Harness.At(1.5 + c), "mule", "collector", forwarded);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("mule", IndicatorId.PassThrough));
    }

    [Theory]
    [InlineData(24 * 3600, 60)]
    [InlineData(24 * 3600 + 1, 0)]
    public void PassThrough_HoldingTimeAroundWindow_CountsOnlyWithin(int holdSeconds, int expected)
    {
        // A fan window long enough to hold both cycles, so only the holding time decides.
        var h = new Harness(DetectionOptions.Default with { Engine = DetectionOptions.Default.Engine with { HalfWindowHours = 72 } });
        h.Tx(Harness.At(0), "victim-0", "mule", 1_000);
        h.Tx(Harness.At(0.5), "mule", "collector", 950);
        h.Tx(Harness.At(1), "victim-1", "mule", 1_000);
        h.Tx(Harness.At(1).AddSeconds(holdSeconds), "mule", "collector", 950);

        h.Flush();
        Assert.Equal(expected, h.Strength("mule", IndicatorId.PassThrough));
    }

    [Fact]
    public void PassThrough_SweepsToOwnAccount_NeverCounts()
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            w.Account("card", "P1");
            w.Account("wallet", "P1");
        });
        for (var c = 0; c < 5; c++)
        {
            h.Tx(Harness.At(1 + c), $"customer-{c}", "card", 1_000);
            h.Tx(Harness.At(1.2 + c), "card", "wallet", 1_000);
        }

        h.Flush();
        Assert.Equal(0, h.Strength("card", IndicatorId.PassThrough));
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 60)]
    [InlineData(11, 64)]
    public void FanIn_DistinctUnrelatedPayersAroundMin_StrengthRamps(int payers, int expected)
    {
        var h = new Harness();
        var names = h.DistinctAccounts("payer-", payers);
        for (var i = 0; i < payers; i++)
        {
            h.Tx(Harness.At(1 + (i * 0.2)), names[i], "hub", 200);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("hub", IndicatorId.FanIn));
    }

    [Fact]
    public void FanIn_SamePayersAgain_AreKnownAndNotCountedTwice()
    {
        var h = new Harness();
        var names = h.DistinctAccounts("payer-", 9);
        foreach (var round in new[] { 0, 30 })
        {
            for (var i = 0; i < names.Count; i++)
            {
                h.Tx(Harness.At(round + 1 + (i * 0.2)), names[i], "hub", 200);
            }
        }

        h.Flush();
        Assert.Equal(0, h.Strength("hub", IndicatorId.FanIn));
    }

    [Theory]
    [InlineData(9, 0)]
    [InlineData(10, 60)]
    [InlineData(11, 64)]
    public void FanOut_DistinctNewPayeesAroundMin_StrengthRamps(int payees, int expected)
    {
        var h = new Harness();
        var names = h.DistinctAccounts("payee-", payees);
        for (var i = 0; i < payees; i++)
        {
            h.Tx(Harness.At(1 + (i * 0.2)), "hub", names[i], 200);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("hub", IndicatorId.FanOut));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 60)]
    [InlineData(4, 73)]
    public void ScatterGather_IntermediariesFromOneSourceAroundMin_StrengthRamps(int intermediaries, int expected)
    {
        var h = new Harness();
        var names = h.DistinctAccounts("mid-", intermediaries);
        for (var i = 0; i < intermediaries; i++)
        {
            h.Tx(Harness.At(1 + i), "source", names[i], 5_000);
            h.Tx(Harness.At(1.5 + i), names[i], "sink", 4_800);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("sink", IndicatorId.ScatterGather));
    }

    [Theory]
    [InlineData(5, 4, 0)]
    [InlineData(4, 5, 0)]
    [InlineData(5, 5, 60)]
    [InlineData(6, 6, 68)]
    public void GatherScatter_PayersAndPayeesAroundMin_WeakerSideDecides(int payers, int payees, int expected)
    {
        var h = new Harness();
        var ins = h.DistinctAccounts("in-", payers);
        var outs = h.DistinctAccounts("out-", payees);
        for (var i = 0; i < payers; i++)
        {
            h.Tx(Harness.At(1 + (i * 0.1)), ins[i], "hub", 1_000);
        }

        for (var i = 0; i < payees; i++)
        {
            h.Tx(Harness.At(2 + (i * 0.1)), "hub", outs[i], 900);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("hub", IndicatorId.GatherScatter));
    }

    [Theory]
    [InlineData(999, 0)]
    [InlineData(1_000, 60)]
    public void Cycle_MoneyReturnsAroundMinAmount_CountsFromIt(int returned, int expected)
    {
        var h = new Harness();
        h.Tx(Harness.At(1), "a", "b", 1_100);
        h.Tx(Harness.At(2), "b", "c", 1_050);
        h.Tx(Harness.At(3), "c", "a", returned);
        h.Flush();
        Assert.Equal(expected, h.Strength("a", IndicatorId.Cycle));
    }

    // Twenty inflows a day for each link (default): at, just under and just over the limit, and off.
    [Theory]
    [InlineData(3, 59, 20, 60)]
    [InlineData(3, 60, 20, 60)]
    [InlineData(3, 61, 20, 0)]
    [InlineData(4, 80, 20, 73)]
    [InlineData(3, 5_000, 0, 60)]
    public void ScatterGather_InflowsTodayAroundLimit_CrowdCancelsIt(int intermediaries, int inflowsToday, int maxPerIntermediary, int expected) =>
        Assert.Equal(expected, ScatterGatherIndicator.Strength(intermediaries, inflowsToday,
            new ScatterGatherOptions { MaxDailyEventsPerIntermediary = maxPerIntermediary }));

    [Theory]
    [InlineData(1, 19, 20, 60)]
    [InlineData(1, 20, 20, 60)]
    [InlineData(1, 21, 20, 0)]
    [InlineData(2, 40, 20, 100)]
    [InlineData(1, 5_000, 0, 60)]
    public void Cycle_InflowsTodayAroundLimit_CrowdCancelsIt(int returns, int inflowsToday, int maxPerReturn, int expected) =>
        Assert.Equal(expected, CycleIndicator.Strength(returns, inflowsToday, new CycleOptions { MaxDailyEventsPerReturn = maxPerReturn }));

    // An employer paid by a crowd the same day: the one return is chance when more than 20 inflows came with it.
    [Theory]
    [InlineData(19, 60)]
    [InlineData(20, 0)]
    public void Cycle_ReturnAmongACrowdOfPayers_CountsOnlyWhileFew(int crowd, int expected)
    {
        var h = new Harness();
        var payers = h.DistinctAccounts("customer-", crowd, "a", "b", "c");
        for (var i = 0; i < crowd; i++)
        {
            h.Tx(Harness.At(0.5 + (i * 0.01)), payers[i], "a", 50);
        }

        h.Tx(Harness.At(1), "a", "b", 1_100);
        h.Tx(Harness.At(2), "b", "c", 1_050);
        h.Tx(Harness.At(3), "c", "a", 1_000);
        h.Flush();
        Assert.Equal(expected, h.Strength("a", IndicatorId.Cycle));
    }

    [Fact]
    public void Cycle_TwoReturns_FullStrength()
    {
        var h = new Harness();
        for (var r = 0; r < 2; r++)
        {
            h.Tx(Harness.At(1 + (r * 4)), "a", "b", 1_100);
            h.Tx(Harness.At(2 + (r * 4)), "b", "c", 1_050);
            h.Tx(Harness.At(3 + (r * 4)), "c", "a", 1_000);
        }

        h.Flush();
        Assert.Equal(100, h.Strength("a", IndicatorId.Cycle));
    }
}
