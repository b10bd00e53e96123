using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="VerificationSmsFloodIndicator"/>.</summary>
public sealed record VerificationSmsFloodOptions
{
    /// <summary>Verification-code SMS received in a local day.</summary>
    public int MinCodes { get; init; } = 20;

    /// <summary>Distinct senders (platforms) of those codes.</summary>
    public int MinSenders { get; init; } = 8;
}

/// <summary>
/// Floods of verification-code SMS from many platforms: the number is rented to an SMS-code
/// platform that registers accounts in bulk (the 史某某 case). Strength is the weaker of the code
/// count and the sender count.
/// </summary>
public static class VerificationSmsFloodIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.VerificationSmsFlood, "VERIFICATION_SMS_FLOOD", "verification-code SMS flood",
        "Many verification-code SMS from many different platforms in a day.",
        "Reported cases (e.g. 史某某, SMS-verification-code platform)",
        LegalBasis.AntiFraudArt11 + "; " + LegalBasis.AntiFraudArt31,
        IndicatorCategory.Primary, AppliesTo.Phones, 45);

    /// <summary>Strength from today's codes and distinct senders.</summary>
    public static byte Strength(int codes, int senders, VerificationSmsFloodOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Min(IndicatorMath.Ramp(codes, options.MinCodes), IndicatorMath.Ramp(senders, options.MinSenders));
    }
}
