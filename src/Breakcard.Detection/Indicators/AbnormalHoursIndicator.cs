using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="AbnormalHoursIndicator"/>.</summary>
public sealed record AbnormalHoursOptions
{
    /// <summary>First local hour of the night (inclusive).</summary>
    public int NightStartHour { get; init; }

    /// <summary>Local hour the night ends (exclusive).</summary>
    public int NightEndHour { get; init; } = 6;

    /// <summary>Past events needed before the hour profile is trusted.</summary>
    public int MinHistoryEvents { get; init; } = 20;

    /// <summary>Night counts as abnormal for the account when less than this share of its history was at night (percent).</summary>
    public int MaxNightSharePercent { get; init; } = 5;

    /// <summary>Night events in one local day that make the indicator fire.</summary>
    public int MinNightEvents { get; init; } = 3;
}

/// <summary>
/// Activity at abnormal hours against the account's own baseline: events in the local night (the
/// institution's time zone, UTC+8 by default, even when inputs carry UTC) on an account whose
/// history is almost all daytime. A night-shift worker's history is full of night events, so
/// their nights are normal.
/// </summary>
public static class AbnormalHoursIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.AbnormalHours, "ABNORMAL_HOURS", "activity at abnormal hours",
        "Several events in the local night on an account whose own history is almost all daytime.",
        "Source paper §4.4 (abnormal transaction times)",
        LegalBasis.SourcePaper44,
        IndicatorCategory.Context, AppliesTo.Accounts, 10);

    /// <summary>True when local hour <paramref name="hour"/> is in the night.</summary>
    public static bool IsNight(int hour, AbnormalHoursOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.NightStartHour <= options.NightEndHour
            ? hour >= options.NightStartHour && hour < options.NightEndHour
            : hour >= options.NightStartHour || hour < options.NightEndHour;
    }

    /// <summary>True when a night event is abnormal for an account with this history.</summary>
    public static bool NightIsUnusual(int historyEvents, int historyNightEvents, AbnormalHoursOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return historyEvents >= options.MinHistoryEvents && historyNightEvents * 100 < historyEvents * options.MaxNightSharePercent;
    }

    /// <summary>Strength from today's unusual night events.</summary>
    public static byte Strength(int nightEventsToday, AbnormalHoursOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(nightEventsToday, options.MinNightEvents);
    }
}
