using Breakcard.Core.Errors;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Learning;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Tests.Learning;

public sealed class LearnedModelTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "breakcard-model-" + Guid.NewGuid().ToString("N"));

    public LearnedModelTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// Mules have pass-through together with fan-in; negatives have fan-in alone (shops) or
    /// nothing; a little label noise keeps the problem honest.
    /// </summary>
    private static List<TrainingExample> Examples(int seed)
    {
        var random = new Random(seed);
        var list = new List<TrainingExample>();
        for (var i = 0; i < 1_200; i++)
        {
            var s = default(Strengths);
            var mule = i % 4 == 0;
            if (mule)
            {
                s[(int)IndicatorId.PassThrough] = (byte)random.Next(60, 101);
                s[(int)IndicatorId.FanIn] = (byte)random.Next(0, 101);
            }
            else if (i % 4 == 1)
            {
                s[(int)IndicatorId.FanIn] = (byte)random.Next(60, 101);
                s[(int)IndicatorId.Burst] = (byte)random.Next(0, 70);
            }

            list.Add(new TrainingExample(ScoredKind.Account, s, mule ^ (random.Next(100) == 0)));
        }

        return list;
    }

    private static Strengths With(IndicatorId a, byte sa, IndicatorId b = IndicatorId.Burst, byte sb = 0)
    {
        var s = default(Strengths);
        s[(int)a] = sa;
        s[(int)b] = sb;
        return s;
    }

    [Theory]
    [InlineData(LearnedAlgorithm.FastTree)]
    [InlineData(LearnedAlgorithm.LightGbm)]
    public void Train_ThenLoad_SeparatesMulesFromShopsAndExplainsWithIndicators(LearnedAlgorithm algorithm)
    {
        var path = Path.Combine(_dir, "model.zip");
        var result = ModelTrainer.Train(Examples(1), algorithm, seed: 7, path);
        Assert.Equal(1_200, result.Examples);
        Assert.True(result.HoldoutAuc > 0.95, $"AUC {result.HoldoutAuc}");

        using var model = LearnedRiskModel.Load(path);
        Assert.Equal(algorithm.ToString().ToLowerInvariant(), model.Name);
        var mule = With(IndicatorId.PassThrough, 90, IndicatorId.FanIn, 80);
        var shop = With(IndicatorId.FanIn, 90);
        Assert.True(model.Score(ScoredKind.Account, mule) >= 70, $"mule {model.Score(ScoredKind.Account, mule)}");
        Assert.True(model.Score(ScoredKind.Account, shop) <= 20, $"shop {model.Score(ScoredKind.Account, shop)}");
        Assert.True(model.Score(ScoredKind.Account, default) <= 20);
        var explanation = model.Explain(ScoredKind.Account, mule);
        Assert.Equal(IndicatorId.PassThrough, explanation[0].Indicator);
        Assert.All(explanation, c => Assert.True(mule[(int)c.Indicator] > 0));

        // Shapley points add up to the risk minus the risk with no indicator (to rounding).
        var baseRisk = model.Score(ScoredKind.Account, default);
        Assert.InRange(explanation.Sum(c => c.Points), model.Score(ScoredKind.Account, mule) - baseRisk - 1.5, model.Score(ScoredKind.Account, mule) - baseRisk + 1.5);
    }

    [Fact]
    public void Train_SameSeed_SameScores()
    {
        var a = Path.Combine(_dir, "a.zip");
        var b = Path.Combine(_dir, "b.zip");
        ModelTrainer.Train(Examples(3), LearnedAlgorithm.FastTree, seed: 11, a);
        ModelTrainer.Train(Examples(3), LearnedAlgorithm.FastTree, seed: 11, b);
        using var ma = LearnedRiskModel.Load(a);
        using var mb = LearnedRiskModel.Load(b);
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var s = With(IndicatorId.PassThrough, (byte)random.Next(101), IndicatorId.FanIn, (byte)random.Next(101));
            Assert.Equal(ma.Score(ScoredKind.Account, s), mb.Score(ScoredKind.Account, s));
        }
    }

    /// <summary>
    /// A score is the model's for the whole strength vector, whatever the model scored before
    /// (ADR 0330): the cache key once left out the last four slots, so a vector differing from an
    /// earlier one only in CODE_RELAY or a graph indicator got the earlier one's score — and an
    /// engine's scores depended on its history, so shards disagreed with the single process.
    /// </summary>
    [Theory]
    [InlineData(IndicatorId.CodeRelay)]
    [InlineData(IndicatorId.GraphStack)]
    [InlineData(IndicatorId.GraphCycle)]
    [InlineData(IndicatorId.GraphScatterGather)]
    public void Score_VectorsDifferingOnlyInALastSlot_EachScoredOnItsOwn_NotByCacheHistory(IndicatorId indicator)
    {
        var random = new Random(9);
        var examples = Enumerable.Range(0, 1_200).Select(i =>
        {
            var s = With(IndicatorId.FanIn, (byte)random.Next(0, 101));
            var mule = i % 3 == 0;
            s[(int)indicator] = mule ? (byte)random.Next(60, 101) : (byte)0;
            return new TrainingExample(ScoredKind.Account, s, mule);
        }).ToList();
        var path = Path.Combine(_dir, "last-slot.zip");
        ModelTrainer.Train(examples, LearnedAlgorithm.FastTree, seed: 7, path);
        using var history = LearnedRiskModel.Load(path);
        using var fresh = history.Copy();
        var without = With(IndicatorId.FanIn, 50);
        var with = without;
        with[(int)indicator] = 90;

        var before = history.Score(ScoredKind.Account, without);
        var after = history.Score(ScoredKind.Account, with);

        Assert.True(fresh.Score(ScoredKind.Account, with) - before >= 30, $"the model does not learn {indicator}: {before} → {fresh.Score(ScoredKind.Account, with)}");
        Assert.Equal(fresh.Score(ScoredKind.Account, with), after);
    }

    [Fact]
    public void Load_NotAModel_LocatedError()
    {
        var path = Path.Combine(_dir, "junk.zip");
        File.WriteAllText(path, "not a zip");
        var ex = Assert.Throws<InvalidInputException>(() => LearnedRiskModel.Load(path));
        Assert.Equal(path, ex.Error.Source);
    }

    [Fact]
    public void Train_OneClassOnly_Refused() =>
        Assert.Throws<ArgumentException>(() => ModelTrainer.Train(
            [new TrainingExample(ScoredKind.Account, default, false), new TrainingExample(ScoredKind.Account, default, false)],
            LearnedAlgorithm.FastTree, 1, Path.Combine(_dir, "x.zip")));
}
