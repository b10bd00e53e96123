using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.Randomness;

public sealed class SeededRandomTests
{
    [Fact]
    public void NextUInt64_SameSeed_GivesSameSequence()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }
    }

    [Fact]
    public void NextUInt64_KnownSeed_MatchesRecordedValues()
    {
        // Pinned so an accidental change to the algorithm (which would change every simulated
        // world) fails loudly. Values recorded from this implementation on 2026-11-22.
        var r = new SeededRandom(1);
        Assert.Equal(Pinned, Enumerable.Range(0, 3).Select(_ => r.NextUInt64()).ToArray());
    }

    private static readonly ulong[] Pinned = SeededRandomPins.SeedOne;

    [Fact]
    public void Fork_IsIndependentOfDrawsBeforeIt()
    {
        var a = new SeededRandom(7);
        var b = new SeededRandom(7);
        for (var i = 0; i < 100; i++)
        {
            b.NextUInt64();
        }

        Assert.Equal(a.Fork("days").NextUInt64(), b.Fork("days").NextUInt64());
        Assert.NotEqual(a.Fork("days").NextUInt64(), a.Fork("people").NextUInt64());
    }

    [Fact]
    public void NextInt_LargeSample_IsRoughlyUniform()
    {
        var r = new SeededRandom(3);
        var counts = new int[10];
        for (var i = 0; i < 100_000; i++)
        {
            counts[r.NextInt(10)]++;
        }

        // Each bucket expects 10,000; 5 standard deviations is about ±475.
        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void NextInt_Range_StaysWithinBounds()
    {
        var r = new SeededRandom(5);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.InRange(r.NextInt(-3, 4), -3, 3);
        }
    }

    [Fact]
    public void PickWeighted_ZeroWeight_IsNeverChosen()
    {
        var r = new SeededRandom(11);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.NotEqual(1, r.PickWeighted([1.0, 0.0, 2.0]));
        }
    }

    [Fact]
    public void Poisson_Mean_IsClose()
    {
        var r = new SeededRandom(13);
        foreach (var lambda in new[] { 0.5, 4.0, 80.0 })
        {
            var mean = Enumerable.Range(0, 20_000).Average(_ => r.Poisson(lambda));
            Assert.InRange(mean, lambda * 0.95, lambda * 1.05);
        }
    }

    [Fact]
    public void Normal_MeanAndDeviation_AreClose()
    {
        var r = new SeededRandom(17);
        var xs = Enumerable.Range(0, 50_000).Select(_ => r.Normal(10, 2)).ToArray();
        var mean = xs.Average();
        var sd = Math.Sqrt(xs.Average(x => (x - mean) * (x - mean)));
        Assert.InRange(mean, 9.95, 10.05);
        Assert.InRange(sd, 1.95, 2.05);
    }
}
