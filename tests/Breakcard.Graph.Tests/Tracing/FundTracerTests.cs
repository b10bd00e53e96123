using Breakcard.Core;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;

namespace Breakcard.Graph.Tests.Tracing;

/// <summary>Hand-computed traces (the worked examples of docs/tracing.md).</summary>
public sealed class FundTracerTests
{
    // X gave A a prior balance of 1,000; the victim V sends 10,000 at 10:00; A forwards to B and
    // C, who withdraw cash at the same ATM.
    private static readonly string[] Example =
    [
        "08:00 X -> A 1000",
        "10:00 V -> A 10000",
        "11:00 A -> B 6000",
        "12:00 A -> C 4500",
        "13:00 B -> CASH:ATM1 5000 atm_cash",
        "14:00 C -> CASH:ATM1 4500 atm_cash",
    ];

    [Fact]
    public void Forward_Fifo_WorkedExample()
    {
        var (_, g) = GraphText.Build(Example);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(1));

        // FIFO at A: A→B takes X's 1,000 then 5,000 of V's money; A→C 4,500 of V's; 500 stays.
        Assert.Equal(Fen("5000"), Traced(r, 2));
        Assert.Equal(Fen("4500"), Traced(r, 3));
        Assert.Equal(Fen("500"), r.NodeOf(g.Id("A"))!.OutcomeAmount(TraceOutcome.Held).Fen);

        // B holds one lot of 6,000 of which 5,000 is traced; its 5,000 withdrawal is 5/6 traced:
        // ⌊5000·5000/6000⌋ = 4,166.66 (cumulative rounding), 833.34 stays.
        Assert.Equal(416_666, Traced(r, 4));
        Assert.Equal(83_334, r.NodeOf(g.Id("B"))!.OutcomeAmount(TraceOutcome.Held).Fen);
        Assert.Equal(Fen("4500"), Traced(r, 5));

        var atm = r.NodeOf(g.Id("CASH:ATM1"))!;
        Assert.Equal(866_666, atm.OutcomeAmount(TraceOutcome.Cash).Fen);
        Assert.Equal(TraceOutcome.Cash, atm.StopReason);
        Assert.Equal(3, atm.Layer);
        Assert.Equal(0.866666, atm.Share, 6);
        Assert.Equal(Fen("10000"), r.TotalAmount.Fen);
        Assert.Equal(new[] { 0, 1, 2, 3 }, r.Layers.Select(l => l.Number));
        Assert.Equal(["V"], r.Layers[0].Nodes.Select(n => n.AccountId));
        Assert.Equal(["A"], r.Layers[1].Nodes.Select(n => n.AccountId));
        Assert.Equal(["B", "C"], r.Layers[2].Nodes.Select(n => n.AccountId));
        Assert.Equal(["CASH:ATM1"], r.Layers[3].Nodes.Select(n => n.AccountId));
        Assert.Null(r.NodeOf(g.Id("X")));
    }

    [Fact]
    public void Forward_Proportional_WorkedExample()
    {
        var (_, g) = GraphText.Build(Example);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(1), new TraceOptions { Rule = ApportioningRule.Proportional });

        // A holds 1,000 (X) + 10,000 (V). A→B 6,000: X gives ⌊1000·6000/11000⌋ = 545.45, V the
        // rest 5,454.55. Then A holds 454.55 (X) + 4,545.45 (V); A→C 4,500: X ⌊45455·450000/500000⌋
        // = 409.09, V 4,090.91; V keeps 454.54.
        Assert.Equal(545_455, Traced(r, 2));
        Assert.Equal(409_091, Traced(r, 3));
        Assert.Equal(45_454, r.NodeOf(g.Id("A"))!.OutcomeAmount(TraceOutcome.Held).Fen);

        // B: 5,454.55 of its 6,000 is traced; the 5,000 withdrawal takes ⌊500000·545455/600000⌋.
        Assert.Equal(454_545, Traced(r, 4));
        Assert.Equal(90_910, r.NodeOf(g.Id("B"))!.OutcomeAmount(TraceOutcome.Held).Fen);
        Assert.Equal(409_091, Traced(r, 5));
        Assert.Equal(863_636, r.AmountBy(TraceOutcome.Cash).Fen);
    }

    [Fact]
    public void Backward_Fifo_FromWithdrawal_FindsBothSources()
    {
        var (_, g) = GraphText.Build(Example);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(4), new TraceOptions { Direction = TraceDirection.Backward });

        // The 5,000 withdrawal is B's lot from A; A→B (6,000) was X's 1,000 + 5,000 of V's, so
        // 5,000 of it splits 1:5 → X 833.33, V 4,166.67. Neither X nor V shows where its money came from.
        Assert.Equal(Fen("5000"), Traced(r, 2));
        Assert.Equal(83_333, Traced(r, 0));
        Assert.Equal(416_667, Traced(r, 1));
        Assert.Equal(83_333, r.NodeOf(g.Id("X"))!.OutcomeAmount(TraceOutcome.Unobserved).Fen);
        Assert.Equal(416_667, r.NodeOf(g.Id("V"))!.OutcomeAmount(TraceOutcome.Unobserved).Fen);
        Assert.Equal("CASH:ATM1", r.Origin.AccountId);
        Assert.Equal(3, r.NodeOf(g.Id("V"))!.Layer);
    }

    [Fact]
    public void Forward_OutflowBeforeArrival_NeverCarriesTheMoney()
    {
        var (_, g) = GraphText.Build(
            "08:00 X -> A 1000",
            "09:00 A -> D 800",
            "10:00 V -> A 10000",
            "11:00 A -> B 10200");
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(2));
        Assert.Null(r.NodeOf(g.Id("D")));

        // FIFO: A→B takes X's remaining 200 first, then all 10,000 of V's.
        Assert.Equal(Fen("10000"), Traced(r, 3));
    }

    [Fact]
    public void Forward_HopLimit_StopsAtLastLayer()
    {
        var (_, g) = GraphText.Build(
            "10:00 V -> A 100",
            "11:00 A -> B 100",
            "12:00 B -> C 100",
            "13:00 C -> D 100");
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0), new TraceOptions { MaxHops = 2 });
        var b = r.NodeOf(g.Id("B"))!;
        Assert.Equal(TraceOutcome.HopLimit, b.StopReason);
        Assert.Equal(Fen("100"), b.OutcomeAmount(TraceOutcome.HopLimit).Fen);
        Assert.Null(r.NodeOf(g.Id("C")));
    }

    [Fact]
    public void Forward_TimeSpan_MoneyAfterSpanCountsAsTimeLimit()
    {
        var (_, g) = GraphText.Build(
            "10:00 V -> A 100",
            "11:00 A -> B 40",
            "d3+10:00 A -> C 60");
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0), new TraceOptions { MaxSpan = TimeSpan.FromDays(1) });
        Assert.Equal(Fen("40"), Traced(r, 1));
        Assert.Equal(Fen("60"), r.NodeOf(g.Id("A"))!.OutcomeAmount(TraceOutcome.TimeLimit).Fen);
        Assert.Null(r.NodeOf(g.Id("C")));
    }

    [Fact]
    public void Forward_MinimumAmount_SmallPartsNotFollowed()
    {
        var (_, g) = GraphText.Build(
            "10:00 V -> A 1000",
            "11:00 A -> B 990",
            "11:05 A -> C 10");
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0), new TraceOptions { MinAmount = Money.FromYuan(50) });
        Assert.Null(r.NodeOf(g.Id("C")));
        Assert.Equal(Fen("10"), r.NodeOf(g.Id("A"))!.OutcomeAmount(TraceOutcome.BelowMinimum).Fen);
        Assert.Equal(Fen("990"), r.NodeOf(g.Id("A"))!.Passed.Fen);
    }

    [Fact]
    public void Forward_ExternalAndKnownNormal_StopThere()
    {
        var (b, g) = GraphText.Build(
            "10:00 V -> A 1000",
            "11:00 A -> EXT 600",
            "11:10 A -> SHOP 400",
            "12:00 EXT -> Z 600",
            "12:00 SHOP -> Z 400");
        b.Accounts.Mark(g.Id("EXT"), AccountFlags.External);
        b.Accounts.Mark(g.Id("SHOP"), AccountFlags.KnownNormal);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0));
        Assert.Equal(Fen("600"), r.AmountBy(TraceOutcome.External).Fen);
        Assert.Equal(Fen("400"), r.AmountBy(TraceOutcome.NormalBehaviour).Fen);
        Assert.Null(r.NodeOf(g.Id("Z")));
    }

    [Fact]
    public void Forward_PosPayment_IsCashOutAtTheMerchant()
    {
        var (_, g) = GraphText.Build(
            "10:00 V -> A 1000",
            "11:00 A -> M 1000 pos",
            "12:00 M -> Z 1000");
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0));
        Assert.Equal(Fen("1000"), r.NodeOf(g.Id("M"))!.OutcomeAmount(TraceOutcome.Cash).Fen);
        Assert.Single(r.CashPoints);
        Assert.Null(r.NodeOf(g.Id("Z")));
    }

    [Fact]
    public void Forward_MerchantLikeAccount_StopsAsNormalBehaviour()
    {
        // SHOP has 40 customers and keeps its takings for days: normal business.
        var lines = new List<string> { "10:00 V -> A 1000", "11:00 A -> SHOP 1000" };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"d{i % 5}+09:{i:00} C{i} -> SHOP 10");
        }

        lines.Add("d6+18:00 SHOP -> SUPPLIER 1400");
        var (_, g) = GraphText.Build([.. lines]);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0));
        Assert.Equal(TraceOutcome.NormalBehaviour, r.NodeOf(g.Id("SHOP"))!.StopReason);
        Assert.Null(r.NodeOf(g.Id("SUPPLIER")));
    }

    [Fact]
    public void Forward_PassThroughWithManyCounterparties_IsFollowed()
    {
        // A settlement card: 40 strangers pay in and every payment leaves within minutes.
        var lines = new List<string> { "10:00 V -> A 1000", "10:05 A -> C1 1000", "10:10 C1 -> OUT 1000" };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"d1+09:{i:00} P{i} -> C1 10");
            lines.Add($"d1+09:{i:00} C1 -> OUT 10");
        }

        var (_, g) = GraphText.Build([.. lines]);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0), new TraceOptions { MaxSpan = TimeSpan.FromDays(3) });
        Assert.Null(r.NodeOf(g.Id("C1"))!.StopReason);
    }

    [Fact]
    public void Forward_MoneyComesBackToStart_StopsAsReturned()
    {
        var (_, g) = GraphText.Build(
            "10:00 V -> A 1000",
            "11:00 A -> V 300",
            "12:00 V -> B 300");
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0));
        Assert.Equal(Fen("300"), r.AmountBy(TraceOutcome.ReturnedToStart).Fen);
        Assert.Null(r.NodeOf(g.Id("B")));
    }

    [Fact]
    public void FromAccount_Backward_TracesAllInflowsInPeriod()
    {
        var (_, g) = GraphText.Build(
            "09:00 P -> M 100",
            "10:00 Q -> M 200",
            "d2+10:00 R -> M 300");
        var r = new FundTracer(g).Trace(
            TraceStart.FromAccount(g.Id("M"), until: GraphText.At("d1+00:00")),
            new TraceOptions { Direction = TraceDirection.Backward });
        Assert.Equal(Fen("300"), r.TotalAmount.Fen);
        Assert.Equal(["P", "Q"], r.Layers[1].Nodes.Select(n => n.AccountId));
    }

    [Fact]
    public void FromAccount_NoTransfers_ThrowsClearError()
    {
        var (_, g) = GraphText.Build("09:00 P -> M 100");
        var ex = Assert.Throws<ArgumentException>(() => new FundTracer(g).Trace(TraceStart.FromAccount(g.Id("M"))));
        Assert.Contains("made no transfers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_InvalidOptions_Throw()
    {
        var (_, g) = GraphText.Build("09:00 P -> M 100");
        var tracer = new FundTracer(g);
        Assert.Throws<ArgumentOutOfRangeException>(() => tracer.Trace(TraceStart.FromTransaction(0), new TraceOptions { MaxHops = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => tracer.Trace(TraceStart.FromTransaction(0), new TraceOptions { MaxSpan = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => tracer.Trace(TraceStart.FromTransaction(5)));
    }

    private static long Traced(TraceResult r, int edge) => r.Edges.Single(e => e.Edge == edge).Traced.Fen;

    private static long Fen(string yuan) => GraphText.Fen(yuan);
}
