using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Tests.Scoring;

public sealed class PointsModelTests
{
    private static readonly PointsModel Model = new(DetectionOptions.Default);

    private static Strengths With(params (IndicatorId Id, byte Strength)[] values)
    {
        var s = default(Strengths);
        foreach (var (id, strength) in values)
        {
            s[(int)id] = strength;
        }

        return s;
    }

    [Fact]
    public void Score_OnePrimaryAtFullStrength_IsItsWeight() =>
        Assert.Equal(55, Model.Score(ScoredKind.Account, With((IndicatorId.PassThrough, 100))));

    [Fact]
    public void Score_PrimaryAndContext_AddUp()
    {
        // 55 × 0.8 + 15 × 0.6 + 25 × 1.0 = 44 + 9 + 25 = 78.
        var s = With((IndicatorId.PassThrough, 80), (IndicatorId.FanIn, 60), (IndicatorId.DormantRevived, 100));
        Assert.Equal(78, Model.Score(ScoredKind.Account, s));
    }

    [Fact]
    public void Score_ContextAlone_CappedBelowAlertThreshold()
    {
        // 20 + 25 + 15 + 15 + 10 = 85 context points, capped at 45 without a primary indicator.
        var s = With((IndicatorId.ProfileMismatch, 100), (IndicatorId.DormantRevived, 100), (IndicatorId.NewAccountVelocity, 100),
            (IndicatorId.JustUnderThreshold, 100), (IndicatorId.AbnormalHours, 100));
        Assert.Equal(45, Model.Score(ScoredKind.Account, s));
        Assert.True(Model.Score(ScoredKind.Account, s) < DetectionOptions.Default.Scoring.AlertThreshold);
    }

    [Fact]
    public void Score_Total_CappedAtHundred() =>
        Assert.Equal(100, Model.Score(ScoredKind.Account, With(
            (IndicatorId.PassThrough, 100), (IndicatorId.ScatterGather, 100), (IndicatorId.GatherScatter, 100), (IndicatorId.Cycle, 100))));

    [Fact]
    public void Score_PhoneIndicatorsOnAnAccount_Ignored() =>
        Assert.Equal(0, Model.Score(ScoredKind.Account, With((IndicatorId.ShortCallSpray, 100))));

    [Fact]
    public void Score_LinkedRisk_CountsForBothKinds()
    {
        Assert.Equal(30, Model.Score(ScoredKind.Account, With((IndicatorId.LinkedRisk, 100))));
        Assert.Equal(30, Model.Score(ScoredKind.Phone, With((IndicatorId.LinkedRisk, 100))));
    }

    [Fact]
    public void Explain_ListsNonZeroLargestFirst_SummingToScore()
    {
        var s = With((IndicatorId.PassThrough, 80), (IndicatorId.FanIn, 60), (IndicatorId.DormantRevived, 100));
        var parts = Model.Explain(ScoredKind.Account, s);
        Assert.Equal([IndicatorId.PassThrough, IndicatorId.DormantRevived, IndicatorId.FanIn], parts.Select(p => p.Indicator));
        Assert.Equal([44.0, 25.0, 9.0], parts.Select(p => p.Points));
        Assert.Equal(Model.Score(ScoredKind.Account, s), (int)Math.Round(parts.Sum(p => p.Points)));
    }

    [Fact]
    public void Explain_CappedContext_ScaledToTheCap()
    {
        var s = With((IndicatorId.ProfileMismatch, 100), (IndicatorId.DormantRevived, 100), (IndicatorId.NewAccountVelocity, 100),
            (IndicatorId.JustUnderThreshold, 100), (IndicatorId.AbnormalHours, 100));
        Assert.Equal(45.0, Model.Explain(ScoredKind.Account, s).Sum(p => p.Points), 6);
    }

    [Fact]
    public void Weights_OverriddenByOptions_UsedInScore()
    {
        var options = DetectionOptions.Default with
        {
            Scoring = DetectionOptions.Default.Scoring with { Weights = new Dictionary<string, int> { ["PASS_THROUGH"] = 70 } },
        };
        Assert.Equal(70, new PointsModel(options).Score(ScoredKind.Account, With((IndicatorId.PassThrough, 100))));
    }

    [Fact]
    public void Catalog_EveryIndicatorDocumented()
    {
        Assert.Equal(Enum.GetValues<IndicatorId>().Length, IndicatorCatalog.Count);
        foreach (var info in IndicatorCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(info.Source), info.Code);
            Assert.False(string.IsNullOrWhiteSpace(info.Basis), info.Code);
            Assert.Matches("^[A-Z_]+$", info.Code);
        }
    }
}

public sealed class ShapleyExplainerTests
{
    [Fact]
    public void Explain_AdditiveModel_GivesEachIndicatorItsOwnPoints()
    {
        var model = new PointsModel(DetectionOptions.Default);
        var s = default(Strengths);
        s[(int)IndicatorId.PassThrough] = 80;
        s[(int)IndicatorId.FanIn] = 60;
        s[(int)IndicatorId.DormantRevived] = 100;
        var parts = ShapleyExplainer.Explain(s, x => model.Score(ScoredKind.Account, x));

        // Every coalition stays under the context cap (dormancy alone is 25 < 45), so the model is
        // additive here and each indicator's Shapley value is its own points: 55×0.8, 25×1.0, 15×0.6.
        Assert.Equal([(IndicatorId.PassThrough, 44.0), (IndicatorId.DormantRevived, 25.0), (IndicatorId.FanIn, 9.0)],
            parts.Select(p => (p.Indicator, p.Points)));
    }

    [Fact]
    public void Explain_TwoIndicatorsWithInteraction_SplitsTheInteractionEqually()
    {
        // v({}) = 0, v({a}) = 0, v({b}) = 0, v({a,b}) = 10: each gets 5.
        var s = default(Strengths);
        s[(int)IndicatorId.PassThrough] = 50;
        s[(int)IndicatorId.FanIn] = 50;
        var parts = ShapleyExplainer.Explain(s, x => x[(int)IndicatorId.PassThrough] > 0 && x[(int)IndicatorId.FanIn] > 0 ? 10 : 0);
        Assert.All(parts, p => Assert.Equal(5.0, p.Points));
    }
}
