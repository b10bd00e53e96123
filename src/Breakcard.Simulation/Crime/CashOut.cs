using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.World;
using Ends = Breakcard.Core.Truth.TruthSchema.FlowEnds;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Taking victims' money out of the banking system: a cash-out runner empties a card at ATMs in
/// his district (at most ¥20,000 a time and ¥50,000 a day per card), buys gold or phones through
/// shops' POS terminals, or withdraws large sums over the counter in banking hours — corporate
/// accounts only there. Each withdrawal ends the victims' parcels it carries (fund-flow truth).
/// </summary>
internal sealed class CashOut(RingContext context) : IActionHandler
{
    private const long Minute = 60;
    private const long Hour = 3600;

    /// <summary>A common daily ATM withdrawal limit per debit card: ¥50,000.</summary>
    private const long AtmDailyLimit = 50_000_00;
    private readonly SimWorld _world = context.World;
    private readonly Dictionary<(int Account, int Day), long> _atmToday = [];

    /// <summary>One withdrawal (ATM, POS or counter); schedules the next until the card is empty.</summary>
    public void Start(Ring ring, RingCard card, long time, EventSink sink) =>
        sink.Actions.Schedule(time, this, 0, ring.Id, card.Account, 0);

    public void Run(in ScheduledAction action, EventSink sink)
    {
        var ring = context.Rings[action.A];
        Withdraw(ring, ring.CardOf[action.B], action.Time, sink);
    }

    private void Withdraw(Ring ring, RingCard card, long time, EventSink sink)
    {
        var r = context.Random;
        var balance = context.Ledger.Balance(card.Account, time);
        if (balance < 100_00)
        {
            return;
        }

        var person = ring.CashOutPersons[card.Account % ring.CashOutPersons.Count];
        var district = _world.People.District[person];
        var hour = time % SimCalendar.SecondsPerDay / Hour;
        var day = (int)(time / SimCalendar.SecondsPerDay);
        var corporate = _world.Accounts.HolderKind[card.Account] == Core.Accounts.AccountHolderKind.Corporate;
        var bankHours = hour is >= 9 and < 16;
        long fen;
        Channel channel;
        int terminal;
        if ((corporate || (balance >= 50_000_00 && r.Chance(0.6))) && bankHours)
        {
            // Over the counter: the big sums, in banking hours.
            fen = Math.Min(balance, r.NextInt(50, 301) * 1_000_00L);
            channel = Channel.Counter;
            terminal = _world.Institutions.CounterOf[AccountOpening.BranchOf(_world, r, _world.Accounts.Bank[card.Account], district)];
        }
        else if (corporate)
        {
            // Corporate cash only over the counter: wait for the bank to open.
            sink.Actions.Schedule(NextMorning(time, r), this, 0, ring.Id, card.Account, 0);
            return;
        }
        else if (balance >= 20_000_00 && r.Chance(0.25) && _world.Institutions.PosIn.TryGetValue(district, out var shops))
        {
            // Gold or phones bought at a shop's POS terminal: goods out instead of cash.
            fen = Math.Min(balance, r.NextInt(10, 101) * 1_000_00L);
            channel = Channel.Pos;
            terminal = shops[r.NextInt(shops.Count)];
        }
        else
        {
            var today = _atmToday.GetValueOrDefault((card.Account, day));
            if (today >= AtmDailyLimit || !_world.Institutions.AtmsIn.TryGetValue(district, out var atms))
            {
                sink.Actions.Schedule(NextMorning(time, r), this, 0, ring.Id, card.Account, 0);
                return;
            }

            fen = Math.Min(Math.Min(balance, AtmDailyLimit - today), r.NextInt(50, 201) * 100_00L) / 100_00 * 100_00;
            if (fen <= 0)
            {
                return;
            }

            _atmToday[(card.Account, day)] = today + fen;
            channel = Channel.AtmCash;
            terminal = atms[r.NextInt(atms.Count)];
        }

        var pattern = ring.ScatterGather ? TransactionPattern.ScatterGather : TransactionPattern.GatherScatter;
        var label = RingContext.Label(card.Primary, ring, pattern, context.AlertOf(card), person);
        sink.Transaction(time, card.Account, Endpoints.Cash(terminal), fen, channel, Memos.None, label);
        context.Ledger.End(card.Account, fen, time, Ends.CashOut, label, card.Account, sink.Batch.Flows);
        var tally = context.Act(person, time);
        tally.SettlementFen += fen;
        tally.GainsFen += fen * 3 / 100;
        sink.Actions.Schedule(time + r.NextLong(channel == Channel.AtmCash ? 5 * Minute : 30 * Minute, channel == Channel.AtmCash ? 25 * Minute : 90 * Minute),
            this, 0, ring.Id, card.Account, 0);
    }

    private static long NextMorning(long time, Randomness.SeededRandom r) =>
        ((time / SimCalendar.SecondsPerDay) + 1) * SimCalendar.SecondsPerDay + (9 * Hour) + r.NextLong(0, 2 * Hour);
}
