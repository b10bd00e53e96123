namespace Breakcard.Core.Truth;

/// <summary>
/// The aiding typologies of the synthetic world and of every evaluation. Numbers follow the
/// foundation issue's list; telecom conduct is split into its three observable forms.
/// </summary>
public enum Typology
{
    /// <summary>Normal life (including hard negatives such as shops and employers).</summary>
    None = 0,

    /// <summary>1. Card seller: sells or rents the "four-piece set" (card, U-shield, phone card, ID copy).</summary>
    CardSelling = 1,

    /// <summary>2. Card dealer (卡商): collects many cards from many sellers.</summary>
    CardDealing = 2,

    /// <summary>3. Payment-settlement mule (跑分): many small inflows from strangers forwarded within minutes.</summary>
    PaymentSettlement = 3,

    /// <summary>4. Layered laundering: victims → layers of cards → cash-out within hours.</summary>
    LayeredLaundering = 4,

    /// <summary>5. Dormant card revived: a long-unused card suddenly carries large flows.</summary>
    DormantRevival = 5,

    /// <summary>6. Shell companies: many companies at one address; corporate accounts with unrelated remittances.</summary>
    ShellCompany = 6,

    /// <summary>7a. SIMs used for fraud calls: many short outbound calls to many distinct numbers.</summary>
    FraudCalls = 7,

    /// <summary>7b. SIM box / GOIP: many SIMs on one device or cell.</summary>
    SimBox = 8,

    /// <summary>7c. SMS-verification-code reception for account farming.</summary>
    SmsCodeReception = 9,

    /// <summary>8. Insider: a bank or telecom employee opening cards in breach of real-name rules.</summary>
    InsiderOpening = 10,

    /// <summary>9. Technical support: hosting servers or building apps for a fraud ring.</summary>
    TechnicalSupport = 11,
}
