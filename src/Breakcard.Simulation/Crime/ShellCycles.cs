using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;

namespace Breakcard.Simulation.Crime;

/// <summary>Round-tripping among a ring's shell companies (AMLSim's "cycle" pattern).</summary>
internal sealed class ShellCycles(RingContext context, Laundering laundering) : IActionHandler
{
    private const long Minute = 60;
    private readonly List<CycleState> _cycles = [];

    public void Run(in ScheduledAction action, EventSink sink) => Leg(context.Rings[action.A], _cycles[action.B], action.Time, sink);

    /// <summary>
    /// Shell companies pay part of what they hold round in a circle (A → B → C → A), faking trade
    /// so the accounts look alive; the legs are hours apart. Returns the amount sent round.
    /// </summary>
    public long Start(Ring ring, RingCard centre, long balance, long time, EventSink sink)
    {
        var r = context.Random;
        if (centre.Primary != Typology.ShellCompany || balance < 20_000_00 || !r.Chance(0.4))
        {
            return 0;
        }

        var shells = ring.Cards.FindAll(c => c.Primary == Typology.ShellCompany && c != centre);
        if (shells.Count < 2)
        {
            return 0;
        }

        r.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shells));
        var members = new List<RingCard> { centre };
        members.AddRange(shells.Take(r.NextInt(2, Math.Min(3, shells.Count) + 1)));
        var cycle = new CycleState(members, balance * r.NextInt(30, 71) / 100, context.NewAlert(), _cycles.Count);
        _cycles.Add(cycle);
        var sent = cycle.Fen;
        Leg(ring, cycle, time, sink);
        return sent;
    }

    /// <summary>One leg of a cycle; schedules the next, and the last leg hands the money back to the centre.</summary>
    private void Leg(Ring ring, CycleState cycle, long time, EventSink sink)
    {
        var from = cycle.Members[cycle.Leg];
        var to = cycle.Members[(cycle.Leg + 1) % cycle.Members.Count];
        var fen = Math.Min(cycle.Fen, context.Ledger.Balance(from.Account, time));
        if (fen < 1_000_00)
        {
            return;
        }

        context.OperatorLogin(ring, from, time - 60, sink);
        sink.Transaction(time, from.Account, to.Account, fen, Channel.Transfer, context.Random.Chance(0.5) ? Memos.Goods : Memos.ServiceFee,
            RingContext.Label(Typology.ShellCompany, ring, TransactionPattern.Cycle, cycle.Alert));
        context.Ledger.Move(from.Account, to.Account, fen, time);
        if (to == cycle.Members[0])
        {
            laundering.Arrived(ring, to, time, sink);
            return;
        }

        cycle.Fen = fen;
        cycle.Leg++;
        sink.Actions.Schedule(time + context.Random.NextLong(20 * Minute, 90 * Minute), this, 0, ring.Id, cycle.Index, 0);
    }

    private sealed class CycleState(List<RingCard> members, long fen, int alert, int index)
    {
        public List<RingCard> Members { get; } = members;

        public long Fen { get; set; } = fen;

        public int Alert { get; } = alert;

        public int Index { get; } = index;

        public int Leg { get; set; }
    }
}
