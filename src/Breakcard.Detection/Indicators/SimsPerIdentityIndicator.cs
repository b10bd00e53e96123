using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="SimsPerIdentityIndicator"/>.</summary>
public sealed record SimsPerIdentityOptions
{
    /// <summary>SIM cards one person may hold at one operator (five; secondary source).</summary>
    public int MaxPerOperator { get; init; } = 5;
}

/// <summary>
/// Too many SIM cards per identity: the registered holder has more cards at one operator than
/// the limit. Static (reference data), context only.
/// </summary>
public static class SimsPerIdentityIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.SimsPerIdentity, "SIMS_PER_IDENTITY", "too many SIMs per identity",
        "The holder has more SIM cards at one operator than the limit.",
        "Anti-Fraud Law Arts. 9–10; five cards per person per operator (secondary source)",
        LegalBasis.AntiFraudArt10 + "; " + LegalBasis.FiveSimsPerOperator,
        IndicatorCategory.Context, AppliesTo.Phones, 10);

    /// <summary>Strength from the holder's most SIMs at one operator.</summary>
    public static byte Strength(int maxPerOperator, SimsPerIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(maxPerOperator, options.MaxPerOperator + 1);
    }
}
