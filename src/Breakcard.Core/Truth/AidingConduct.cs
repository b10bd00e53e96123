namespace Breakcard.Core.Truth;

/// <summary>
/// The kind of help given under Criminal Law Art. 287-2, in the categories court statistics use
/// (payment settlement 53.45%, communication transmission 18.25%, advertising 4.95% of
/// defendants in the 2017–2021 court big-data report).
/// </summary>
public enum AidingConduct
{
    /// <summary>Not an aiding conduct.</summary>
    None = 0,

    /// <summary>支付结算: providing bank or payment accounts (selling, renting) or moving money.</summary>
    PaymentSettlement = 1,

    /// <summary>通讯传输: providing phone cards, SIM boxes or SMS-code reception.</summary>
    CommunicationTransmission = 2,

    /// <summary>技术支持: server hosting, app development, network access.</summary>
    TechnicalSupport = 3,

    /// <summary>广告推广: advertising or promotion.</summary>
    Advertising = 4,
}
