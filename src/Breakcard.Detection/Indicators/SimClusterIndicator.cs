using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="SimClusterIndicator"/>.</summary>
public sealed record SimClusterOptions
{
    /// <summary>Distinct SIMs seen in one device within the device window that fire (dual-SIM handsets hold two).</summary>
    public int MinSimsPerDevice { get; init; } = 3;

    /// <summary>A SIM is a heavy caller in its cell once it has made this many outbound calls in a day.</summary>
    public int HeavyCalls { get; init; } = 30;

    /// <summary>Distinct heavy-calling SIMs in one cell in a day that fire.</summary>
    public int MinHeavySimsPerCell { get; init; } = 5;
}

/// <summary>
/// Many SIMs on one device or at one cell site: a SIM box (GOIP, "cat pool") holds dozens of
/// cards in one device; a farm of them shows as many heavy-calling SIMs in one cell. Every SIM
/// seen in such a device or cell gets the signal — including SIMs seen there before the device
/// looked like a SIM box (boxes rotate SIMs, one a day), which the device pushes the signal to.
/// </summary>
public static class SimClusterIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.SimCluster, "SIM_CLUSTER", "many SIMs on one device or cell",
        "The SIM is one of many in one device, or one of many heavy callers in one cell (SIM box / GOIP).",
        "2025 opinion (provisional); communication-transmission conduct in judgments",
        LegalBasis.AntiFraudArt11 + "; " + LegalBasis.Opinion2025,
        IndicatorCategory.Primary, AppliesTo.Phones, 40);

    /// <summary>Strength from the SIMs of the device and the heavy SIMs of the cell.</summary>
    public static byte Strength(int simsInDevice, int heavySimsInCell, SimClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Max(IndicatorMath.Ramp(simsInDevice, options.MinSimsPerDevice), IndicatorMath.Ramp(heavySimsInCell, options.MinHeavySimsPerCell));
    }
}
