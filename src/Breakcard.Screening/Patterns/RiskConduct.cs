namespace Breakcard.Screening.Patterns;

/// <summary>The kind of conduct a pattern points to. Several patterns can point to the same conduct.</summary>
public enum RiskConduct
{
    /// <summary>Renting, lending, selling or buying bank cards, accounts or the card kit.</summary>
    CardTrade,

    /// <summary>Renting, selling or buying phone, data or IoT cards.</summary>
    PhoneCardTrade,

    /// <summary>Lending a WeChat, Alipay or other payment or internet account, or receiving money through it for others.</summary>
    AccountLending,

    /// <summary>Moving money for others: 跑分, 代收代付, 走账.</summary>
    PaymentSettlement,

    /// <summary>Order brushing and rebate tasks: the classic lure (source paper 4.1).</summary>
    OrderBrushing,

    /// <summary>Lending one's identity: ID photos, face verification for others.</summary>
    IdentityLending,

    /// <summary>Opening or lending corporate accounts, acting as a nominee legal representative.</summary>
    CorporateAccount,

    /// <summary>Receiving or forwarding SMS verification codes for others (接码).</summary>
    SmsCodeReception,

    /// <summary>A lure: easy money, daily pay, vulnerable target groups. Not conduct in itself.</summary>
    Lure,

    /// <summary>Signs of evading supervision: disguised vocabulary, encrypted messengers, assurances of safety.</summary>
    Evasion,

    /// <summary>Technical support for others: equipment, gateways, servers or back ends installed, run, carried or hosted for pay (Art. 287-2).</summary>
    TechnicalSupport,

    /// <summary>Promotion for others: their groups, links, codes or posters spread for pay while their business is hidden (Art. 287-2).</summary>
    Promotion,

    /// <summary>An employee's position abused: accounts or cards opened, or due diligence passed, for people others bring, for pay.</summary>
    InsiderAbuse,

    /// <summary>
    /// Other help Art. 287-2 covers beside the forms it names: a fraud's victims kept quiet — complaints withdrawn or buried,
    /// doubters drowned out, complainants kept from the police — for pay (ADR 352).
    /// </summary>
    OtherHelp,
}
