using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="JustUnderThresholdIndicator"/>.</summary>
public sealed record JustUnderThresholdOptions
{
    /// <summary>
    /// Reporting thresholds (yuan). Default ¥50,000, the large-value cash reporting line of the
    /// PBOC rules (2016 revision, Art. 5); add the institution's own lines.
    /// </summary>
    public IReadOnlyList<int> ThresholdsYuan { get; init; } = [50_000];

    /// <summary>An amount counts when it is at least this share of a threshold but below it (percent).</summary>
    public int LowerPercent { get; init; } = 90;

    /// <summary>Such amounts in one local day that fire.</summary>
    public int MinCount { get; init; } = 2;
}

/// <summary>
/// Amounts just under reporting thresholds: transactions of at least
/// <see cref="JustUnderThresholdOptions.LowerPercent"/> percent of a reporting threshold but below
/// it, repeated in a day — structuring to stay under the large-value report.
/// </summary>
public static class JustUnderThresholdIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.JustUnderThreshold, "JUST_UNDER_THRESHOLD", "just under reporting thresholds",
        "Repeated amounts just below a reporting threshold in one day.",
        "PBOC 2006 Art. 11(2)",
        LegalBasis.Pboc2006Art11Item2,
        IndicatorCategory.Context, AppliesTo.Accounts, 15);

    /// <summary>True when <paramref name="fen"/> is just under one of the thresholds.</summary>
    public static bool IsJustUnder(long fen, JustUnderThresholdOptions options) => IsJustUnder(fen, Bands(options));

    /// <summary>The [low, limit) bands in fen that count as just under, computed once for the hot path.</summary>
    public static (long Low, long Limit)[] Bands(JustUnderThresholdOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ThresholdsYuan.Select(t => ((t * 100L * options.LowerPercent + 99) / 100, t * 100L)).ToArray();
    }

    /// <summary>True when <paramref name="fen"/> lies in one of <paramref name="bands"/>.</summary>
    public static bool IsJustUnder(long fen, ReadOnlySpan<(long Low, long Limit)> bands)
    {
        foreach (var (low, limit) in bands)
        {
            if (fen >= low && fen < limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strength from today's count.</summary>
    public static byte Strength(int countToday, JustUnderThresholdOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(countToday, options.MinCount);
    }
}
