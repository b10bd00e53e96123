namespace Breakcard.Core.Truth;

/// <summary>An entity's part in a ring, or its ordinary persona, in ground truth.</summary>
public enum TruthRole
{
    /// <summary>Not involved.</summary>
    Normal = 0,

    /// <summary>Victim of the fraud whose money the ring moves.</summary>
    Victim = 1,

    /// <summary>Sold or rented own cards/accounts/phone cards.</summary>
    Seller = 2,

    /// <summary>Collected cards from sellers (卡商).</summary>
    Dealer = 3,

    /// <summary>A card or account that receives victims' money first.</summary>
    FirstLayer = 4,

    /// <summary>A card or account in a later layer.</summary>
    LaterLayer = 5,

    /// <summary>A collecting account that gathers forwarded money.</summary>
    Collector = 6,

    /// <summary>An account or person that takes the money out as cash or goods.</summary>
    CashOut = 7,

    /// <summary>The fraud ring's own operator (overseas; seen only through its tools).</summary>
    Fraudster = 8,

    /// <summary>A bank or telecom insider who opened cards unlawfully.</summary>
    Insider = 9,

    /// <summary>A developer or host providing technical support.</summary>
    TechSupport = 10,

    /// <summary>A shell company's front: legal representative or corporate account.</summary>
    ShellFront = 11,

    /// <summary>A phone card or device used by the ring (fraud calls, SIM box, SMS codes).</summary>
    RingLine = 12,

    /// <summary>A person who moves a ring's money through their own accounts for a commission
    /// (payment-settlement mule, 跑分); their accounts are <see cref="FirstLayer"/>.</summary>
    SettlementMule = 13,

    /// <summary>A person paid to keep a ring's SIM box (GOIP) running at their premises
    /// (communication transmission).</summary>
    LineKeeper = 14,
}
