using Breakcard.EarlyWarning.Scoring;
using Breakcard.EarlyWarning.Signals;
using CsCheck;

namespace Breakcard.EarlyWarning.Tests;

public sealed class ScoreProperties
{
    private static readonly SignalKind[] Kinds = [.. SignalCatalog.All.Keys];

    [Fact]
    public void Score_IsWithin0And100_AndNeverFallsWhenASignalOrPriorIsAdded()
    {
        var scorer = Town.Scorer();
        Gen.Select(Gen.Int[0, (1 << Kinds.Length) - 1], Gen.Int[0, Kinds.Length - 1], Gen.Int[0, 4]).Sample((mask, extra, priors) =>
        {
            var set = Kinds.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            var score = scorer.Score(set, priors);
            Assert.InRange(score, 0, 100);
            Assert.True(scorer.Score([.. set, Kinds[extra]], priors) >= score);
            Assert.True(scorer.Score(set, Math.Min(priors + 1, 4)) >= score);
            Assert.Equal(0, scorer.Score([], priors));
        });
    }
}
