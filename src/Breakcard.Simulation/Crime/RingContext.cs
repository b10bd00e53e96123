using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Crime;

/// <summary>State the ring behaviours share while the simulation runs: the world, truth, the
/// victims' money, the payer pool, alert numbering and the day's random stream.</summary>
internal sealed class RingContext(SimWorld world, TruthBook truth, List<Ring> rings, VictimPool payers)
{
    private int _nextAlert = 1;

    public SimWorld World { get; } = world;

    public TruthBook Truth { get; } = truth;

    public List<Ring> Rings { get; } = rings;

    public ParcelLedger Ledger { get; } = new();

    public VictimPool Payers { get; } = payers;

    /// <summary>The current day's stream (also used by actions that run during the day).</summary>
    public SeededRandom Random { get; set; } = new(0);

    public int NewAlert() => _nextAlert++;

    /// <summary>The alert (pattern instance) of <paramref name="card"/>'s group, opening one if it has none.</summary>
    public int AlertOf(RingCard card)
    {
        if (card.Alert < 0)
        {
            card.Alert = NewAlert();
        }

        return card.Alert;
    }

    public static EventLabel Label(Typology typology, Ring ring, TransactionPattern pattern = TransactionPattern.None, int alert = -1, int actor = -1) =>
        new(typology, ring.Id, pattern, alert, actor);

    /// <summary>A ring operator logs into <paramref name="card"/> (before moving money): from the
    /// developer's server when the ring has one, else from an operator device behind an overseas address.</summary>
    public void OperatorLogin(Ring ring, RingCard card, long time, EventSink sink)
    {
        time = Math.Max(time, sink.DayStart);
        int device;
        uint ip;
        if (ring.Server >= 0 && Random.Chance(0.5))
        {
            device = ring.Server;
            ip = ring.ServerIp;
        }
        else
        {
            device = ring.OperatorDevices[Random.NextInt(ring.OperatorDevices.Count)];
            ip = ring.OperatorIps[Random.NextInt(ring.OperatorIps.Count)];
        }

        sink.Login(time, card.Account, device, ip, Label(card.Primary, ring));
    }

    /// <summary>Credits victim money to the people behind a card (for the judgment truth).</summary>
    public void CountInflow(Ring ring, RingCard card, long fen)
    {
        if (card.Seller >= 0 && Truth.Aiders.TryGetValue(card.Seller, out var holder))
        {
            holder.SettlementFen += fen;
        }

        var seller = ring.Sellers.Find(s => s.Person == card.Seller);
        if (seller is not null && Truth.Aiders.TryGetValue(seller.Dealer, out var dealer))
        {
            dealer.SettlementFen += fen;
        }

        if (card.Source == TruthSchema.AccountSources.Insider && ring.BankInsider >= 0)
        {
            Truth.Aiders[ring.BankInsider].SettlementFen += fen;
        }
    }

    /// <summary>The tally of an aider, acting at <paramref name="time"/>.</summary>
    public AiderTally Act(int person, long time)
    {
        var tally = Truth.Aiders[person];
        tally.Act(time);
        TruthBook.Touch(Truth.Persons, person, time);
        return tally;
    }
}
