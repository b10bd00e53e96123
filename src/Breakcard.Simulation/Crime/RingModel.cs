using Breakcard.Core.Events;
using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Crime;

/// <summary>The optional parts of a ring's supply chain (each typology of the issue has one).</summary>
[Flags]
internal enum RingComponents
{
    None = 0,

    /// <summary>Payment-settlement mules (跑分) feeding collector cards.</summary>
    Settlement = 1,

    /// <summary>A shell-company factory whose corporate accounts act as hubs.</summary>
    ShellFactory = 2,

    /// <summary>A SIM box (GOIP) hosting the ring's SIMs at a line keeper's home.</summary>
    SimBox = 4,

    /// <summary>Numbers receiving floods of verification codes (account farming).</summary>
    SmsReception = 8,

    /// <summary>A bank employee opening cards for the ring.</summary>
    BankInsider = 16,

    /// <summary>A telecom employee registering SIMs for the ring beyond the per-person limit.</summary>
    TelecomInsider = 32,

    /// <summary>A developer hosting the ring's server.</summary>
    TechSupport = 64,

    /// <summary>Long-dormant cards bought and revived as first-layer cards.</summary>
    DormantCards = 128,
}

/// <summary>The fraud the ring runs on its victims.</summary>
internal enum FraudScheme
{
    /// <summary>冒充公检法: "police" order the victim to move savings to a "safe account".</summary>
    ImpersonatingAuthorities = 1,

    /// <summary>冒充客服: a fake customer-service agent "refunds" or "unfreezes" for a fee.</summary>
    FakeCustomerService = 2,

    /// <summary>刷单返利: order brushing for rebates, escalating payments.</summary>
    OrderBrushingRebate = 3,

    /// <summary>虚假投资理财: a fake investment platform.</summary>
    FakeInvestment = 4,

    /// <summary>虚假贷款: fees to "release" a loan.</summary>
    FakeLoan = 5,
}

/// <summary>What a controlled account does in the ring's laundering.</summary>
internal enum CardRole : byte
{
    FirstLayer = 1,
    Layer = 2,
    Gather = 3,
    Hub = 4,
    Collector = 5,
    CashOut = 6,
    Payout = 7,
    Mule = 8,
}

/// <summary>An account under a ring's control.</summary>
internal sealed class RingCard(int account, CardRole role, Typology primary)
{
    public int Account { get; } = account;

    public CardRole Role { get; set; } = role;

    public Typology Primary { get; set; } = primary;

    /// <summary>Person who sold or holds it, or -1 (a company's account).</summary>
    public int Seller { get; set; } = -1;

    /// <summary>How the ring got it (a <see cref="TruthSchema.AccountSources"/> value).</summary>
    public string Source { get; set; } = TruthSchema.AccountSources.Own;

    public long ActiveFrom { get; set; }

    public long ActiveUntil { get; set; } = long.MaxValue;

    /// <summary>Alert (pattern instance) of the group this account belongs to now, or -1.</summary>
    public int Alert { get; set; } = -1;

    /// <summary>A second alert for fan-out legs (mules), or -1.</summary>
    public int OutAlert { get; set; } = -1;

    /// <summary>Commission kept on forwarding, in basis points (mules only).</summary>
    public int CommissionBasisPoints { get; set; }
}

/// <summary>A seller's sale of a four-piece set (card, U-shield, phone card, ID copy) to a dealer.</summary>
internal sealed class SellerPlan(int person, int dealer, RecruitmentChannel channel)
{
    public int Person { get; } = person;

    public int Dealer { get; } = dealer;

    public RecruitmentChannel Channel { get; } = channel;

    public long SaleTime { get; set; } = long.MaxValue;

    public List<int> Cards { get; } = [];

    /// <summary>The phone card sold with the set, or -1.</summary>
    public int Sim { get; set; } = -1;

    public long PriceFen { get; set; }

    /// <summary>Paid by bank transfer (observable) rather than cash or chat wallet.</summary>
    public bool PaidByTransfer { get; set; }
}

/// <summary>A victim's contact with the ring: the con calls and the transfers they make.</summary>
internal sealed class VictimPlan(int person, int account, int phone)
{
    public int Person { get; } = person;

    public int Account { get; } = account;

    public int Phone { get; } = phone;

    public List<(long Time, int Seconds)> Calls { get; } = [];

    public List<(long Time, long Fen, Channel Channel, short Memo)> Transfers { get; } = [];
}

/// <summary>How a ring uses a SIM.</summary>
internal enum SimUse : byte
{
    FraudCalls = 1,
    SmsCodes = 2,

    /// <summary>Bound to a sold bank card: receives the bank's login codes.</summary>
    BoundToCard = 3,
}

/// <summary>A phone card in a ring's hands.</summary>
internal sealed class RingSim(int phone, SimUse use, Typology primary)
{
    public int Phone { get; } = phone;

    public SimUse Use { get; } = use;

    public Typology Primary { get; } = primary;

    public long From { get; set; }

    public long Until { get; set; }

    public int Device { get; set; } = -1;

    public int Cell { get; set; }
}
