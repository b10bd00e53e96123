using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="ScatterGatherIndicator"/>.</summary>
public sealed record ScatterGatherOptions
{
    /// <summary>Distinct intermediaries forwarding money from one source that make the indicator fire.</summary>
    public int MinIntermediaries { get; init; } = 3;

    /// <summary>
    /// Most inflows today (or usual events a day, whichever is more) for each such intermediary (0:
    /// no limit): beyond it the shared source is chance among a crowd of payers (a big store's
    /// customers who share an employer), not a gather card.
    /// </summary>
    public int MaxDailyEventsPerIntermediary { get; init; } = 20;
}

/// <summary>
/// Scatter-gather: one source pays several intermediaries, which each forward to this account.
/// Cross-shard: the paying intermediary's shard annotates each transfer with the payer of its own
/// latest inflow (its upstream); this account counts the distinct intermediaries whose upstream is
/// the same source. No other shard is consulted.
/// </summary>
public static class ScatterGatherIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.ScatterGather, "SCATTER_GATHER", "scatter-gather",
        "Several intermediaries forward money that came from one source into this account.",
        "The scatter-gather typology of AML simulators; PBOC 2006 Art. 11(1)",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Primary, AppliesTo.Accounts, 30);

    /// <summary>Strength from the distinct intermediaries of one source.</summary>
    public static byte Strength(int intermediaries, ScatterGatherOptions options) => Strength(intermediaries, 0, options);

    /// <summary>Strength from the distinct <paramref name="intermediaries"/> among the account's <paramref name="eventsPerDay"/>.</summary>
    public static byte Strength(int intermediaries, int eventsPerDay, ScatterGatherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.LostInVolume(intermediaries, eventsPerDay, options.MaxDailyEventsPerIntermediary)
            ? (byte)0
            : IndicatorMath.Ramp(intermediaries, options.MinIntermediaries);
    }
}
