using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="LinkedRiskIndicator"/>.</summary>
public sealed record LinkedRiskOptions
{
    /// <summary>Direct risk of another entity of the holder from which it is passed on.</summary>
    public int MinLinkedRisk { get; init; } = 50;

    /// <summary>Share of that risk passed on (percent).</summary>
    public int PassOnPercent { get; init; } = 100;
}

/// <summary>
/// Unified risk across institutions: another account or phone number of the same holder is
/// flagged on its own evidence (its direct risk, excluding linked risk, so risk never echoes
/// back and forth). A phone the operator flags raises the holder's cards, and a card the bank
/// flags raises the holder's numbers. The link (holder of record) is named in the explanation.
/// </summary>
public static class LinkedRiskIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.LinkedRisk, "LINKED_RISK", "holder's other card or number flagged",
        "Another account or phone number of the same holder is flagged on its own evidence.",
        "Source paper §4.2 (a unified monitoring system across telecom, finance and internet)",
        LegalBasis.AntiFraudArt18 + "; " + LegalBasis.AntiFraudArt11,
        IndicatorCategory.Primary, AppliesTo.Both, 30);

    /// <summary>Strength from the highest direct risk among the holder's other entities.</summary>
    public static byte Strength(int linkedRisk, LinkedRiskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return linkedRisk < options.MinLinkedRisk ? (byte)0 : IndicatorMath.Scale(linkedRisk, options.PassOnPercent);
    }
}
