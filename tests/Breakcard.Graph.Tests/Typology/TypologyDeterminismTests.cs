using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Typology;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Graph.Tests.Typology;

public sealed class TypologyDeterminismTests
{
    [Fact]
    public void Detect_LargeRandomGraphTwice_SameFeatures()
    {
        // Big enough for the work to be split across threads in several chunks.
        var rng = new SeededRandom(11);
        var builder = new TemporalGraphBuilder();
        for (var a = 0; a < 6_000; a++)
        {
            builder.Accounts.Intern("A" + a);
        }

        for (var e = 0; e < 40_000; e++)
        {
            var from = rng.NextInt(6_000);
            var to = rng.Chance(0.5) ? (from + 1 + rng.NextInt(20)) % 6_000 : rng.NextInt(6_000);
            builder.Add(from, to, rng.NextLong(0, 10 * TimeSpan.TicksPerDay), rng.NextLong(100, 100_000), Channel.Transfer);
        }

        var g = builder.Build();
        var first = new TypologyDetector().Detect(g);
        var second = new TypologyDetector().Detect(g);
        Assert.Equal(first, second);
        Assert.Contains(first, p => p.CycleLength > 0);
        Assert.Contains(first, p => p.ScatterGather > 0);
    }
}
