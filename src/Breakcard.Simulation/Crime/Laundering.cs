using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.World;
using Ends = Breakcard.Core.Truth.TruthSchema.FlowEnds;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Moving victims' money: each controlled account passes on what it receives after a delay that
/// depends on its job — first-layer cards within minutes (before a freeze can land), layers into a
/// gather card or a hub, hubs out to cash-out cards, mules to collectors keeping a commission —
/// and cash-out cards empty themselves at ATMs (at most ¥20,000 a time, ¥50,000 a day), at gold
/// shops' POS terminals, or over the counter in banking hours.
/// </summary>
internal sealed class Laundering(RingContext context) : IActionHandler
{
    private const long Minute = 60;
    private const long Hour = 3600;
    private readonly SimWorld _world = context.World;
    private readonly Dictionary<int, long> _passAt = [];
    private readonly CashOut _cashOut = new(context);
    private readonly Dictionary<(int Ring, CardRole Role), int> _turns = [];
    private ShellCycles? _cycles;

    private ShellCycles Cycles => _cycles ??= new ShellCycles(context, this);

    /// <summary>Money arrives in <paramref name="card"/> at <paramref name="time"/>: it will be passed on after the card's delay.</summary>
    /// <remarks>Implementation note: an action can book a transfer later than the card's pass already waiting (a hub's
    /// scatter is emitted over minutes); that pass moves only money arrived by its own time (ADR 253), so the later
    /// money gets a pass of its own instead of being left in the card.</remarks>
    public void Arrived(Ring ring, RingCard card, long time, EventSink sink)
    {
        if (card.Role == CardRole.Payout || (_passAt.TryGetValue(card.Account, out var waiting) && waiting >= time))
        {
            return;
        }

        var r = context.Random;
        var delay = card.Role switch
        {
            CardRole.Mule => r.NextLong(1 * Minute, 8 * Minute),
            CardRole.FirstLayer => r.NextLong(2 * Minute, 20 * Minute),
            CardRole.Layer => r.NextLong(5 * Minute, 40 * Minute),
            CardRole.Gather => r.NextLong(30 * Minute, 2 * Hour),
            CardRole.Collector => r.NextLong(30 * Minute, 150 * Minute),
            CardRole.Hub => r.NextLong(1 * Hour, 4 * Hour),
            _ => r.NextLong(10 * Minute, 60 * Minute),
        };
        _passAt[card.Account] = time + delay;
        sink.Actions.Schedule(time + delay, this, 0, ring.Id, card.Account, 0);
    }

    public void Run(in ScheduledAction action, EventSink sink)
    {
        var ring = context.Rings[action.A];
        var card = ring.CardOf[action.B];
        if (_passAt.TryGetValue(card.Account, out var last) && last == action.Time)
        {
            _passAt.Remove(card.Account);
        }

        Pass(ring, card, action.Time, sink);
    }

    private void Pass(Ring ring, RingCard card, long time, EventSink sink)
    {
        var balance = context.Ledger.Balance(card.Account, time);
        if (balance < 100)
        {
            return;
        }

        switch (card.Role)
        {
            case CardRole.Mule:
                ForwardFromMule(ring, card, balance, time, sink);
                break;
            case CardRole.FirstLayer when ring.ScatterGather:
                context.OperatorLogin(ring, card, time - 60, sink);
                Scatter(ring, card, balance, Gather(ring), time, sink);
                break;
            case CardRole.FirstLayer or CardRole.Layer or CardRole.Collector:
                context.OperatorLogin(ring, card, time - 60, sink);
                var target = card.Role == CardRole.Layer || !HasHub(ring) ? Gather(ring) : Hub(ring);
                Send(ring, card, target, balance, time, sink, target.Role == CardRole.Hub ? TransactionPattern.GatherScatter : TransactionPattern.ScatterGather);
                break;
            case CardRole.Hub:
                context.OperatorLogin(ring, card, time - 60, sink);
                (balance, time) = Cut(ring, card, balance, time, sink);
                balance -= Cycles.Start(ring, card, balance, time, sink);
                Scatter(ring, card, balance, null, time, sink);
                break;
            case CardRole.Gather:
                context.OperatorLogin(ring, card, time - 60, sink);
                (balance, time) = Cut(ring, card, balance, time, sink);
                balance -= Cycles.Start(ring, card, balance, time, sink);
                var cashCards = ring.WithRole(CardRole.CashOut);
                var corporate = _world.Accounts.HolderKind[card.Account] == Core.Accounts.AccountHolderKind.Corporate;
                if (cashCards.Count > 0 && (corporate || context.Random.Chance(0.5)))
                {
                    var part = corporate ? balance : balance * context.Random.NextInt(50, 100) / 100;
                    var to = cashCards[context.Random.NextInt(cashCards.Count)];
                    Send(ring, card, to, part, time, sink, TransactionPattern.ScatterGather);
                    balance -= part;
                }

                if (balance >= 100)
                {
                    _cashOut.Start(ring, card, time + context.Random.NextLong(5 * Minute, 30 * Minute), sink);
                }

                break;
            case CardRole.CashOut:
                _cashOut.Start(ring, card, time, sink);
                break;
        }
    }

    /// <summary>The ring's cut (3%) goes from the centre of the topology to its payout card, which pays the helpers weekly.</summary>
    private (long Balance, long Time) Cut(Ring ring, RingCard centre, long balance, long time, EventSink sink)
    {
        var cut = balance * 3 / 100;
        var payout = ring.Cards.Find(c => c.Role == CardRole.Payout);
        if (payout is null || cut < 100)
        {
            return (balance, time);
        }

        Send(ring, centre, payout, cut, time, sink, centre.Role == CardRole.Hub ? TransactionPattern.GatherScatter : TransactionPattern.ScatterGather);
        return (balance - cut, sink.Later(time, context.Random.NextLong(30, 300)));
    }

    /// <summary>Splits <paramref name="fen"/> over two to four layer cards (towards a gather card) or cash-out cards (from a hub).</summary>
    private void Scatter(Ring ring, RingCard from, long fen, RingCard? gather, long time, EventSink sink)
    {
        var r = context.Random;
        var targets = ring.WithRole(gather is null ? CardRole.CashOut : CardRole.Layer);
        if (targets.Count == 0)
        {
            Send(ring, from, gather ?? Gather(ring), fen, time, sink, gather is null ? TransactionPattern.GatherScatter : TransactionPattern.ScatterGather);
            return;
        }

        r.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(targets));
        var k = Math.Min(targets.Count, r.NextInt(2, 5));
        Span<long> weights = stackalloc long[k];
        for (var i = 0; i < k; i++)
        {
            weights[i] = r.NextInt(5, 20);
        }

        var parts = new Core.Money(fen).Allocate(weights);
        var pattern = gather is null ? TransactionPattern.GatherScatter : TransactionPattern.ScatterGather;
        for (var i = 0; i < k; i++)
        {
            if (parts[i].Fen > 0)
            {
                if (gather is not null)
                {
                    targets[i].Alert = gather.Alert;
                }

                Send(ring, from, targets[i], parts[i].Fen, time, sink, pattern);
                time = sink.Later(time, r.NextLong(20, 150));
            }
        }
    }

    private void Send(Ring ring, RingCard from, RingCard to, long fen, long time, EventSink sink, TransactionPattern pattern)
    {
        var alert = pattern switch
        {
            TransactionPattern.ScatterGather or TransactionPattern.GatherScatter when to.Role is CardRole.Gather or CardRole.Hub => context.AlertOf(to),
            _ => from.Alert >= 0 && from.Role != CardRole.FirstLayer ? from.Alert : context.AlertOf(to),
        };
        if (to.Role is not (CardRole.Gather or CardRole.Hub))
        {
            to.Alert = alert;
        }

        var memo = _world.Accounts.HolderKind[to.Account] == Core.Accounts.AccountHolderKind.Corporate ? Memos.Goods : Memos.None;
        sink.Transaction(time, from.Account, to.Account, fen, Channel.Transfer, memo, RingContext.Label(from.Primary, ring, pattern, alert));
        context.Ledger.Move(from.Account, to.Account, fen, time);
        context.CountInflow(ring, to, fen);
        Arrived(ring, to, time, sink);
    }

    private void ForwardFromMule(Ring ring, RingCard mule, long balance, long time, EventSink sink)
    {
        var r = context.Random;
        var collectors = ring.WithRole(CardRole.Collector);
        var person = mule.Seller;
        var commission = balance * mule.CommissionBasisPoints / 10_000;
        var send = balance - commission;
        var ip = r.Chance(0.5) ? _world.People.HomeIp[person] : Networks.MobileIp(r);
        sink.Login(Math.Max(sink.DayStart, time - 45), mule.Account, _world.HandsetOn(person, (int)(time / SimCalendar.SecondsPerDay)), ip, RingContext.Label(Typology.PaymentSettlement, ring, actor: person));
        var collector = collectors[r.NextInt(collectors.Count)];
        if (mule.OutAlert < 0)
        {
            mule.OutAlert = context.NewAlert();
        }

        sink.Transaction(time, mule.Account, collector.Account, send, Channel.Transfer, Memos.None,
            RingContext.Label(Typology.PaymentSettlement, ring, TransactionPattern.FanOut, mule.OutAlert, person));
        context.Ledger.Move(mule.Account, collector.Account, send, time);
        context.Ledger.End(mule.Account, commission, time, Ends.Commission, null, mule.Account, sink.Batch.Flows);
        context.Act(person, time).GainsFen += commission;
        context.CountInflow(ring, collector, send);
        Arrived(ring, collector, time, sink);
    }

    private static bool HasHub(Ring ring) => ring.Cards.Exists(c => c.Role == CardRole.Hub);

    /// <summary>The gather card in use (several shells take turns).</summary>
    private RingCard Gather(Ring ring) => Pick(ring, CardRole.Gather) ?? Pick(ring, CardRole.Hub) ?? ring.WithRole(CardRole.CashOut)[0];

    private RingCard Hub(Ring ring) => Pick(ring, CardRole.Hub) ?? Pick(ring, CardRole.Gather) ?? ring.WithRole(CardRole.CashOut)[0];

    /// <summary>Takes turns among a ring's cards of a role, so every one of them is used.</summary>
    private RingCard? Pick(Ring ring, CardRole role)
    {
        var cards = ring.WithRole(role);
        if (cards.Count == 0)
        {
            return null;
        }

        var turn = _turns.GetValueOrDefault((ring.Id, role));
        _turns[(ring.Id, role)] = turn + 1;
        return cards[turn % cards.Count];
    }
}
