using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Life;
using Breakcard.Simulation.Truth;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// A payment-settlement mule's working day: a margin deposit to the platform on the first day,
/// then a stream of small payments from strangers into their own account through payment codes —
/// late into the night — each forwarded to a collector within minutes, minus a commission.
/// </summary>
internal sealed class SettlementActivity(RingContext context, Laundering laundering) : IActionHandler
{
    public void Day(Ring ring, int day, EventSink sink)
    {
        var world = context.World;
        var r = context.Random;
        foreach (var (card, person, from, to) in ring.MuleDays)
        {
            if (day < from || day >= to)
            {
                continue;
            }

            var dayStart = (long)day * SimCalendar.SecondsPerDay;
            var collectors = ring.WithRole(CardRole.Collector);
            if (card.Alert < 0)
            {
                card.Alert = context.NewAlert();
                card.OutAlert = context.NewAlert();
            }

            if (day == from && collectors.Count > 0)
            {
                var t = dayStart + DayProfile.Between(r, 10, 12);
                sink.Transaction(t, card.Account, collectors[r.NextInt(collectors.Count)].Account, r.NextInt(2, 11) * 1_000_00L, Channel.Transfer, Memos.Deposit,
                    RingContext.Label(Typology.PaymentSettlement, ring, TransactionPattern.FanOut, card.OutAlert, person));
                context.Act(person, t);
            }

            var payments = r.NextInt(6, 19);
            var mule = ring.MuleDays.FindIndex(m => m.Card == card);
            for (var k = 0; k < payments; k++)
            {
                // Queued so the payment meets the mule's ledger in time order (see RingActivity).
                sink.Actions.Schedule(dayStart + DayProfile.Late.NextSecond(r), this, 0, ring.Id, mule, 0);
            }
        }
    }

    /// <summary>A stranger pays into the mule's account through a payment code.</summary>
    public void Run(in ScheduledAction action, EventSink sink)
    {
        var ring = context.Rings[action.A];
        var (card, person, _, _) = ring.MuleDays[action.B];
        var payer = context.Payers.NextPayer();
        if (payer < 0)
        {
            return;
        }

        var r = context.Random;
        var t = action.Time;
        var account = context.World.Primary[payer];
        var fen = Math.Max(100_00, (long)Math.Round(r.LogNormal(600, 0.8)) * 100 - (r.Chance(0.4) ? 200 : 0));
        var label = RingContext.Label(Typology.PaymentSettlement, ring, TransactionPattern.FanIn, card.Alert);
        sink.Transaction(t, account, card.Account, fen, Channel.ThirdPartyPayment, Memos.None, label);
        TruthBook.Label(context.Truth.Persons, payer, TruthRole.Victim, Typology.PaymentSettlement, ring.Id);
        TruthBook.Label(context.Truth.Accounts, account, TruthRole.Victim, Typology.PaymentSettlement, ring.Id).Touch(t);
        context.Ledger.Receive(card.Account, label, fen, t);
        ring.VictimLossFen += fen;
        context.Act(person, t).SettlementFen += fen;
        laundering.Arrived(ring, card, t, sink);
    }
}
