namespace Breakcard.Detection.Indicators;

/// <summary>
/// The thresholds of every indicator, as one JSON-serialisable record (the "indicators" section of
/// a detection options file). Defaults are the values documented in docs/detection.md.
/// </summary>
public sealed record IndicatorOptions
{
    /// <summary>Pass-through.</summary>
    public PassThroughOptions PassThrough { get; init; } = new();

    /// <summary>Fan-in from strangers.</summary>
    public FanInOptions FanIn { get; init; } = new();

    /// <summary>Fan-out to new payees.</summary>
    public FanOutOptions FanOut { get; init; } = new();

    /// <summary>Scatter-gather.</summary>
    public ScatterGatherOptions ScatterGather { get; init; } = new();

    /// <summary>Gather-scatter.</summary>
    public GatherScatterOptions GatherScatter { get; init; } = new();

    /// <summary>Cycle.</summary>
    public CycleOptions Cycle { get; init; } = new();

    /// <summary>Burst against own baseline.</summary>
    public BurstOptions Burst { get; init; } = new();

    /// <summary>Huge amount for the holder's profile.</summary>
    public ProfileMismatchOptions ProfileMismatch { get; init; } = new();

    /// <summary>Abnormal hours.</summary>
    public AbnormalHoursOptions AbnormalHours { get; init; } = new();

    /// <summary>Dormant card revived.</summary>
    public DormantRevivedOptions DormantRevived { get; init; } = new();

    /// <summary>New account with high velocity.</summary>
    public NewAccountVelocityOptions NewAccountVelocity { get; init; } = new();

    /// <summary>Just under reporting thresholds.</summary>
    public JustUnderThresholdOptions JustUnderThreshold { get; init; } = new();

    /// <summary>Corporate remittances unrelated to business.</summary>
    public CorporateUnrelatedOptions CorporateUnrelated { get; init; } = new();

    /// <summary>Accounts per identity.</summary>
    public AccountsPerIdentityOptions AccountsPerIdentity { get; init; } = new();

    /// <summary>Shared device or IP.</summary>
    public SharedDeviceOptions SharedDevice { get; init; } = new();

    /// <summary>Money from a flagged account.</summary>
    public TaintedInflowOptions TaintedInflow { get; init; } = new();

    /// <summary>Unified linked risk.</summary>
    public LinkedRiskOptions LinkedRisk { get; init; } = new();

    /// <summary>Shell-like company.</summary>
    public ShellCompanyOptions ShellCompany { get; init; } = new();

    /// <summary>Short calls to many numbers.</summary>
    public ShortCallSprayOptions ShortCallSpray { get; init; } = new();

    /// <summary>New SIM with high volume.</summary>
    public NewSimHighVolumeOptions NewSimHighVolume { get; init; } = new();

    /// <summary>Many SIMs on one device or cell.</summary>
    public SimClusterOptions SimCluster { get; init; } = new();

    /// <summary>Verification-code SMS floods.</summary>
    public VerificationSmsFloodOptions VerificationSmsFlood { get; init; } = new();

    /// <summary>SIMs per identity.</summary>
    public SimsPerIdentityOptions SimsPerIdentity { get; init; } = new();

    /// <summary>Card testing.</summary>
    public CardTestOptions CardTest { get; init; } = new();

    /// <summary>Verification codes relayed.</summary>
    public CodeRelayOptions CodeRelay { get; init; } = new();

    /// <summary>Graph typology: layered forwarding chain (only with a graph feature provider).</summary>
    public GraphStackOptions GraphStack { get; init; } = new();

    /// <summary>Graph typology: time-respecting cycle (only with a graph feature provider).</summary>
    public GraphCycleOptions GraphCycle { get; init; } = new();

    /// <summary>Graph typology: scatter-gather membership (only with a graph feature provider).</summary>
    public GraphScatterGatherOptions GraphScatterGather { get; init; } = new();
}
