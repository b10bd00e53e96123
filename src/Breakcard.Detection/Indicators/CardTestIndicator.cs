using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="CardTestIndicator"/>.</summary>
public sealed record CardTestOptions
{
    /// <summary>Largest amount that counts as a test transfer (fen; 100 = ¥1.00).</summary>
    public int MaxAmountFen { get; init; } = 100;

    /// <summary>Distinct accounts a personal account sends test transfers to within the fan window from which it is a tester.</summary>
    public int MinTestedCards { get; init; } = 3;
}

/// <summary>
/// Card testing: whoever buys cards checks that each works with a micro transfer (under ¥1) before
/// using it. A personal account that sends micro transfers to at least
/// <see cref="CardTestOptions.MinTestedCards"/> distinct accounts in the fan window is a tester;
/// an account that receives a micro transfer from a tester is a tested card. Cross-shard: the
/// tester's shard annotates each micro transfer with its count of tested cards. Company accounts
/// (payment platforms verifying a bank card with a cent) are never testers.
/// </summary>
public static class CardTestIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.CardTest, "CARD_TEST", "card testing",
        "Micro test transfers from one personal account to several accounts (the tester), or one received from such a tester (a tested card).",
        "Card-dealer practice in judgments (cards checked before sale or use); 法发〔2021〕22号 Art. 7",
        LegalBasis.Opinion2021Art7 + "; " + LegalBasis.AntiFraudArt31,
        IndicatorCategory.Primary, AppliesTo.Accounts, 30);

    /// <summary>True when <paramref name="fen"/> is a test-sized amount.</summary>
    public static bool IsTestAmount(long fen, CardTestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return fen > 0 && fen <= options.MaxAmountFen;
    }

    /// <summary>Strength from the tester's count of tested cards (for the tester, and for a card it tested).</summary>
    public static byte Strength(int testedCards, CardTestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(testedCards, options.MinTestedCards);
    }
}
