using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="GatherScatterIndicator"/>.</summary>
public sealed record GatherScatterOptions
{
    /// <summary>Distinct unrelated payers within the fan window.</summary>
    public int MinPayers { get; init; } = 5;

    /// <summary>Distinct new payees within the same window.</summary>
    public int MinPayees { get; init; } = 5;
}

/// <summary>
/// Gather-scatter: a hub that, within one fan window, receives from at least
/// <see cref="GatherScatterOptions.MinPayers"/> unrelated payers and pays at least
/// <see cref="GatherScatterOptions.MinPayees"/> new payees — concentrated in and dispersed out in a
/// short time. Strength is the weaker of the two sides.
/// </summary>
public static class GatherScatterIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.GatherScatter, "GATHER_SCATTER", "gather-scatter hub",
        "Many unrelated payers and many new payees within one fan window.",
        "PBOC 2006 Art. 11(1); the gather-scatter typology of AML simulators",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Primary, AppliesTo.Accounts, 30);

    /// <summary>Strength from the payers and payees in the window.</summary>
    public static byte Strength(int payers, int payees, GatherScatterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Min(IndicatorMath.Ramp(payers, options.MinPayers), IndicatorMath.Ramp(payees, options.MinPayees));
    }
}
