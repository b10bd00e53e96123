using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="CycleIndicator"/>.</summary>
public sealed record CycleOptions
{
    /// <summary>Smallest returning amount that counts (yuan).</summary>
    public int MinAmountYuan { get; init; } = 1_000;

    /// <summary>Returns within the fan window that make the indicator fire.</summary>
    public int MinReturns { get; init; } = 1;

    /// <summary>
    /// Most inflows today (or usual events a day, whichever is more) for each return (0: no limit):
    /// beyond it a return is chance among a crowd (an employer whose staff pay it back), not a cycle.
    /// </summary>
    public int MaxDailyEventsPerReturn { get; init; } = 20;
}

/// <summary>
/// Cycle: money that left this account comes back to it through a chain of accounts that passed
/// it on. Each transfer carries the origin of the money the paying account last received (its
/// own id when it had no recent inflow); money arriving with this account as its origin closes a
/// cycle. Cycles fake trade between shell companies and appear in AMLSim's typologies.
/// </summary>
public static class CycleIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.Cycle, "CYCLE", "cycle",
        "Money that left the account returns to it through accounts that passed it on.",
        "The cycle typology of AML simulators; source paper §4.4 (shell companies)",
        LegalBasis.Pboc2006Art11,
        IndicatorCategory.Primary, AppliesTo.Accounts, 30);

    /// <summary>Strength from the returns seen in the fan window.</summary>
    public static byte Strength(int returns, CycleOptions options) => Strength(returns, 0, options);

    /// <summary>Strength from the returns seen in the fan window among the account's <paramref name="eventsPerDay"/>.</summary>
    public static byte Strength(int returns, int eventsPerDay, CycleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.LostInVolume(returns, eventsPerDay, options.MaxDailyEventsPerReturn)
            ? (byte)0
            : IndicatorMath.Ramp(returns, options.MinReturns);
    }
}
