using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Indicators;

/// <summary>The graph typology indicators (ADR 0125) at, below and above their thresholds, and a finding applied in event time.</summary>
public sealed class GraphTypologyIndicatorTests
{
    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 60)]
    [InlineData(4, 73)] // 60 + 40 × 1/3
    [InlineData(6, 100)]
    public void GraphStack_DepthAroundMin_StrengthRamps(int depth, int expected) =>
        Assert.Equal(expected, GraphStackIndicator.Strength(depth, new GraphStackOptions()));

    [Theory]
    [InlineData(0, 0)] // no cycle
    [InlineData(5, 0)] // longer than counted
    [InlineData(4, 60)] // the longest counted
    [InlineData(3, 80)]
    [InlineData(2, 100)] // money straight back
    public void GraphCycle_LengthAroundMax_ShorterIsStronger(int length, int expected) =>
        Assert.Equal(expected, GraphCycleIndicator.Strength(length, new GraphCycleOptions()));

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 60)]
    [InlineData(4, 73)]
    public void GraphScatterGather_IntermediariesAroundMin_StrengthRamps(int intermediaries, int expected) =>
        Assert.Equal(expected, GraphScatterGatherIndicator.Strength(intermediaries, new GraphScatterGatherOptions()));

    [Fact]
    public void Finding_AppliedAfterEarlierEvents_RaisesStrengthsAndKeepsTheBestValues()
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "a", "b", 3_000);
        var account = h.Reference.Accounts.Find("a");

        h.Engine.ApplyGraphFinding(account, Harness.At(24).ToUnixTimeSeconds(), scatterGather: 4, cycleLength: 3, stackDepth: 2);
        Assert.Equal(73, h.Strength("a", IndicatorId.GraphScatterGather));
        Assert.Equal(80, h.Strength("a", IndicatorId.GraphCycle));
        Assert.Equal(0, h.Strength("a", IndicatorId.GraphStack)); // depth 2: below the minimum

        // A later, weaker finding does not lower what is known: a longer cycle keeps the shorter one.
        h.Engine.ApplyGraphFinding(account, Harness.At(25).ToUnixTimeSeconds(), scatterGather: 3, cycleLength: 4, stackDepth: 3);
        Assert.Equal(80, h.Strength("a", IndicatorId.GraphCycle));
        Assert.Equal(60, h.Strength("a", IndicatorId.GraphStack));
    }

    [Fact]
    public void Finding_ForAnAccountNeverSeen_IsIgnored()
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "a", "b", 3_000);
        var unseen = h.Reference.InternAccount("never-seen");
        h.Engine.ApplyGraphFinding(unseen, Harness.At(24).ToUnixTimeSeconds(), scatterGather: 9, cycleLength: 2, stackDepth: 9);
        Assert.Equal(0, h.Strength("never-seen", IndicatorId.GraphStack));
    }

    [Fact]
    public void Finding_WithWeights_AlertsWithItsMeasuredValues()
    {
        var options = DetectionOptions.Default with
        {
            Scoring = DetectionOptions.Default.Scoring with
            {
                Weights = new Dictionary<string, int>(StringComparer.Ordinal) { ["GRAPH_STACK"] = 50, ["GRAPH_CYCLE"] = 30 },
            },
        };
        var h = new Harness(options);
        h.Tx(Harness.At(10), "a", "b", 3_000);
        h.Engine.ApplyGraphFinding(h.Reference.Accounts.Find("a"), Harness.At(24).ToUnixTimeSeconds(), scatterGather: 0, cycleLength: 2, stackDepth: 6);

        // 50 × 1.00 (depth 6 = twice the minimum) + 30 × 1.00 (a two-hop cycle) = 80.
        var alert = Assert.Single(h.AlertsFor("a"));
        Assert.Equal(80, alert.Risk);
        var stack = Assert.Single(alert.Facts, f => f.Indicator == IndicatorId.GraphStack);
        Assert.Equal((6L, 3L), (stack.Value, stack.Threshold));
        var cycle = Assert.Single(alert.Facts, f => f.Indicator == IndicatorId.GraphCycle);
        Assert.Equal((2L, 4L), (cycle.Value, cycle.Threshold));
    }
}
