namespace Breakcard.Detection.Indicators;

/// <summary>
/// Every indicator the engine evaluates. The numeric values index the per-entity strength arrays
/// and are written in checkpoints and model files: append new ones, never renumber.
/// </summary>
public enum IndicatorId : byte
{
    /// <summary>Money in and out again within hours, near-equal amounts, commission retained.</summary>
    PassThrough = 0,

    /// <summary>Many unrelated payers in a short window.</summary>
    FanIn = 1,

    /// <summary>Many new payees in a short window.</summary>
    FanOut = 2,

    /// <summary>Gathers money that several intermediaries received from one source.</summary>
    ScatterGather = 3,

    /// <summary>Concentrated in and dispersed out (or the reverse) in a short window.</summary>
    GatherScatter = 4,

    /// <summary>Transaction count far above the entity's own baseline.</summary>
    Burst = 5,

    /// <summary>Amounts far beyond the holder's profile (a student receiving ¥200,000).</summary>
    ProfileMismatch = 6,

    /// <summary>Activity at hours that are abnormal for this entity.</summary>
    AbnormalHours = 7,

    /// <summary>A long-dormant account suddenly active.</summary>
    DormantRevived = 8,

    /// <summary>A new account with high velocity soon after opening.</summary>
    NewAccountVelocity = 9,

    /// <summary>Repeated amounts just under a reporting threshold.</summary>
    JustUnderThreshold = 10,

    /// <summary>Company account receiving remittances unrelated to its business, or an individual receiving many company remittances.</summary>
    CorporateUnrelated = 11,

    /// <summary>The holder has more accounts than the rules allow.</summary>
    AccountsPerIdentity = 12,

    /// <summary>Logged into from a device or IP address shared with other holders.</summary>
    SharedDevice = 13,

    /// <summary>Receives money from accounts already flagged (short graph distance to a mule).</summary>
    TaintedInflow = 14,

    /// <summary>Another entity of the same holder is flagged (unified bank-telecom risk).</summary>
    LinkedRisk = 15,

    /// <summary>Company account of a shell-like company (not operating, or one of many at one address).</summary>
    ShellCompany = 16,

    /// <summary>Money returns to an account it came from (a cycle).</summary>
    Cycle = 17,

    /// <summary>Many short outbound calls to many distinct numbers, few inbound.</summary>
    ShortCallSpray = 18,

    /// <summary>A newly activated SIM with high outbound volume.</summary>
    NewSimHighVolume = 19,

    /// <summary>Many SIMs on one device or one cell (SIM box / GOIP).</summary>
    SimCluster = 20,

    /// <summary>Floods of verification-code SMS from many platforms.</summary>
    VerificationSmsFlood = 21,

    /// <summary>The holder has more SIM cards than the rules allow.</summary>
    SimsPerIdentity = 22,

    /// <summary>Micro "test" transfers between a card buyer and bought cards.</summary>
    CardTest = 23,

    /// <summary>Verification codes relayed from the holder's phone to whoever logs into the holder's account elsewhere.</summary>
    CodeRelay = 24,

    /// <summary>A pass-through link in a long time-respecting forwarding chain (graph typology feature, ADR 0125).</summary>
    GraphStack = 25,

    /// <summary>On a short time-respecting cycle of transfers (graph typology feature, ADR 0125).</summary>
    GraphCycle = 26,

    /// <summary>Source, intermediary or destination of a scatter-gather (graph typology feature, ADR 0125).</summary>
    GraphScatterGather = 27,
}
