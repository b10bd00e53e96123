using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="BurstIndicator"/>.</summary>
public sealed record BurstOptions
{
    /// <summary>Days of history needed before the baseline is trusted.</summary>
    public int MinHistoryDays { get; init; } = 14;

    /// <summary>Today's events must reach this multiple of the daily baseline.</summary>
    public int Multiple { get; init; } = 5;

    /// <summary>…and at least this many events.</summary>
    public int MinEvents { get; init; } = 10;
}

/// <summary>
/// Burst against the account's own baseline: today's transactions reach
/// <see cref="BurstOptions.Multiple"/> times the exponentially weighted daily mean of its own
/// history (and at least <see cref="BurstOptions.MinEvents"/>). Busy accounts are compared with
/// themselves, so a shop's ordinary day is not a burst.
/// </summary>
public static class BurstIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.Burst, "BURST", "burst against own baseline",
        "Many more transactions today than the account's own daily baseline.",
        "Source paper §4.4 (frequent transactions in a short period)",
        LegalBasis.SourcePaper44,
        IndicatorCategory.Context, AppliesTo.Accounts, 10);

    /// <summary>The count that fires today, given the baseline, or -1 when history is too short.</summary>
    public static int Threshold(float baselinePerDay, int historyDays, BurstOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (historyDays < options.MinHistoryDays)
        {
            return -1;
        }

        // Unchecked: the product is clamped first, so the conversion cannot overflow (and the hot path avoids a checked conversion).
        return Math.Max(options.MinEvents, unchecked((int)MathF.Ceiling(Math.Min(baselinePerDay * options.Multiple, 1e9f))));
    }

    /// <summary>Strength from today's events.</summary>
    public static byte Strength(int eventsToday, float baselinePerDay, int historyDays, BurstOptions options)
    {
        var t = Threshold(baselinePerDay, historyDays, options);
        return t < 0 ? (byte)0 : IndicatorMath.Ramp(eventsToday, t);
    }
}
