using Breakcard.Graph.Typology;

namespace Breakcard.Graph.Tests.Typology;

public sealed class TypologyDetectorTests
{
    [Fact]
    public void Detect_FanInAndFanOut_CountDistinctWithinWindow()
    {
        var (_, g) = GraphText.Build(
            "09:00 S1 -> X 10", "09:10 S2 -> X 10", "09:20 S3 -> X 10", "09:30 S1 -> X 10", "10:00 S4 -> X 10",
            "d3+09:00 S5 -> X 10",
            "11:00 X -> R1 5", "11:05 X -> R2 5", "11:10 X -> CASH:1 5 atm_cash");
        var p = new TypologyDetector().Detect(g);
        var x = p[g.Id("X")];
        Assert.Equal(4, x.FanIn);
        Assert.Equal(2, x.FanOut);           // the cash point is not a counterparty
        Assert.Equal(2, x.GatherScatter);
    }

    [Fact]
    public void Detect_GatherScatterHub_MinOfPayersAndPayees()
    {
        var (_, g) = GraphText.Build(
            "09:00 A -> H 100", "09:05 B -> H 100", "09:10 C -> H 100", "09:15 D -> H 100",
            "10:00 H -> X 130", "10:05 H -> Y 130", "10:10 H -> Z 130");
        Assert.Equal(3, new TypologyDetector().Detect(g)[g.Id("H")].GatherScatter);
    }

    [Fact]
    public void Detect_ScatterGather_SourceIntermediariesAndDestination()
    {
        var (_, g) = GraphText.Build(
            "09:00 S -> M1 100", "09:01 S -> M2 100", "09:02 S -> M3 100",
            "10:00 M1 -> D 95", "10:30 M2 -> D 95", "11:00 M3 -> D 95",
            "d2+10:00 M1 -> Q 10");
        var p = new TypologyDetector().Detect(g);
        Assert.Equal(3, p[g.Id("S")].ScatterGather);
        Assert.Equal(3, p[g.Id("D")].ScatterGather);
        Assert.Equal(3, p[g.Id("M2")].ScatterGather);
        Assert.Equal(0, p[g.Id("Q")].ScatterGather);
    }

    [Fact]
    public void Detect_CycleWithShrinkingAmounts_FoundForEveryMember()
    {
        var (_, g) = GraphText.Build(
            "09:00 A -> B 1000", "10:00 B -> C 950", "11:00 C -> A 900",
            "09:00 P -> Q 1000", "12:00 Q -> P 100");
        var p = new TypologyDetector().Detect(g);
        Assert.Equal(3, p[g.Id("A")].CycleLength);
        Assert.Equal(3, p[g.Id("B")].CycleLength);
        Assert.Equal(3, p[g.Id("C")].CycleLength);
        Assert.Equal(0, p[g.Id("P")].CycleLength);
    }

    [Fact]
    public void Detect_CycleBackwardsInTime_NotACycle()
    {
        var (_, g) = GraphText.Build("11:00 A -> B 1000", "10:00 B -> A 950");
        Assert.Equal(0, new TypologyDetector().Detect(g)[g.Id("A")].CycleLength);
    }

    [Fact]
    public void Detect_LayeredStack_DepthOfPassThroughChain()
    {
        var (_, g) = GraphText.Build(
            "09:00 V -> L1 10000", "09:10 L1 -> L2 9800", "09:20 L2 -> L3 9600", "09:30 L3 -> CASH:1 9500 atm_cash",
            "d5+09:00 E -> W 5000", "d9+09:00 W -> SHOP 300");
        var p = new TypologyDetector().Detect(g);
        Assert.Equal(3, p[g.Id("L1")].StackDepth);
        Assert.Equal(3, p[g.Id("L2")].StackDepth);
        Assert.Equal(3, p[g.Id("L3")].StackDepth);
        Assert.Equal(0, p[g.Id("V")].StackDepth);
        Assert.Equal(0, p[g.Id("W")].StackDepth);
        Assert.Equal(0.98, p[g.Id("L1")].PassThroughShare, 3);
    }

    [Fact]
    public void Detect_StackBrokenByDelay_ShorterChains()
    {
        // L2 waits two days before forwarding: each hop is still a pass-through of its own money
        // over the whole data only if within the window, so L2 is no longer one.
        var (_, g) = GraphText.Build(
            "09:00 V -> L1 10000", "09:10 L1 -> L2 9800", "d2+09:20 L2 -> L3 9600", "d2+09:30 L3 -> CASH:1 9500 atm_cash");
        var p = new TypologyDetector().Detect(g);
        Assert.Equal(1, p[g.Id("L1")].StackDepth);
        Assert.Equal(0, p[g.Id("L2")].StackDepth);
        Assert.Equal(1, p[g.Id("L3")].StackDepth);
    }

    [Fact]
    public void FeatureNames_MatchVectorLength()
    {
        Assert.Equal(AccountPatterns.FeatureNames.Count, new AccountPatterns(1, 2, 3, 4, 5, 6, 0.5).ToFeatures().Length);
        Assert.Equal([1, 2, 3, 4, 5, 6, 0.5], new AccountPatterns(1, 2, 3, 4, 5, 6, 0.5).ToFeatures());
    }
}
