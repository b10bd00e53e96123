using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="FanOutIndicator"/>.</summary>
public sealed record FanOutOptions
{
    /// <summary>Distinct new payees within the fan window that make the indicator fire.</summary>
    public int MinPayees { get; init; } = 10;
}

/// <summary>
/// Fan-out to many new payees: within the fan window the account pays at least
/// <see cref="FanOutOptions.MinPayees"/> distinct accounts of other holders it never dealt with
/// before. An employer paying the same staff every month pays known payees and does not count
/// after the first payday.
/// </summary>
public static class FanOutIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.FanOut, "FAN_OUT", "fan-out to new payees",
        "Many distinct payees of other holders, never paid before, within the fan window.",
        "PBOC 2006 Art. 11(1); the fan-out typology of AML simulators",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Primary, AppliesTo.Accounts, 15);

    /// <summary>Strength from the distinct new payees in the window.</summary>
    public static byte Strength(int payees, FanOutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(payees, options.MinPayees);
    }
}
