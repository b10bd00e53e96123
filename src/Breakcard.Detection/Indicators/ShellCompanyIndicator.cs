using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="ShellCompanyIndicator"/>.</summary>
public sealed record ShellCompanyOptions
{
    /// <summary>Companies registered at one address from which the address looks like a shell factory.</summary>
    public int MinCompaniesAtAddress { get; init; } = 5;
}

/// <summary>
/// Company account of a shell-like company: the company is not operating (or listed abnormal or
/// deregistered), or shares its registered address with many other companies. Static (company
/// register), context only.
/// </summary>
public static class ShellCompanyIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.ShellCompany, "SHELL_COMPANY", "shell-like company",
        "The account's company is not operating or shares its registered address with many companies.",
        "Source paper §4.4 (shell companies, annual inspection)",
        LegalBasis.SourcePaper44 + "; " + LegalBasis.AntiFraudArt17,
        IndicatorCategory.Context, AppliesTo.Accounts, 15);

    /// <summary>Strength from the company's register facts.</summary>
    public static byte Strength(bool notOperating, int companiesAtAddress, ShellCompanyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var s = IndicatorMath.Ramp(companiesAtAddress, options.MinCompaniesAtAddress);
        return notOperating ? Math.Max(s, (byte)80) : s;
    }
}
