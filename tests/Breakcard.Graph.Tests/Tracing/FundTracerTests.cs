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
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(1), new TraceOptions { Rule = ApportioningRule.Fifo });

        // FIFO at A: A→B takes X's 1,000 then 5,000 of V's money; A→C 4,500 of V's; 500 stays.
        Assert.Equal(Fen("5000"), Traced(r, 2));
        Assert.Equal(Fen("4500"), Traced(r, 3));
        Assert.Equal(Fen("500"), r.NodeOf(g.Id("A"))!.OutcomeAmount(TraceOutcome.Held).Fen);

        // V's money is fen 1,000–6,000 of A→B; B's 5,000 withdrawal takes fen 0–5,000 of it, so
        // 4,000 of V's money leaves in cash and V's last 1,000 stays in B.
        Assert.Equal(Fen("4000"), Traced(r, 4));
        Assert.Equal(Fen("1000"), r.NodeOf(g.Id("B"))!.OutcomeAmount(TraceOutcome.Held).Fen);
        Assert.Equal(Fen("4500"), Traced(r, 5));

        var atm = r.NodeOf(g.Id("CASH:ATM1"))!;
        Assert.Equal(Fen("8500"), atm.OutcomeAmount(TraceOutcome.Cash).Fen);
        Assert.Equal(TraceOutcome.Cash, atm.StopReason);
        Assert.Equal(3, atm.Layer);
        Assert.Equal(0.85, atm.Share, 6);
        Assert.Equal(Fen("10000"), r.TotalAmount.Fen);
        Assert.Equal(new[] { 0, 1, 2, 3 }, r.Layers.Select(l => l.Number));
        Assert.Equal(["V"], r.Layers[0].Nodes.Select(n => n.AccountId));
        Assert.Equal(["A"], r.Layers[1].Nodes.Select(n => n.AccountId));
        Assert.Equal(["B", "C"], r.Layers[2].Nodes.Select(n => n.AccountId));
        Assert.Equal(["CASH:ATM1"], r.Layers[3].Nodes.Select(n => n.AccountId));
        Assert.Null(r.NodeOf(g.Id("X")));
    }

    [Fact]
    public void Forward_StandingFifo_WorkedExample()
    {
        var (_, g) = GraphText.Build(Example);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(1), new TraceOptions { Rule = ApportioningRule.StandingFifo });

        // A's balances: 1,000, 11,000, 5,000, 500 — its standing balance from 11:00 on is 500, the
        // oldest money (X's). So A→B takes X's other 500 and 5,500 of V's; A→C V's last 4,500.
        Assert.Equal(Fen("5500"), Traced(r, 2));
        Assert.Equal(Fen("4500"), Traced(r, 3));
        Assert.Equal(0, r.NodeOf(g.Id("A"))!.Retained.Fen);

        // A→B is X 500 then V 5,500; B's withdrawal takes its first 5,000 fen — 4,500 of V's — and
        // B's standing 1,000 (the last fen of A→B) is V's.
        Assert.Equal(Fen("4500"), Traced(r, 4));
        Assert.Equal(Fen("1000"), r.NodeOf(g.Id("B"))!.OutcomeAmount(TraceOutcome.Held).Fen);
        Assert.Equal(Fen("9000"), r.AmountBy(TraceOutcome.Cash).Fen);
    }

    [Fact]
    public void Forward_StandingFifo_MarginDepositStaysAndVictimMoneyKeepsItsPlace()
    {
        // A collector C holds a mule's ¥5,000 margin deposit (it never leaves); victims V1 and V2
        // pay in and C forwards exactly what they paid. Plain FIFO sends the deposit out first and
        // leaves V2's money behind; the standing balance keeps the deposit and V2's money moves.
        var (_, g) = GraphText.Build(
            "09:00 M -> C 5000",
            "10:00 V1 -> C 2000",
            "10:30 C -> H 2000",
            "11:00 V2 -> C 3000",
            "11:30 C -> H 3000");
        var standing = new FundTracer(g).Trace(TraceStart.FromTransaction(3), new TraceOptions { Rule = ApportioningRule.StandingFifo });
        Assert.Equal(Fen("3000"), Traced(standing, 4));
        var fifo = new FundTracer(g).Trace(TraceStart.FromTransaction(3), new TraceOptions { Rule = ApportioningRule.Fifo });
        Assert.DoesNotContain(fifo.Edges, e => e.Edge == 4);
        Assert.Equal(Fen("3000"), fifo.NodeOf(g.Id("C"))!.OutcomeAmount(TraceOutcome.Held).Fen);
    }

    [Fact]
    public void Forward_LayerHops_CycleDoesNotUseUpHops()
    {
        // V → A → S1 → S2 → A (a round trip through two shells) → B → cash. By the money's path the
        // return to A is the fourth hop, the limit; by layers A is 1, so B is 2 and the cash point 3.
        var (_, g) = GraphText.Build(
            "10:00 V -> A 1000",
            "10:10 A -> S1 1000",
            "10:20 S1 -> S2 1000",
            "10:30 S2 -> A 1000",
            "10:40 A -> B 1000",
            "10:50 B -> CASH:ATM1 1000 atm_cash");
        var byLayer = new FundTracer(g).Trace(TraceStart.FromTransaction(0), new TraceOptions { MaxHops = 4 });
        Assert.Equal(Fen("1000"), byLayer.AmountBy(TraceOutcome.Cash).Fen);
        Assert.Equal(3, byLayer.NodeOf(g.Id("CASH:ATM1"))!.Layer);
        var byPath = new FundTracer(g).Trace(TraceStart.FromTransaction(0), new TraceOptions { MaxHops = 4, HopCounting = HopCounting.Path });
        Assert.Equal(0, byPath.AmountBy(TraceOutcome.Cash).Fen);
        Assert.Equal(Fen("1000"), byPath.AmountBy(TraceOutcome.HopLimit).Fen);
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
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(4), new TraceOptions { Direction = TraceDirection.Backward, Rule = ApportioningRule.Fifo });

        // The 5,000 withdrawal is the first 5,000 fen of B's lot from A; A→B (6,000) was X's 1,000
        // then 5,000 of V's, so X 1,000, V 4,000. Neither X nor V shows where its money came from.
        Assert.Equal(Fen("5000"), Traced(r, 2));
        Assert.Equal(Fen("1000"), Traced(r, 0));
        Assert.Equal(Fen("4000"), Traced(r, 1));
        Assert.Equal(Fen("1000"), r.NodeOf(g.Id("X"))!.OutcomeAmount(TraceOutcome.Unobserved).Fen);
        Assert.Equal(Fen("4000"), r.NodeOf(g.Id("V"))!.OutcomeAmount(TraceOutcome.Unobserved).Fen);
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
    public void Forward_CounterTransferToAnAccount_IsFollowed_CounterIntoCash_IsCashOut()
    {
        // The victim moves savings at the branch counter to a "safe account" A (a transfer, not
        // cash); A's holder later takes 7,000 in cash at the counter and 3,000 at an ATM.
        var (_, g) = GraphText.Build(
            "10:00 V -> A 10000 counter",
            "11:00 A -> CASH:BR1 7000 counter",
            "12:00 A -> CASH:ATM1 3000 atm_cash");
        Assert.False(g.IsCashOut(0));
        Assert.True(g.IsCashOut(1));
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0));
        Assert.Equal(1, r.NodeOf(g.Id("A"))!.Layer);
        Assert.Equal(Fen("7000"), r.NodeOf(g.Id("CASH:BR1"))!.OutcomeAmount(TraceOutcome.Cash).Fen);
        Assert.Equal(Fen("3000"), r.NodeOf(g.Id("CASH:ATM1"))!.OutcomeAmount(TraceOutcome.Cash).Fen);
        Assert.Equal(0, r.NodeOf(g.Id("V"))!.OutcomeAmount(TraceOutcome.Cash).Fen);
    }

    [Fact]
    public void Forward_StandingFifo_StandingMoneyCappedAtWhatWasThereBefore()
    {
        // A payout card P: V's 300 arrives first, then Y's 500; P pays 400 in bulk and later
        // receives 1,000. P's balance after the payout (400) stays to the end, but it is newer money
        // than V's: nothing was in P before V's money, so nothing stands ahead of it and the payout
        // takes V's 300 and 100 of Y's (ADR 169). Uncapped, the standing 400 would be V's 300 and
        // 100 of Y's, and V's money would stay in P.
        var (_, g) = GraphText.Build(
            "09:00 V -> P 300",
            "10:00 Y -> P 500",
            "11:00 P -> D 400",
            "12:00 Z -> P 1000");
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(0));
        Assert.Equal(Fen("300"), r.NodeOf(g.Id("D"))!.Amount.Fen);
        Assert.Equal(0, r.NodeOf(g.Id("P"))!.OutcomeAmount(TraceOutcome.Held).Fen);

        // A margin deposit already in the card before V's money still stands: the 200 stay.
        var (_, g2) = GraphText.Build(
            "08:00 M -> Q 200",
            "09:00 V -> Q 300",
            "11:00 Q -> D 300");
        var r2 = new FundTracer(g2).Trace(TraceStart.FromTransaction(1));
        Assert.Equal(Fen("300"), r2.NodeOf(g2.Id("D"))!.Amount.Fen);
        Assert.Equal(0, r2.NodeOf(g2.Id("Q"))!.OutcomeAmount(TraceOutcome.Held).Fen);

        // Plain FIFO sends the deposit first: only 100 of V's reaches D.
        var r3 = new FundTracer(g2).Trace(TraceStart.FromTransaction(1), new TraceOptions { Rule = ApportioningRule.Fifo });
        Assert.Equal(Fen("100"), r3.NodeOf(g2.Id("D"))!.Amount.Fen);
    }

    /// <summary>A ring's centre C paying P a fixed 3% cut of three batches, the rest to R (V's payment is edge 1).</summary>
    private static readonly string[] CentreWithThreeCuts =
    [
        "09:00 W -> C 10000",
        "10:00 V -> C 10000",
        "11:00 C -> P 600",
        "11:01 C -> R 19400",
        "d1+09:00 U -> C 5000",
        "d1+09:10 C -> P 150",
        "d1+09:11 C -> R 4850",
        "d2+09:00 T -> C 1000",
        "d2+09:10 C -> P 30",
        "d2+09:11 C -> R 970",
    ];

    [Fact]
    public void Forward_FixedShareCut_PaidProRataFromTheBatch()
    {
        // A ring's centre C pays 3% of every batch to P, then the rest to R minutes later, three
        // times (ADR 183). In the first batch W's 10,000 came before V's 10,000. FIFO sends the cut's
        // 600 from W's oldest fen and all V's 10,000 to R; as a fixed share of the batch, the cut is
        // fen 300-600 of the batch read cut first (rest shifted by 600): V's fen [10,000, 20,000)
        // give the cut floor(20,000*600/20,000) - floor(10,000*600/20,000) = 300, the rest 9,700.
        var lines = CentreWithThreeCuts.ToArray();
        var (_, g) = GraphText.Build(lines);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(1));
        Assert.Equal(Fen("300"), r.NodeOf(g.Id("P"))!.Amount.Fen);
        Assert.Equal(Fen("9700"), r.NodeOf(g.Id("R"))!.Amount.Fen);

        // Plain FIFO (no cut rule): the cut is W's oldest money and V's all goes to R.
        var fifo = new FundTracer(g).Trace(TraceStart.FromTransaction(1), new TraceOptions { Rule = ApportioningRule.Fifo });
        Assert.Null(fifo.NodeOf(g.Id("P")));
        Assert.Equal(Fen("10000"), fifo.NodeOf(g.Id("R"))!.Amount.Fen);

        // Shares that differ (3% then 10%) are not a fixed-share cut: FIFO order stands.
        lines[8] = "d2+09:10 C -> P 100";
        lines[9] = "d2+09:11 C -> R 900";
        var (_, g2) = GraphText.Build(lines);
        var r2 = new FundTracer(g2).Trace(TraceStart.FromTransaction(1));
        Assert.Null(r2.NodeOf(g2.Id("P")));
        Assert.Equal(Fen("10000"), r2.NodeOf(g2.Id("R"))!.Amount.Fen);
    }

    [Fact]
    public void Forward_FixedShareCut_OfTheBalance_WhenTheRestIsScattered()
    {
        // A hub C pays 3% of what it holds to P, then scatters the rest over R1 and R2 (ADR 191).
        // The cut against the next transfer alone is 600/10,300, 150/1,150 and 30/530 — no fixed
        // share — but against the balance before it is 3.0% every time. FIFO positions: C's lots are
        // W [0, 1,000,000) then V [1,000,000, 2,000,000) fen; P takes W's first 60,000 fen, R1 the next
        // 970,000 (W's last 940,000, then V's first 30,000), R2 V's last 970,000. The pair P + R1 is
        // one batch of 1,030,000 fen; V's fen [1,000,000, 1,030,000) of it give the cut
        // floor(1,030,000*60,000/1,030,000) - floor(1,000,000*60,000/1,030,000) = 60,000 - 58,252
        // = 1,748 fen and the rest 30,000 - 1,748 = 28,252 fen, still in R1; R2 keeps V's 970,000.
        var lines = new List<string>
        {
            "09:00 W -> C 10000",
            "10:00 V -> C 10000",
            "11:00 C -> P 600",
            "11:01 C -> R1 9700",
            "11:02 C -> R2 9700",
            "d1+09:00 U -> C 5000",
            "d1+09:10 C -> P 150",
            "d1+09:11 C -> R1 1000",
            "d1+09:12 C -> R2 3850",
            "d2+09:00 T -> C 1000",
            "d2+09:10 C -> P 30",
            "d2+09:11 C -> R1 500",
            "d2+09:12 C -> R2 470",
        };
        var (_, g) = GraphText.Build([.. lines]);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(1));
        Assert.Equal(Fen("17.48"), r.NodeOf(g.Id("P"))!.Amount.Fen);
        Assert.Equal(Fen("282.52"), r.NodeOf(g.Id("R1"))!.Amount.Fen);
        Assert.Equal(Fen("9700"), r.NodeOf(g.Id("R2"))!.Amount.Fen);

        // Plain FIFO: the cut is W's oldest money; V reaches R1 (300) and R2 (9,700), never P.
        var fifo = new FundTracer(g).Trace(TraceStart.FromTransaction(1), new TraceOptions { Rule = ApportioningRule.Fifo });
        Assert.Null(fifo.NodeOf(g.Id("P")));
        Assert.Equal(Fen("300"), fifo.NodeOf(g.Id("R1"))!.Amount.Fen);

        // A fourth, one-off payment to P of another share (5%) does not hide the three 3% cuts: the
        // largest group within 0.2 points holds three of four candidates.
        lines.AddRange(["d3+09:00 S -> C 1000", "d3+09:10 C -> P 50", "d3+09:11 C -> R1 950"]);
        var (_, g2) = GraphText.Build([.. lines]);
        var r2 = new FundTracer(g2).Trace(TraceStart.FromTransaction(1));
        Assert.Equal(Fen("17.48"), r2.NodeOf(g2.Id("P"))!.Amount.Fen);

        // Two 3% cuts and two 5% payments: no share holds three candidates, FIFO order stands.
        lines[10] = "d2+09:10 C -> P 50";
        lines[11] = "d2+09:11 C -> R1 480";
        var (_, g3) = GraphText.Build([.. lines]);
        var r3 = new FundTracer(g3).Trace(TraceStart.FromTransaction(1));
        Assert.Null(r3.NodeOf(g3.Id("P")));
        Assert.Equal(Fen("300"), r3.NodeOf(g3.Id("R1"))!.Amount.Fen);
    }

    [Fact]
    public void Forward_PayoutRound_AtTheCutReceiver_PaysEveryHelperProRata()
    {
        // C pays P a fixed 3% cut of three batches (ADR 183/191); P pools the cuts (600 + 150 + 30
        // = 78,000 fen) and pays its helpers D 700 and K 80 five minutes apart (ADR 191). V's share
        // of the first cut is fen [30,000, 60,000) of P's first lot (see the test above). FIFO pays
        // D P's first 70,000 fen, so all V's 30,000 fen would go to D. Read as one round of 78,000
        // fen, V's fen give D floor(60,000*70,000/78,000) - floor(30,000*70,000/78,000)
        // = 53,846 - 26,923 = 26,923 fen and K the other 3,077.
        string[] lines = [.. CentreWithThreeCuts, "d6+10:00 P -> D 700", "d6+10:05 P -> K 80"];
        var (_, g) = GraphText.Build(lines);
        var r = new FundTracer(g).Trace(TraceStart.FromTransaction(1));
        Assert.Equal(Fen("300"), r.NodeOf(g.Id("P"))!.Amount.Fen);
        Assert.Equal(Fen("269.23"), r.NodeOf(g.Id("D"))!.Amount.Fen);
        Assert.Equal(Fen("30.77"), r.NodeOf(g.Id("K"))!.Amount.Fen);

        // Two hours apart the payments are not one round: FIFO stands and K gets none of V's money.
        lines[11] = "d6+12:00 P -> K 80";
        var (_, g2) = GraphText.Build(lines);
        var r2 = new FundTracer(g2).Trace(TraceStart.FromTransaction(1));
        Assert.Equal(Fen("300"), r2.NodeOf(g2.Id("D"))!.Amount.Fen);
        Assert.Null(r2.NodeOf(g2.Id("K")));

        // An account that receives no fixed-share cut keeps FIFO inside a round: V's 700 came
        // before X's 80, so D's 700 is V's and K's 80 is X's.
        var (_, g3) = GraphText.Build("09:00 V -> P 700", "10:00 X -> P 80", "d1+10:00 P -> D 700", "d1+10:05 P -> K 80");
        var r3 = new FundTracer(g3).Trace(TraceStart.FromTransaction(0));
        Assert.Equal(Fen("700"), r3.NodeOf(g3.Id("D"))!.Amount.Fen);
        Assert.Null(r3.NodeOf(g3.Id("K")));
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
