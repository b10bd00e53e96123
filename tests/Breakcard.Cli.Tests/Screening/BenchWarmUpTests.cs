using Breakcard.Cli.Commands.Screening;

namespace Breakcard.Cli.Tests.Screening;

/// <summary>
/// The bench's warm-up rule (ADR 461) over a scripted count of compiled methods: no clock, no JIT, nothing timed.
/// </summary>
public sealed class BenchWarmUpTests
{
    // The count read before the first round, then after each round.
    private static (int Rounds, bool Quiet, int Ran) Warm(BenchWarmUpRule rule, params long[] counts)
    {
        var reads = 0;
        var ran = 0;
        var (rounds, quiet) = BenchWarmUp.Run(rule, () => ran++, () => counts[Math.Min(reads++, counts.Length - 1)]);
        return (rounds, quiet, ran);
    }

    [Fact]
    public void Quiet_StopsAfterTheFirstRoundThatCompilesNothing()
    {
        Assert.Equal((4, true, 4), Warm(BenchWarmUpRule.Quiet, 100, 900, 950, 951, 951, 951));
    }

    [Fact]
    public void Quiet_ARoundThatCompilesOneMethod_IsNotQuiet()
    {
        Assert.Equal((3, true, 3), Warm(BenchWarmUpRule.Quiet, 0, 10, 11, 11));
    }

    [Fact]
    public void Quiet_WhenTheJitNeverRests_StopsAtTheBound()
    {
        var counts = Enumerable.Range(0, 100).Select(i => (long)i * 3).ToArray();
        Assert.Equal((BenchWarmUp.MaxRounds, false, BenchWarmUp.MaxRounds), Warm(BenchWarmUpRule.Quiet, counts));
    }

    [Fact]
    public void Once_RunsOneRound_AsTheBenchDidBefore()
    {
        Assert.Equal((1, false, 1), Warm(BenchWarmUpRule.Once, 0, 500, 600, 600));
    }
}
