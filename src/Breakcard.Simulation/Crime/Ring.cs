using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// One fraud ring and its supply chain in the city: who aids it, which accounts, phones and
/// devices it controls, whom it defrauds, and — while the simulation runs — the state of its
/// laundering. Rings are few (one per 75,000 person-days), so plain lists are fine.
/// </summary>
internal sealed class Ring(int id, FraudScheme scheme, RingComponents components, bool scatterGather)
{
    public int Id { get; } = id;

    public FraudScheme Scheme { get; } = scheme;

    public RingComponents Components { get; } = components;

    /// <summary>Scatter-gather laundering (one card → several → one) rather than gather-scatter.</summary>
    public bool ScatterGather { get; } = scatterGather;

    /// <summary>Start and end of the fraud activity, seconds since the period's start.</summary>
    public long Start { get; set; }

    public long End { get; set; }

    public List<int> Dealers { get; } = [];

    public List<SellerPlan> Sellers { get; } = [];

    public List<int> CashOutPersons { get; } = [];

    public List<int> Mules { get; } = [];

    public List<int> ShellReps { get; } = [];

    public int Keeper { get; set; } = -1;

    public int BankInsider { get; set; } = -1;

    public int TelecomInsider { get; set; } = -1;

    public int Developer { get; set; } = -1;

    public List<RingCard> Cards { get; } = [];

    public Dictionary<int, RingCard> CardOf { get; } = [];

    public List<int> ShellCompanies { get; } = [];

    public List<RingSim> Sims { get; } = [];

    /// <summary>Devices the ring's operators log in from (overseas handsets and computers).</summary>
    public List<int> OperatorDevices { get; } = [];

    public List<uint> OperatorIps { get; } = [];

    public int SimBox { get; set; } = -1;

    public int Server { get; set; } = -1;

    public uint ServerIp { get; set; }

    /// <summary>Cell of the den where the ring's handsets sit when there is no SIM box.</summary>
    public int DenCell { get; set; }

    public List<VictimPlan> Victims { get; } = [];

    /// <summary>Insider payments owed (person, fen, second) when the insider's openings happen.</summary>
    public List<(int Person, long Fen, long Time, Typology Typology)> InsiderPayments { get; } = [];

    /// <summary>Mule plans: the mule's account card and active days [From, To).</summary>
    public List<(RingCard Card, int Person, int FromDay, int ToDay)> MuleDays { get; } = [];

    // ---- runtime state ----

    public int DealerAlert { get; set; } = -1;

    public int PayoutAlert { get; set; } = -1;

    /// <summary>Victims' payments into the ring so far, in fen.</summary>
    public long VictimLossFen { get; set; }

    /// <summary>Cards delivered by the dealer and not yet paid for by the ring.</summary>
    public int UnpaidCards { get; set; }

    public List<RingCard> WithRole(CardRole role) => Cards.FindAll(c => c.Role == role);

    public void AddCard(RingCard card)
    {
        Cards.Add(card);
        CardOf[card.Account] = card;
    }
}
