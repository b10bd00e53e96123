using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="PassThroughIndicator"/>.</summary>
public sealed record PassThroughOptions
{
    /// <summary>Inflows older than this are no longer matched against outflows (hours).</summary>
    public int WindowHours { get; init; } = 24;

    /// <summary>Largest share of the inflows a mule may keep as commission for a cycle to count (percent).</summary>
    public int MaxRetainedPercent { get; init; } = 10;

    /// <summary>Smallest share of an outflow that recent inflows must explain (percent).</summary>
    public int MinExplainedPercent { get; init; } = 80;

    /// <summary>Cycles moving less than this are ignored (yuan): a shop sweeping its till or a courier forwarding a day's cash on delivery moves hundreds.</summary>
    public int MinAmountYuan { get; init; } = 1_000;

    /// <summary>Completed pass-through cycles within the fan window that make the indicator fire.</summary>
    public int MinCycles { get; init; } = 2;

    /// <summary>…or yuan passed through in completed cycles within the fan window (victims' money moves in large sums).</summary>
    public int MinPassedYuan { get; init; } = 20_000;

    /// <summary>
    /// With at least a day of history the volume threshold follows the account's own baseline:
    /// this multiple of its mean daily volume (in plus out) before today…
    /// </summary>
    public int BaselineMultiple { get; init; } = 10;

    /// <summary>…but never below this many yuan (a quiet card passing ¥15,000 on at once is a mule's first job).</summary>
    public int MinQuietPassedYuan { get; init; } = 10_000;
}

/// <summary>
/// Pass-through: money comes in and leaves again within hours to third parties or as cash, the
/// outflow nearly equal to what came in (1–10% kept as commission), the balance back near zero.
/// The engine keeps a pool of unmatched recent inflows per account; an outflow to another holder
/// or to cash that recent inflows explain (≥ <see cref="PassThroughOptions.MinExplainedPercent"/>)
/// drains the pool, and a cycle completes when what is left of the pool is at most
/// <see cref="PassThroughOptions.MaxRetainedPercent"/> of what came in. The indicator fires on
/// repeated cycles or on large sums passed through. Transfers between one
/// holder's own accounts never count (a sweeper moving every inflow to a wallet is not a mule).
/// </summary>
public static class PassThroughIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.PassThrough, "PASS_THROUGH", "pass-through",
        "Money in and out again within hours to other holders or cash, near-equal amounts, a few percent retained, balance back near zero.",
        "FDIC 2009 money-mule alert; Isle of Man FIU; PBOC 2006 Art. 11",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Primary, AppliesTo.Accounts, 55);

    /// <summary>
    /// True when an outflow of <paramref name="outFen"/> that drained <paramref name="matchedFen"/>
    /// from the pool is explained by recent inflows.
    /// </summary>
    public static bool Explained(long outFen, long matchedFen, PassThroughOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return matchedFen * 100 >= outFen * options.MinExplainedPercent;
    }

    /// <summary>
    /// True when a pool that took in <paramref name="inFen"/> and has <paramref name="leftFen"/> left
    /// has completed a pass-through cycle.
    /// </summary>
    public static bool Completed(long inFen, long leftFen, PassThroughOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return inFen >= options.MinAmountYuan * 100L && leftFen * 100 <= inFen * options.MaxRetainedPercent;
    }

    /// <summary>Strength from the cycles completed in the fan window and the yuan they passed (no baseline: the fixed volume threshold).</summary>
    public static byte Strength(int cycles, long passedYuan, PassThroughOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Strength(cycles, passedYuan, options.MinPassedYuan, options);
    }

    /// <summary>Strength from the cycles completed in the fan window and the yuan they passed, against <paramref name="volumeThresholdYuan"/>.</summary>
    public static byte Strength(int cycles, long passedYuan, long volumeThresholdYuan, PassThroughOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Max(IndicatorMath.Ramp(cycles, options.MinCycles), IndicatorMath.Ramp(passedYuan, volumeThresholdYuan));
    }

    /// <summary>
    /// The yuan passed through in the fan window from which the indicator fires: the fixed
    /// <see cref="PassThroughOptions.MinPassedYuan"/> for an account seen for less than a day;
    /// otherwise <see cref="PassThroughOptions.BaselineMultiple"/> × its mean daily volume before
    /// today, at least <see cref="PassThroughOptions.MinQuietPassedYuan"/>. A shop or employer whose
    /// takings and payroll run through the account every day is judged against its own turnover,
    /// a quiet personal card against the money it never used to move (PBOC 2006 Art. 11: amounts
    /// "not matching" the client's usual business).
    /// </summary>
    public static long VolumeThreshold(float baselineYuan, int historyDays, PassThroughOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (historyDays < 1)
        {
            return options.MinPassedYuan;
        }

        var own = (long)Math.Ceiling(Math.Min(float.MaxValue / 1000, Math.Max(0f, baselineYuan)) * (double)options.BaselineMultiple);
        return Math.Max(options.MinQuietPassedYuan, own);
    }
}
