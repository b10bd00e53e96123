using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="DormantRevivedIndicator"/>.</summary>
public sealed record DormantRevivedOptions
{
    /// <summary>A gap without activity at least this long makes the account dormant (days).</summary>
    public int DormantDays { get; init; } = 180;

    /// <summary>How long after revival the account is watched (days).</summary>
    public int WatchDays { get; init; } = 30;

    /// <summary>Volume in one day after revival that fires (yuan, in + out).</summary>
    public int MinDailyYuan { get; init; } = 10_000;

    /// <summary>…or events in one day after revival.</summary>
    public int MinDailyEvents { get; init; } = 8;
}

/// <summary>
/// Dormant card revived: an account with no activity for <see cref="DormantRevivedOptions.DormantDays"/>
/// (seen in the data, from the last-activity date of the reference data, or marked dormant there)
/// comes back and within <see cref="DormantRevivedOptions.WatchDays"/> moves large sums or makes many
/// payments in a day — the "blank card unused for a long time" that card farmers sell.
/// </summary>
public static class DormantRevivedIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.DormantRevived, "DORMANT_REVIVED", "dormant card revived",
        "A long-unused account that suddenly carries large flows or many payments.",
        "PBOC 2006 Art. 11(4); source paper §4.4 (blank cards unused for a long time)",
        LegalBasis.Pboc2006Art11Item4,
        IndicatorCategory.Context, AppliesTo.Accounts, 25);

    /// <summary>True when a gap of <paramref name="gapDays"/> days makes the account dormant.</summary>
    public static bool IsDormantGap(long gapDays, DormantRevivedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return gapDays >= options.DormantDays;
    }

    /// <summary>Strength from today's activity, <paramref name="daysSinceRevival"/> days after revival.</summary>
    public static byte Strength(long daysSinceRevival, long yuanToday, int eventsToday, DormantRevivedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (daysSinceRevival < 0 || daysSinceRevival > options.WatchDays)
        {
            return 0;
        }

        return Math.Max(IndicatorMath.Ramp(yuanToday, options.MinDailyYuan), IndicatorMath.Ramp(eventsToday, options.MinDailyEvents));
    }
}
