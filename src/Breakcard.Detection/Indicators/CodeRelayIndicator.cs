using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="CodeRelayIndicator"/>.</summary>
public sealed record CodeRelayOptions
{
    /// <summary>A verification code this soon after the login counts as relayed for it (seconds).</summary>
    public int WindowSeconds { get; init; } = 600;

    /// <summary>Relayed codes (over the data) that make the indicator fire.</summary>
    public int MinRelays { get; init; } = 2;
}

/// <summary>
/// Verification codes relayed: an account is logged into from a device its holder does not own,
/// and within minutes the phone number bound to the account (its SMS-verification number) receives
/// a verification code — the seller of a "four-piece set" passing the bank's codes to the buyer who
/// now operates the card. This needs both streams: the bank's logins and the operator's SMS, joined
/// by the account-phone binding — the unified monitoring of source paper §4.2. Both the number and
/// the account get the signal.
/// </summary>
public static class CodeRelayIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.CodeRelay, "CODE_RELAY", "verification codes relayed",
        "The account is logged into from another person's device and the holder's bound phone receives a verification code minutes later, repeatedly.",
        "Source paper §4.2 (unified monitoring across telecom and finance); Anti-Fraud Law Art. 31 (helping others pass real-name checks)",
        LegalBasis.AntiFraudArt31 + "; " + LegalBasis.AntiFraudArt18 + "; " + LegalBasis.AntiFraudArt11,
        IndicatorCategory.Primary, AppliesTo.Both, 45);

    /// <summary>True when a code at <paramref name="codeAt"/> follows a foreign login at <paramref name="loginAt"/> closely enough.</summary>
    public static bool Relayed(long loginAt, long codeAt, CodeRelayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return codeAt >= loginAt && codeAt - loginAt <= options.WindowSeconds;
    }

    /// <summary>Strength from the relayed codes counted.</summary>
    public static byte Strength(int relays, CodeRelayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(relays, options.MinRelays);
    }
}
