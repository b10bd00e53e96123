using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests;

/// <summary>
/// The generator streams: what it holds at once is one day's events (and a bounded queue of
/// pending steps), so memory does not grow with the number of days. Measured with the
/// generator's own deterministic counters; peak process memory is in docs/benchmarks.md.
/// </summary>
public sealed class StreamingTests(Worlds worlds)
{
    [Fact]
    public async Task BufferedEvents_DoNotGrowWithTheNumberOfDays()
    {
        var ct = TestContext.Current.CancellationToken;
        var shortRun = await WorldSimulator.RunAsync(new SimulationOptions(3_000, 8, 5, SimulationOptions.DefaultStart, OutputFormat.Csv), worlds.NewFolder("stream-8"), cancellationToken: ct);
        var longRun = await WorldSimulator.RunAsync(new SimulationOptions(3_000, 32, 5, SimulationOptions.DefaultStart, OutputFormat.Csv), worlds.NewFolder("stream-32"), cancellationToken: ct);

        Assert.True(longRun.Events > 3.5 * shortRun.Events, $"{longRun.Events} vs {shortRun.Events} events");
        Assert.True(longRun.MaxEventsPerDay < 1.3 * shortRun.MaxEventsPerDay, $"{longRun.MaxEventsPerDay} vs {shortRun.MaxEventsPerDay} events held");
        Assert.True(longRun.MaxPendingActions < 2 * Math.Max(100, shortRun.MaxPendingActions), $"{longRun.MaxPendingActions} vs {shortRun.MaxPendingActions} pending");

        // One day's events, never the period's: the bound is a small multiple of the daily mean.
        Assert.True(longRun.MaxEventsPerDay < 2.0 * longRun.Events / 32, $"{longRun.MaxEventsPerDay} held, {longRun.Events / 32} a day on average");
        Assert.Equal(3, WorldSimulator.BatchesInFlight);
    }
}
