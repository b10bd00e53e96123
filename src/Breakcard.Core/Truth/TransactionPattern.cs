namespace Breakcard.Core.Truth;

/// <summary>
/// The shape of a group of illicit transactions, named as in IBM AMLSim's typologies so that
/// results compare with the public benchmarks. One group is one alert (an <c>alert_id</c>).
/// </summary>
public enum TransactionPattern
{
    /// <summary>Not part of a labelled group.</summary>
    None = 0,

    /// <summary>Many accounts pay one (victims into a first-layer card; payers into a settlement mule).</summary>
    FanIn = 1,

    /// <summary>One account pays many (a mule forwarding to collectors; a ring paying its helpers).</summary>
    FanOut = 2,

    /// <summary>Money returns to where it started (shell companies faking trade).</summary>
    Cycle = 3,

    /// <summary>One account scatters to several, which gather into one.</summary>
    ScatterGather = 4,

    /// <summary>Several accounts gather into one hub, which scatters to several.</summary>
    GatherScatter = 5,
}
