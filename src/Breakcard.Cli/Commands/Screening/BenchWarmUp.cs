namespace Breakcard.Cli.Commands.Screening;

/// <summary>How <c>screen bench</c> warms the screener up before its measured rounds (ADR 461).</summary>
internal enum BenchWarmUpRule
{
    /// <summary>Rounds until one compiles no method (the JIT is quiet), at most <see cref="BenchWarmUp.MaxRounds"/>.</summary>
    Quiet,

    /// <summary>One round, as the bench did before ADR 461: its median then includes the tiered JIT's recompilation.</summary>
    Once,
}

/// <summary>
/// The bench's warm-up. A production screener runs warm for hours, so its steady state is code the tiered JIT has finished
/// recompiling. With 76 readings each reaching its call count at its own pace, one warm-up round left the JIT at work through
/// about half of 21 measured rounds (ADR 452), and the bench partly measured the JIT. <see cref="BenchWarmUpRule.Quiet"/> runs
/// rounds until a whole round compiles no method (<see cref="System.Runtime.JitInfo.GetCompiledMethodCount"/>, all threads).
/// </summary>
internal static class BenchWarmUp
{
    /// <summary>The bound on quiet warm-up rounds: a text set that keeps the JIT busy still gets measured.</summary>
    public const int MaxRounds = 40;

    /// <summary>
    /// Runs <paramref name="round"/> as <paramref name="rule"/> says, reading <paramref name="compiledMethods"/> (a running
    /// count) before the first round and after each. Returns the rounds run and whether the last compiled nothing.
    /// </summary>
    public static (int Rounds, bool Quiet) Run(BenchWarmUpRule rule, Action round, Func<long> compiledMethods)
    {
        var before = compiledMethods();
        var limit = rule == BenchWarmUpRule.Once ? 1 : MaxRounds;
        for (var rounds = 1; ; rounds++)
        {
            round();
            var after = compiledMethods();
            if (after == before || rounds == limit)
            {
                return (rounds, after == before);
            }

            before = after;
        }
    }
}
