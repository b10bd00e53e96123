namespace Breakcard.EarlyWarning.Signals;

/// <summary>The first signs of a card changing hands that early warning watches for (docs/early-warning.md).</summary>
public enum SignalKind
{
    /// <summary>A personal account opened in the last days by someone who already holds one (a card opened to sell).</summary>
    NewSecondAccount = 1,

    /// <summary>The phone card the bank texts codes to was activated in the last weeks (a new SIM bound for the buyer).</summary>
    NewBoundPhone = 2,

    /// <summary>A login from a device nobody has registered (not the holder's, not any known customer's).</summary>
    UnknownDeviceLogin = 3,

    /// <summary>A login from a device that is not the holder's and has logged into the accounts of several other people.</summary>
    SharedDeviceLogin = 4,

    /// <summary>A login from a device that is not the holder's but belongs to another customer (often family).</summary>
    OtherPersonDeviceLogin = 5,

    /// <summary>A tiny inflow (≤ ¥1) from a first-time payer: the buyer testing the card.</summary>
    TestTransfer = 6,

    /// <summary>Several first-time payers within a day.</summary>
    StrangerInflows = 7,

    /// <summary>Money from a first-time payer passed on to someone else within minutes, almost whole.</summary>
    PassThrough = 8,

    /// <summary>A long-dormant card touched by a foreign device or a first-time payer.</summary>
    DormantRevived = 9,

    /// <summary>Monitoring alerted on one of the holder's accounts.</summary>
    MonitoringAlert = 10,
}
