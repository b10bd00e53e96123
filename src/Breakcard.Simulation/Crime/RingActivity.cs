using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;
using Ends = Breakcard.Core.Truth.TruthSchema.FlowEnds;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Every ring's day, in the order things happen in a case file: sales of card sets to dealers
/// (tested from the dealer's phone), insiders paid, cards handed over to operators abroad, con
/// calls and victims' transfers, mules at work, the ring paying its helpers, shells faking trade,
/// and the lines dialling.
/// </summary>
internal sealed class RingActivity : IActionHandler
{
    private const int VictimPays = 1;
    private const int PayoutDay = 2;

    private const long Minute = 60;
    private const long Hour = 3600;
    private readonly RingContext _context;
    private readonly SeededRandom _root;
    private readonly Laundering _laundering;
    private readonly SettlementActivity _settlement;
    private readonly FraudLines _lines;

    public RingActivity(SimWorld world, TruthBook truth, List<Ring> rings, SeededRandom root)
    {
        _root = root;
        _context = new RingContext(world, truth, rings, new VictimPool(world, root.Fork("payers")));
        _laundering = new Laundering(_context);
        _settlement = new SettlementActivity(_context, _laundering);
        _lines = new FraudLines(_context);
    }

    public RingContext Context => _context;

    public void Day(int day, EventSink sink)
    {
        _context.Random = _root.Fork((ulong)day);
        var dayStart = (long)day * SimCalendar.SecondsPerDay;
        var dayEnd = dayStart + SimCalendar.SecondsPerDay;
        foreach (var ring in _context.Rings)
        {
            Sales(ring, dayStart, dayEnd, sink);
            InsiderPayments(ring, dayStart, dayEnd, sink);
            Handovers(ring, dayStart, dayEnd, sink);
            Victims(ring, dayStart, dayEnd, sink);
            _settlement.Day(ring, day, sink);
            // Weekly, and once more when the ring winds up.
            var lastDay = (ring.End - 1) / SimCalendar.SecondsPerDay;
            if ((day % 7 == ring.Id % 7 || day == lastDay) && dayEnd > ring.Start)
            {
                sink.Actions.Schedule(dayStart + DayProfile.Between(_context.Random, 10, 16), this, PayoutDay, ring.Id, 0, 0);
            }

            if (ring.Start >= dayStart && ring.Start < dayEnd)
            {
                Retainers(ring, dayStart, sink);
            }

            _lines.Day(ring, day, sink);
        }
    }

    /// <summary>When the period ends: victims' money still in controlled accounts.</summary>
    public void Close(List<FundFlowRow> flows) => _context.Ledger.Close(flows);

    private void Sales(Ring ring, long dayStart, long dayEnd, EventSink sink)
    {
        var r = _context.Random;
        var world = _context.World;
        foreach (var seller in ring.Sellers)
        {
            foreach (var account in seller.Cards)
            {
                // A card opened to sell is first activated on the seller's own phone.
                if (world.Accounts.Use[account] == AccountUse.OpenedToSell && world.Accounts.Opened[account] == dayStart / SimCalendar.SecondsPerDay
                    && world.Handset[seller.Person] >= 0)
                {
                    var t = Math.Min(dayStart + DayProfile.Between(r, 10, 19), seller.SaleTime - 1);
                    if (t >= dayStart)
                    {
                        sink.Login(t, account, world.Handset[seller.Person], world.People.HomeIp[seller.Person]);
                    }
                }
            }

            if (seller.SaleTime < dayStart || seller.SaleTime >= dayEnd)
            {
                continue;
            }

            var time = seller.SaleTime;
            var dealer = seller.Dealer;
            _context.Act(seller.Person, time);
            _context.Act(dealer, time);
            if (ring.DealerAlert < 0)
            {
                ring.DealerAlert = _context.NewAlert();
            }

            foreach (var account in seller.Cards)
            {
                var card = ring.CardOf[account];
                var typology = card.Source == TruthSchema.AccountSources.Insider ? Typology.InsiderOpening : Typology.CardSelling;
                time = Math.Min(dayEnd - 1, time + r.NextLong(1 * Minute, 10 * Minute));
                sink.Login(time, account, world.Handset[dealer], world.People.HomeIp[dealer], RingContext.Label(typology, ring, actor: dealer));
                BankCode(ring, account, typology, time, sink);
                time = Math.Min(dayEnd - 1, time + r.NextLong(1 * Minute, 5 * Minute));
                sink.Transaction(time, world.Primary[dealer], account, r.NextInt(1, 101), Channel.Transfer, Memos.None,
                    RingContext.Label(Typology.CardDealing, ring, TransactionPattern.FanOut, ring.DealerAlert, dealer));
                ring.UnpaidCards++;
            }

            if (seller.PaidByTransfer)
            {
                time = Math.Min(dayEnd - 1, time + r.NextLong(5 * Minute, 60 * Minute));
                sink.Transaction(time, world.Primary[dealer], world.Primary[seller.Person], seller.PriceFen, Channel.Transfer, Memos.None,
                    RingContext.Label(Typology.CardDealing, ring, TransactionPattern.FanOut, ring.DealerAlert, dealer));
            }
        }
    }

    private void InsiderPayments(Ring ring, long dayStart, long dayEnd, EventSink sink)
    {
        var world = _context.World;
        foreach (var (person, fen, time, typology) in ring.InsiderPayments)
        {
            if (time < dayStart || time >= dayEnd)
            {
                continue;
            }

            var dealer = ring.Dealers[0];
            if (ring.DealerAlert < 0)
            {
                ring.DealerAlert = _context.NewAlert();
            }

            sink.Transaction(time, world.Primary[dealer], world.Primary[person], fen, Channel.Transfer, Memos.None,
                RingContext.Label(typology, ring, TransactionPattern.FanOut, ring.DealerAlert, dealer));
            _context.Act(person, time).GainsFen += fen;
        }
    }

    /// <summary>A card reaches the operators: their first login, and the bank's login code to the bound SIM.</summary>
    private void Handovers(Ring ring, long dayStart, long dayEnd, EventSink sink)
    {
        foreach (var card in ring.Cards)
        {
            if (card.Role == CardRole.Mule || card.ActiveFrom < dayStart || card.ActiveFrom >= dayEnd)
            {
                continue;
            }

            _context.OperatorLogin(ring, card, card.ActiveFrom, sink);
            BankCode(ring, card.Account, Typology.CardSelling, card.ActiveFrom, sink);
        }
    }

    /// <summary>The bank texts a login code to the card's bound phone — now a SIM in the ring's box or den.</summary>
    private void BankCode(Ring ring, int account, Typology typology, long time, EventSink sink)
    {
        var world = _context.World;
        var phone = world.Accounts.BoundPhone[account];
        if (phone < 0)
        {
            return;
        }

        var sim = ring.Sims.Find(s => s.Phone == phone && s.From <= time);
        var holder = world.Phones.Holder[phone];
        var cell = sim?.Cell ?? world.People.HomeCell[holder];
        var device = sim?.Device ?? world.Phones.Device[phone];
        var label = sim is not null ? Typology.CardSelling : typology;
        sink.Sms(Math.Min(time + 5, sink.DayEnd - 1), Networks.BankServiceNumbers[world.Accounts.Bank[account]], world.Phones.Number[phone], SmsKind.VerificationCode,
            cell, device, RingContext.Label(label, ring));
    }

    private void Victims(Ring ring, long dayStart, long dayEnd, EventSink sink)
    {
        var world = _context.World;
        foreach (var victim in ring.Victims)
        {
            foreach (var (time, seconds) in victim.Calls)
            {
                if (time >= dayStart && time < dayEnd)
                {
                    _lines.ConCall(ring, victim, time, seconds, sink);
                }
            }

            for (var k = 0; k < victim.Transfers.Count; k++)
            {
                var time = victim.Transfers[k].Time;
                if (time >= dayStart && time < dayEnd)
                {
                    // Queued, not emitted: victims' money must enter the ledger in time order with
                    // the forwards already waiting, or a card could pass on money it has not yet received.
                    sink.Actions.Schedule(time, this, VictimPays, ring.Id, ring.Victims.IndexOf(victim), k);
                }
            }
        }
    }

    public void Run(in ScheduledAction action, EventSink sink)
    {
        var ring = _context.Rings[action.A];
        if (action.Kind == PayoutDay)
        {
            Payouts(ring, action.Time, sink);
            return;
        }

        var victim = ring.Victims[action.B];
        var (time, fen, channel, memo) = victim.Transfers[(int)action.Value];
        if (!_context.World.Accounts.HolderUses(victim.Account, time))
        {
            return;
        }

        var card = FirstLayer(ring, time);
        if (card.Alert < 0)
        {
            card.Alert = _context.NewAlert();
        }

        var label = RingContext.Label(card.Primary, ring, TransactionPattern.FanIn, card.Alert);
        sink.Transaction(time, victim.Account, card.Account, fen, channel, memo, label);
        _context.Truth.Persons[victim.Person].Add(card.Primary);
        _context.Truth.Accounts[victim.Account].Add(card.Primary);
        _context.Ledger.Receive(card.Account, label, fen, time);
        ring.VictimLossFen += fen;
        _context.CountInflow(ring, card, fen);
        _laundering.Arrived(ring, card, time, sink);
    }

    /// <summary>The first-layer card in use at <paramref name="time"/>: the newest one already handed over.</summary>
    private static RingCard FirstLayer(Ring ring, long time)
    {
        RingCard? best = null;
        foreach (var card in ring.Cards)
        {
            if (card.Role == CardRole.FirstLayer && card.ActiveFrom <= time && (best is null || card.ActiveFrom > best.ActiveFrom))
            {
                best = card;
            }
        }

        return best ?? throw new InvalidOperationException($"Ring {ring.Id} has no first-layer card in use at second {time}.");
    }

    /// <summary>Weekly, the ring pays its helpers from the payout card: the dealer per card, the developer, the line keeper.</summary>
    private void Payouts(Ring ring, long time, EventSink sink)
    {
        var payout = ring.Cards.Find(c => c.Role == CardRole.Payout);
        if (payout is null)
        {
            return;
        }

        var r = _context.Random;
        var world = _context.World;
        var owed = new List<(int Person, long Fen, Typology Typology)>
        {
            (ring.Dealers[0], ring.UnpaidCards * 1_500_00L, Typology.CardDealing),
        };
        if (ring.Developer >= 0)
        {
            owed.Add((ring.Developer, r.NextInt(8, 21) * 1_000_00L, Typology.TechnicalSupport));
        }

        if (ring.Keeper >= 0)
        {
            owed.Add((ring.Keeper, r.NextInt(3, 7) * 1_000_00L, Typology.SimBox));
        }

        foreach (var (person, want, typology) in owed)
        {
            var fen = Math.Min(want, _context.Ledger.Balance(payout.Account, time));
            if (fen < 1_000_00)
            {
                continue;
            }

            if (ring.PayoutAlert < 0)
            {
                ring.PayoutAlert = _context.NewAlert();
            }

            _context.OperatorLogin(ring, payout, time - 60, sink);
            var label = RingContext.Label(typology, ring, TransactionPattern.FanOut, ring.PayoutAlert);
            var to = world.Primary[person];
            sink.Transaction(time, payout.Account, to, fen, Channel.Transfer, Memos.ServiceFee, label);
            _context.Ledger.End(payout.Account, fen, time, Ends.Payout, label, to, sink.Batch.Flows);
            _context.Act(person, time).GainsFen += fen;
            if (typology == Typology.CardDealing)
            {
                ring.UnpaidCards = 0;
            }

            time = sink.Later(time, r.NextLong(Minute, 10 * Minute));
        }
    }

    /// <summary>When the ring starts, the dealer pays the developer's deposit and the line keeper's first week.</summary>
    private void Retainers(Ring ring, long dayStart, EventSink sink)
    {
        var r = _context.Random;
        var world = _context.World;
        var dealer = ring.Dealers[0];
        var time = Math.Max(dayStart, ring.Start - r.NextLong(Hour, 6 * Hour));
        foreach (var (person, fen, typology) in new[]
        {
            (ring.Developer, r.NextInt(5, 21) * 1_000_00L, Typology.TechnicalSupport),
            (ring.Keeper, r.NextInt(2, 6) * 1_000_00L, Typology.SimBox),
        })
        {
            if (person < 0)
            {
                continue;
            }

            if (ring.DealerAlert < 0)
            {
                ring.DealerAlert = _context.NewAlert();
            }

            sink.Transaction(time, world.Primary[dealer], world.Primary[person], fen, Channel.Transfer, Memos.ServiceFee,
                RingContext.Label(typology, ring, TransactionPattern.FanOut, ring.DealerAlert, dealer));
            _context.Act(person, time).GainsFen += fen;
            time = sink.Later(time, r.NextLong(Minute, 20 * Minute));
        }
    }
}
