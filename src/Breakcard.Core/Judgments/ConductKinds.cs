namespace Breakcard.Core.Judgments;

/// <summary>
/// What a defendant did, as a court's findings of fact describe it. Several may hold at once (a
/// card seller who also moves the money himself is <see cref="OwnCards"/> and
/// <see cref="PaymentSettlement"/>). Definitions are the defendant's own acts, not the court's
/// legal label: nearly every card seller is said to have "provided payment-settlement help"
/// (提供支付结算帮助), but only one who moved money himself is <see cref="PaymentSettlement"/>.
/// </summary>
[Flags]
public enum ConductKinds
{
    /// <summary>No conduct stated.</summary>
    None = 0,

    /// <summary>Sold, rented or lent own bank cards, bank or payment accounts (出售、出租、出借本人银行卡).</summary>
    OwnCards = 1,

    /// <summary>Card dealer (卡商): bought, collected or recruited other people's cards or accounts.</summary>
    CardDealing = 2,

    /// <summary>Moved money through own accounts himself: transfers on instruction, face verification, cash withdrawal, 跑分.</summary>
    PaymentSettlement = 4,

    /// <summary>Phone, data or IoT cards (手机卡、电话卡、物联网卡、流量卡).</summary>
    TelecomCards = 8,

    /// <summary>Communication transmission devices: GOIP, SIM boxes (猫池、多卡宝), VoIP gateways.</summary>
    TransmissionDevices = 16,

    /// <summary>Technical support: servers, hosting, websites, apps, software, account unblocking.</summary>
    TechnicalSupport = 32,

    /// <summary>Advertising and promotion (广告推广、引流).</summary>
    Advertising = 64,
}
