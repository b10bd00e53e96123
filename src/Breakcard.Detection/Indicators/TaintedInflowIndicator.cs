using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="TaintedInflowIndicator"/>.</summary>
public sealed record TaintedInflowOptions
{
    /// <summary>Risk of the paying account from which its money counts as tainted.</summary>
    public int MinPayerRisk { get; init; } = 50;

    /// <summary>Smallest tainted amount that counts (yuan).</summary>
    public int MinAmountYuan { get; init; } = 500;

    /// <summary>Share of the payer's risk passed on by one tainted inflow (percent).</summary>
    public int PassOnPercent { get; init; } = 45;

    /// <summary>
    /// Share of one inflow's strength added on top of what earlier tainted inflows left (percent):
    /// the strength keeps climbing while flagged money keeps arriving.
    /// </summary>
    public int RepeatPercent { get; init; } = 25;
}

/// <summary>
/// Money from a flagged account — a short graph distance to a known mule. Cross-shard: the payer's
/// shard annotates the transfer with the payer's current risk, so the payee's shard needs nothing
/// else. One tainted inflow is weak (a shop paid once by a mule buying goods must not be flagged
/// for that alone: at most <see cref="TaintedInflowOptions.PassOnPercent"/> of the payer's risk).
/// Flagged money that keeps arriving is the collector's mark — the account a ring's layers, hubs
/// or settlement mules pay into, or the payout card that takes the ring's cut: each further
/// tainted inflow while earlier ones are still remembered (the strength decays daily like every
/// other) adds <see cref="TaintedInflowOptions.RepeatPercent"/> of its own strength, up to 100. The
/// strength itself is the memory, so the indicator needs no state of its own. Primary, because a
/// collector that holds what it gathers shows nothing else a day-granular stream can see.
/// </summary>
public static class TaintedInflowIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.TaintedInflow, "TAINTED_INFLOW", "money from a flagged account",
        "Receives money from an account the engine already flags (one hop from a mule); climbs while flagged money keeps arriving (a collector).",
        "Graph practice in mule detection (hops to a known mule)",
        LegalBasis.AntiFraudArt18,
        IndicatorCategory.Primary, AppliesTo.Accounts, 50);

    /// <summary>Strength from one inflow of <paramref name="fen"/> paid by an account at <paramref name="payerRisk"/>.</summary>
    public static byte Strength(int payerRisk, long fen, TaintedInflowOptions options) => Strength(payerRisk, fen, 0, options);

    /// <summary>
    /// Strength after one inflow of <paramref name="fen"/> paid by an account at <paramref name="payerRisk"/>,
    /// when earlier tainted inflows left <paramref name="current"/> (0 when none is remembered).
    /// </summary>
    public static byte Strength(int payerRisk, long fen, int current, TaintedInflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (payerRisk < options.MinPayerRisk || fen < options.MinAmountYuan * 100L)
        {
            return 0;
        }

        var single = IndicatorMath.Scale(payerRisk, options.PassOnPercent);
        if (current <= 0)
        {
            return single;
        }

        return (byte)Math.Clamp(Math.Max(single, current + (single * options.RepeatPercent / 100)), 0, 100);
    }
}
