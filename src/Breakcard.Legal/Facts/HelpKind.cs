namespace Breakcard.Legal.Facts;

/// <summary>The kinds of help named in Criminal Law Art. 287-2 para. 1.</summary>
public enum HelpKind
{
    /// <summary>Internet access (互联网接入).</summary>
    InternetAccess,

    /// <summary>Server hosting (服务器托管).</summary>
    ServerHosting,

    /// <summary>Network storage (网络存储).</summary>
    NetworkStorage,

    /// <summary>Communication transmission (通讯传输), for example SIM boxes or phone cards for calls.</summary>
    CommunicationTransmission,

    /// <summary>Other technical support (其他技术支持).</summary>
    OtherTechnicalSupport,

    /// <summary>Advertising and promotion (广告推广).</summary>
    Advertising,

    /// <summary>Payment settlement (支付结算): moving money for the helped crime.</summary>
    PaymentSettlement,

    /// <summary>Other help (其他帮助), including selling or renting cards and accounts (法发〔2021〕22号 Art. 7).</summary>
    OtherHelp,
}
