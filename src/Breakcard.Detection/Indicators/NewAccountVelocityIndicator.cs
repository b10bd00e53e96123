using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="NewAccountVelocityIndicator"/>.</summary>
public sealed record NewAccountVelocityOptions
{
    /// <summary>An account is new for this many days after opening.</summary>
    public int NewDays { get; init; } = 30;

    /// <summary>Events in one day that fire.</summary>
    public int MinDailyEvents { get; init; } = 10;

    /// <summary>…or volume in one day (yuan, in + out).</summary>
    public int MinDailyYuan { get; init; } = 20_000;
}

/// <summary>
/// New account with high velocity: within <see cref="NewAccountVelocityOptions.NewDays"/> of its
/// opening date (reference data) the account makes many transactions or moves large sums in a
/// day. Accounts whose opening date is unknown are not judged.
/// </summary>
public static class NewAccountVelocityIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.NewAccountVelocity, "NEW_ACCOUNT_VELOCITY", "new account, high velocity",
        "Many transactions or large sums in a day soon after the account was opened.",
        "FDIC money-mule guidance (new accounts with high velocity)",
        LegalBasis.AntiFraudArt18,
        IndicatorCategory.Context, AppliesTo.Accounts, 15);

    /// <summary>Strength from today's activity, <paramref name="accountAgeDays"/> days after opening.</summary>
    public static byte Strength(long accountAgeDays, int eventsToday, long yuanToday, NewAccountVelocityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (accountAgeDays < 0 || accountAgeDays > options.NewDays)
        {
            return 0;
        }

        return Math.Max(IndicatorMath.Ramp(eventsToday, options.MinDailyEvents), IndicatorMath.Ramp(yuanToday, options.MinDailyYuan));
    }
}
