namespace Breakcard.Detection.Engine;

/// <summary>What happens to an event older than the watermark allows.</summary>
public enum LatePolicy
{
    /// <summary>
    /// Applied at the current release frontier (its event time kept for evidence, its position in
    /// time moved forward), counted as late. Money is never ignored; the result may depend on the
    /// order of such events, which the watermark contract does not cover.
    /// </summary>
    ApplyAtFrontier = 1,

    /// <summary>Not applied; counted and reported with its id so nothing is lost silently.</summary>
    Reject = 2,
}

/// <summary>
/// How the engine processes time, memory and evidence (the "engine" section of a detection options
/// file). Immutable; validated by <see cref="DetectionOptions.Validate"/>.
/// </summary>
public sealed record EngineOptions
{
    /// <summary>The institution's UTC offset in minutes (480 = UTC+8, China Standard Time). Local "night" and "day" use it.</summary>
    public int UtcOffsetMinutes { get; init; } = 480;

    /// <summary>
    /// Allowed out-of-orderness (seconds): the watermark trails the latest event time seen by this
    /// much, and results do not depend on arrival order within it.
    /// </summary>
    public int AllowedLatenessSeconds { get; init; } = 600;

    /// <summary>
    /// How long event ids are remembered for de-duplication, in event time behind the watermark
    /// (seconds). An event older than this behind the watermark is rejected whatever
    /// <see cref="LateEvents"/> says, because its duplicate could no longer be recognised.
    /// </summary>
    public int DeduplicationRetentionSeconds { get; init; } = 86_400;

    /// <summary>What happens to events later than the watermark but within the retention.</summary>
    public LatePolicy LateEvents { get; init; } = LatePolicy.ApplyAtFrontier;

    /// <summary>Number of state shards (a power of two, 1–64). Entities are assigned by index modulo this.</summary>
    public int Shards { get; init; } = 4;

    /// <summary>Each half of the sliding fan window (hours); the window covers between one and two halves.</summary>
    public int HalfWindowHours { get; init; } = 12;

    /// <summary>Span of the exponentially weighted daily baselines (days).</summary>
    public int BaselineDays { get; init; } = 14;

    /// <summary>Share of an indicator's strength kept per local day without renewed evidence (percent).</summary>
    public int StrengthKeptPerDayPercent { get; init; } = 80;

    /// <summary>Records in the shared evidence log (a ring; the oldest evidence is overwritten).</summary>
    public int EvidenceLogCapacity { get; init; } = 1 << 20;

    /// <summary>Evidence items an alert carries at most.</summary>
    public int MaxEvidencePerAlert { get; init; } = 12;

    /// <summary>From this risk on, every event of the entity is kept in the evidence log.</summary>
    public int WatchRisk { get; init; } = 20;
}
