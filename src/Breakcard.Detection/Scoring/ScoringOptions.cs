namespace Breakcard.Detection.Scoring;

/// <summary>
/// The points model and the control bands (the "scoring" section of a detection options file).
/// </summary>
public sealed record ScoringOptions
{
    /// <summary>Risk from which an alert is raised (and the re-verify band starts).</summary>
    public int AlertThreshold { get; init; } = 50;

    /// <summary>Risk from which settlement is delayed.</summary>
    public int DelaySettlementFrom { get; init; } = 65;

    /// <summary>Risk from which non-counter business is restricted.</summary>
    public int RestrictFrom { get; init; } = 80;

    /// <summary>Risk from which the account or number is suspended pending re-verification.</summary>
    public int SuspendFrom { get; init; } = 90;

    /// <summary>Most points context indicators give when no primary indicator is active.</summary>
    public int ContextAloneCap { get; init; } = 45;

    /// <summary>
    /// Points at full strength, by reason code (for example "PASS_THROUGH": 35). Indicators not
    /// listed keep their documented default weight.
    /// </summary>
    public IReadOnlyDictionary<string, int> Weights { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
}
