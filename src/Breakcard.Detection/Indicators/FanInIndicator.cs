using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="FanInIndicator"/>.</summary>
public sealed record FanInOptions
{
    /// <summary>Distinct unrelated payers within the fan window that make the indicator fire.</summary>
    public int MinPayers { get; init; } = 10;
}

/// <summary>
/// Fan-in from many unrelated payers: within the fan window (two half windows, see
/// <see cref="Engine.EngineOptions.HalfWindowHours"/>) the account receives from at least
/// <see cref="FanInOptions.MinPayers"/> distinct payers that belong to other holders and have
/// never paid or been paid by it before. Shops also receive from strangers, so this is weak alone
/// (the points model needs pass-through or another money signal beside it).
/// </summary>
public static class FanInIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.FanIn, "FAN_IN", "fan-in from strangers",
        "Many distinct payers of other holders, never seen before, within the fan window.",
        "PBOC 2006 Art. 11(1); the fan-in typology of AML simulators",
        LegalBasis.Pboc2006Art11Item1,
        IndicatorCategory.Primary, AppliesTo.Accounts, 15);

    /// <summary>Strength from the distinct unrelated payers in the window.</summary>
    public static byte Strength(int payers, FanInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(payers, options.MinPayers);
    }
}
