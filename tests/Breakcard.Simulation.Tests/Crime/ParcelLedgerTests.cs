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
        ledger.Receive(1, first, 30_000);
        ledger.Receive(1, second, 50_000);
        ledger.Move(1, 2, 40_000);  // all of first, 10,000 of second
        var flows = new List<FundFlowRow>();
        var cash = Victim();
        ledger.End(2, 35_000, TruthSchema.FlowEnds.CashOut, cash, 2, flows);

        Assert.Equal([(first, 30_000L), (second, 5_000L)], flows.Select(f => (f.Source, f.Fen)));
        Assert.Equal(5_000, ledger.Balance(2));
        Assert.Equal(40_000, ledger.Balance(1));
    }

    [Fact]
    public void Move_MoreThanHeld_Throws()
    {
        var ledger = new ParcelLedger();
        ledger.Receive(1, Victim(), 100);

        Assert.Throws<InvalidOperationException>(() => ledger.Move(1, 2, 101));
    }

    [Fact]
    public void AnySequenceOfMoves_ConservesEachVictimsMoney()
    {
        // Property: whatever moves happen, each payment's money ends up split between the
        // ends and what is still held, to the fen.
        Gen.Select(Gen.Int[1, 5], Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.Int[1, 100]).Array[0, 40])
            .Sample((payments, moves) =>
            {
                var ledger = new ParcelLedger();
                var sources = new List<(EventLabel Label, long Fen)>();
                for (var i = 0; i < payments; i++)
                {
                    var label = Victim();
                    var fen = 1_000L * (i + 1);
                    sources.Add((label, fen));
                    ledger.Receive(0, label, fen);
                }

                var flows = new List<FundFlowRow>();
                foreach (var (from, to, percent) in moves)
                {
                    var amount = ledger.Balance(from) * percent / 100;
                    if (amount > 0 && from != to)
                    {
                        ledger.Move(from, to, amount);
                    }
                    else if (amount > 0)
                    {
                        ledger.End(from, amount, TruthSchema.FlowEnds.CashOut, null, from, flows);
                    }
                }

                ledger.Close(flows);
                foreach (var (label, fen) in sources)
                {
                    Assert.Equal(fen, flows.Where(f => f.Source == label).Sum(f => f.Fen));
                }
            });
    }
}
