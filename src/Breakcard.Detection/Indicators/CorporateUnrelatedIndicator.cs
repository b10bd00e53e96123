using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="CorporateUnrelatedIndicator"/>.</summary>
public sealed record CorporateUnrelatedOptions
{
    /// <summary>Distinct unrelated individual payers in the fan window for a company whose business does not serve consumers.</summary>
    public int MinIndividualPayers { get; init; } = 5;

    /// <summary>Distinct companies paying one individual in the fan window.</summary>
    public int MinCompanyPayers { get; init; } = 3;
}

/// <summary>
/// Company account receiving remittances unrelated to its business — many individuals paying a
/// company whose registered business scope does not take payments from the public — and the
/// mirror image, an individual frequently receiving remittances from several companies.
/// </summary>
public static class CorporateUnrelatedIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.CorporateUnrelated, "CORPORATE_UNRELATED", "corporate remittances unrelated to business",
        "Many individuals paying a company whose business does not serve consumers, or several companies paying one individual.",
        "PBOC 2006 Art. 11(3); Anti-Fraud Law Art. 17",
        LegalBasis.Pboc2006Art11Item3 + "; " + LegalBasis.AntiFraudArt17,
        IndicatorCategory.Primary, AppliesTo.Accounts, 25);

    /// <summary>Strength for a company account from its distinct unrelated individual payers.</summary>
    public static byte CompanyStrength(int individualPayers, bool consumerFacing, CorporateUnrelatedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return consumerFacing ? (byte)0 : IndicatorMath.Ramp(individualPayers, options.MinIndividualPayers);
    }

    /// <summary>Strength for a personal account from its distinct company payers.</summary>
    public static byte IndividualStrength(int companyPayers, CorporateUnrelatedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IndicatorMath.Ramp(companyPayers, options.MinCompanyPayers);
    }
}
