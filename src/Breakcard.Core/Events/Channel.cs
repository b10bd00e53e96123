namespace Breakcard.Core.Events;

/// <summary>How a transaction was made.</summary>
public enum Channel
{
    /// <summary>Account-to-account transfer (online, mobile or interbank).</summary>
    Transfer = 1,

    /// <summary>Cash withdrawal or deposit at an ATM.</summary>
    AtmCash = 2,

    /// <summary>Card payment at a point-of-sale terminal.</summary>
    Pos = 3,

    /// <summary>Payment through a third-party payment institution (Alipay, WeChat Pay, aggregators).</summary>
    ThirdPartyPayment = 4,

    /// <summary>Over-the-counter business at a branch, including OTC cash.</summary>
    Counter = 5,
}
