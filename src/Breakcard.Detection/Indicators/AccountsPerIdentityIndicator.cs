using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="AccountsPerIdentityIndicator"/>.</summary>
public sealed record AccountsPerIdentityOptions
{
    /// <summary>Class I accounts one person may hold at one bank (银发〔2016〕261号: one).</summary>
    public int MaxClassIPerBank { get; init; } = 1;

    /// <summary>Accounts in total across institutions above which the holder is reviewed.</summary>
    public int MaxAccounts { get; init; } = 8;
}

/// <summary>
/// Too many accounts per identity: the holder has more Class I accounts at one bank than the rule
/// allows, or more accounts in total than a person plausibly needs — the cross-institution
/// account-count check Anti-Fraud Law Art. 16 asks for. Static (reference data), context only.
/// </summary>
public static class AccountsPerIdentityIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.AccountsPerIdentity, "ACCOUNTS_PER_IDENTITY", "too many accounts per identity",
        "The holder has more Class I accounts at one bank than allowed, or an unusual number of accounts in total.",
        "Anti-Fraud Law Arts. 10, 16; 银发〔2016〕261号",
        LegalBasis.AntiFraudArt16 + "; " + LegalBasis.Yinfa2016No261,
        IndicatorCategory.Context, AppliesTo.Accounts, 10);

    /// <summary>Strength from the holder's account counts.</summary>
    public static byte Strength(int maxClassIPerBank, int accounts, AccountsPerIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Max(IndicatorMath.Ramp(maxClassIPerBank, options.MaxClassIPerBank + 1), IndicatorMath.Ramp(accounts, options.MaxAccounts + 1));
    }
}
