using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="TaintedInflowIndicator"/>.</summary>
public sealed record TaintedInflowOptions
{
    /// <summary>Risk of the paying account from which its money counts as tainted.</summary>
    public int MinPayerRisk { get; init; } = 50;

    /// <summary>Smallest tainted amount that counts (yuan).</summary>
    public int MinAmountYuan { get; init; } = 500;

    /// <summary>Share of the payer's risk passed on (percent).</summary>
    public int PassOnPercent { get; init; } = 90;
}

/// <summary>
/// Money from a flagged account — a short graph distance to a known mule. Cross-shard: the payer's
/// shard annotates the transfer with the payer's current risk, so the payee's shard needs nothing
/// else. Context: a shop paid by a mule buying goods must not be flagged for that alone.
/// </summary>
public static class TaintedInflowIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.TaintedInflow, "TAINTED_INFLOW", "money from a flagged account",
        "Receives money from an account the engine already flags (one hop from a mule).",
        "Graph practice in mule detection (hops to a known mule)",
        LegalBasis.AntiFraudArt18,
        IndicatorCategory.Context, AppliesTo.Accounts, 25);

    /// <summary>Strength from one inflow of <paramref name="fen"/> paid by an account at <paramref name="payerRisk"/>.</summary>
    public static byte Strength(int payerRisk, long fen, TaintedInflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (payerRisk < options.MinPayerRisk || fen < options.MinAmountYuan * 100L)
        {
            return 0;
        }

        return IndicatorMath.Scale(payerRisk, options.PassOnPercent);
    }
}
