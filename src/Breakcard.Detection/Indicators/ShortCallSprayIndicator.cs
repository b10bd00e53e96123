using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="ShortCallSprayIndicator"/>.</summary>
public sealed record ShortCallSprayOptions
{
    /// <summary>A call connected for less than this is short (seconds; unanswered calls are 0).</summary>
    public int ShortSeconds { get; init; } = 30;

    /// <summary>Outbound calls in a local day.</summary>
    public int MinOutboundCalls { get; init; } = 30;

    /// <summary>Distinct numbers called in the day.</summary>
    public int MinDistinctCallees { get; init; } = 20;

    /// <summary>Share of outbound calls that are short (percent).</summary>
    public int MinShortPercent { get; init; } = 70;

    /// <summary>Inbound calls may be at most this share of outbound (percent).</summary>
    public int MaxInboundPercent { get; init; } = 20;

    /// <summary>With at least this many days of history, outbound calls must also reach this multiple of the number's own daily mean.</summary>
    public int BaselineMultiple { get; init; } = 3;

    /// <summary>Days of history from which the baseline applies.</summary>
    public int MinHistoryDays { get; init; } = 7;
}

/// <summary>
/// Many short outbound calls to many distinct numbers, few inbound — the traffic of a phone card
/// used for fraud calls. A courier who calls many customers every day is compared with their own
/// history, and customers call couriers back.
/// </summary>
public static class ShortCallSprayIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.ShortCallSpray, "SHORT_CALL_SPRAY", "short calls to many numbers",
        "Many short or unanswered outbound calls to many distinct numbers in a day, few inbound, above the number's own history.",
        "Operator practice; Anti-Fraud Law Art. 11 (abnormal cards)",
        LegalBasis.AntiFraudArt11,
        IndicatorCategory.Primary, AppliesTo.Phones, 45);

    /// <summary>True when the call is short.</summary>
    public static bool IsShort(long connectedSeconds, ShortCallSprayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return connectedSeconds < options.ShortSeconds;
    }

    /// <summary>Strength from today's traffic of the number.</summary>
    public static byte Strength(int outbound, int shortCalls, int inbound, int distinctCallees, float baselineOut, int historyDays, ShortCallSprayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (outbound < options.MinOutboundCalls
            || shortCalls * 100 < outbound * options.MinShortPercent
            || inbound * 100 > outbound * options.MaxInboundPercent
            || (historyDays >= options.MinHistoryDays && outbound < baselineOut * options.BaselineMultiple))
        {
            return 0;
        }

        return IndicatorMath.Ramp(distinctCallees, options.MinDistinctCallees);
    }
}
