using Breakcard.Core.Truth;
using Breakcard.Simulation.Crime;
using Breakcard.Simulation.Events;
using CsCheck;

namespace Breakcard.Simulation.Tests.Crime;

public sealed class ParcelLedgerTests
{
    private static EventLabel Victim() => new(Typology.LayeredLaundering, 0, TransactionPattern.FanIn, 1, -1);

    [Fact]
    public void End_AttributesOldestMoneyFirst()
    {
        var ledger = new ParcelLedger();
        var first = Victim();
        var second = Victim();
        ledger.Receive(1, first, 30_000, 100);
        ledger.Receive(1, second, 50_000, 200);
        ledger.Move(1, 2, 40_000, 300);  // all of first, 10,000 of second
        var flows = new List<FundFlowRow>();
        var cash = Victim();
        ledger.End(2, 35_000, 400, TruthSchema.FlowEnds.CashOut, cash, 2, flows);

        Assert.Equal([(first, 30_000L), (second, 5_000L)], flows.Select(f => (f.Source, f.Fen)));
        Assert.Equal(5_000, ledger.Balance(2, 400));
        Assert.Equal(40_000, ledger.Balance(1, 400));
    }

    [Fact]
    public void Move_BeforeAParcelBookedEarlierForALaterTime_DoesNotCarryIt()
    {
        // A hub's scatter is booked in one action: its last transfer (second 500) is booked before
        // a transfer the card receives at second 200 from another action. The card's transfer at
        // 300 carries what had arrived by 300, not what was booked first.
        var ledger = new ParcelLedger();
        var late = Victim();
        var early = Victim();
        ledger.Receive(7, late, 10_000, 500);
        ledger.Receive(7, early, 4_000, 200);

        Assert.Equal(4_000, ledger.Balance(7, 300));
        Assert.Equal(4_000, ledger.Move(7, 8, 4_000, 300));
        var flows = new List<FundFlowRow>();
        ledger.End(8, 4_000, 310, TruthSchema.FlowEnds.CashOut, null, 8, flows);
        Assert.Equal([(early, 4_000L)], flows.Select(f => (f.Source, f.Fen)));
        Assert.Equal(0, ledger.Balance(7, 499));
        Assert.Equal(10_000, ledger.Balance(7, 500));
    }

    [Fact]
    public void Move_AtTheSecondAParcelArrives_CarriesIt_AndEqualArrivalsKeepBookingOrder()
    {
        var ledger = new ParcelLedger();
        var first = Victim();
        var second = Victim();
        var before = Victim();
        ledger.Receive(1, first, 1_000, 60);
        ledger.Receive(1, second, 1_000, 60);
        ledger.Receive(1, before, 500, 59);  // booked last, arrived a second earlier: oldest
        var flows = new List<FundFlowRow>();

        ledger.End(1, 2_000, 60, TruthSchema.FlowEnds.CashOut, null, 1, flows);

        Assert.Equal([(before, 500L), (first, 1_000L), (second, 500L)], flows.Select(f => (f.Source, f.Fen)));
        Assert.Equal(500, ledger.Balance(1, 60));
    }

    [Fact]
    public void End_WithNoParcelArrivedYet_CarriesNoVictimMoney_AndTheParcelStays()
    {
        var ledger = new ParcelLedger();
        var victim = Victim();
        ledger.Receive(3, victim, 20_000, 1_000);
        var flows = new List<FundFlowRow>();

        var ended = ledger.End(3, 20_000, 999, TruthSchema.FlowEnds.CashOut, null, 3, flows);

        Assert.Equal(0, ended);
        Assert.Empty(flows);
        ledger.Close(flows);
        Assert.Equal([(victim, TruthSchema.FlowEnds.Held, 3, 20_000L)], flows.Select(f => (f.Source, f.End, f.EndAccount, f.Fen)));
    }

    [Fact]
    public void Move_MoreThanArrived_CarriesOnlyTheVictimMoney()
    {
        var ledger = new ParcelLedger();
        ledger.Receive(1, Victim(), 100, 0);

        Assert.Equal(100, ledger.Move(1, 2, 101, 5));
        Assert.Equal(0, ledger.Balance(1, long.MaxValue));
        Assert.Equal(100, ledger.Balance(2, 5));
        Assert.Equal(0, ledger.Balance(2, 4));
    }

    [Fact]
    public void AnySequenceOfMovesAtAnyTimes_ConservesEachVictimsMoney_AndNeverMovesMoneyBeforeItArrived()
    {
        // Property: whatever moves happen, in whatever booking order relative to their times, each
        // payment's money ends up split between the ends and what is still held, to the fen, and no
        // transfer carries more than had arrived in its account by its time.
        Gen.Select(Gen.Int[1, 5], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[1, 100], Gen.Int[0, 50]).Array[0, 40])
            .Sample((payments, moves) =>
            {
                var ledger = new ParcelLedger();
                var sources = new List<(EventLabel Label, long Fen)>();
                for (var i = 0; i < payments; i++)
                {
                    var label = Victim();
                    var fen = 1_000L * (i + 1);
                    sources.Add((label, fen));
                    ledger.Receive(0, label, fen, 10 * i);
                }

                var flows = new List<FundFlowRow>();
                foreach (var (from, to, percent, time) in moves)
                {
                    var arrived = ledger.Balance(from, time);
                    var amount = (arrived + 50) * percent / 100;  // sometimes more than arrived
                    var carried = from != to
                        ? ledger.Move(from, to, amount, time)
                        : ledger.End(from, amount, time, TruthSchema.FlowEnds.CashOut, null, from, flows);
                    Assert.Equal(Math.Min(amount, arrived), carried);
                }

                ledger.Close(flows);
                foreach (var (label, fen) in sources)
                {
                    Assert.Equal(fen, flows.Where(f => f.Source == label).Sum(f => f.Fen));
                }
            });
    }
}
