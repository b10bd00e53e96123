using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="NewSimHighVolumeIndicator"/>.</summary>
public sealed record NewSimHighVolumeOptions
{
    /// <summary>A SIM is new for this many days after activation.</summary>
    public int NewDays { get; init; } = 30;

    /// <summary>Outbound calls in a local day that fire.</summary>
    public int MinOutboundCalls { get; init; } = 40;
}

/// <summary>
/// A newly activated SIM with high outbound volume. Activation dates come from the operator's
/// reference data; numbers without one are not judged.
/// </summary>
public static class NewSimHighVolumeIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.NewSimHighVolume, "NEW_SIM_HIGH_VOLUME", "new SIM, high volume",
        "Many outbound calls in a day soon after the SIM was activated.",
        "Operator practice; Anti-Fraud Law Art. 11",
        LegalBasis.AntiFraudArt11,
        IndicatorCategory.Context, AppliesTo.Phones, 20);

    /// <summary>Strength from today's outbound calls, <paramref name="simAgeDays"/> days after activation.</summary>
    public static byte Strength(long simAgeDays, int outboundToday, NewSimHighVolumeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return simAgeDays < 0 || simAgeDays > options.NewDays ? (byte)0 : IndicatorMath.Ramp(outboundToday, options.MinOutboundCalls);
    }
}
