using System.Collections.Immutable;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Limits;

/// <summary>What a per-identity limit counts.</summary>
public enum LimitedItem
{
    /// <summary>Class I bank accounts of one person at one bank.</summary>
    ClassIAccountsPerBank,

    /// <summary>Class III payment accounts of one person at one payment institution.</summary>
    ClassIIIPaymentAccountsPerInstitution,

    /// <summary>Phone cards of one person at one operator.</summary>
    PhoneCardsPerOperator,
}

/// <summary>A per-identity limit on accounts or cards. Immutable.</summary>
/// <param name="Item">What is counted.</param>
/// <param name="Maximum">Most allowed.</param>
/// <param name="Source">The provision, with date and standing.</param>
public sealed record AccountLimit(LimitedItem Item, int Maximum, LegalSource Source);

/// <summary>
/// Limits on how many accounts and cards one identity may hold (Anti-Fraud Law Arts. 10 and 16
/// refer to them; detection uses them for "too many accounts per identity"). Pure and thread safe.
/// </summary>
public static class AccountLimits
{
    /// <summary>Every limit Breakcard knows.</summary>
    public static ImmutableArray<AccountLimit> All { get; } =
    [
        new(LimitedItem.ClassIAccountsPerBank, 1, LegalDocuments.PbocNotice2016.Provision("(Class I account rule)")),
        new(LimitedItem.ClassIIIPaymentAccountsPerInstitution, 1, LegalDocuments.PbocNotice2016.Provision("(Class III payment account rule)")),
        new(LimitedItem.PhoneCardsPerOperator, 5, LegalDocuments.AntiFraudLaw.Provision(
            "Art. 10", SourceStanding.Secondary,
            note: "Art. 10 refers to the national limit; the figure of 5 per operator is from secondary sources. Applied from the Anti-Fraud Law's date, the first on which a statute certainly made it binding.")),
    ];

    /// <summary>The limit on <paramref name="item"/> in force on <paramref name="date"/>, or null when none is encoded for that date.</summary>
    public static AccountLimit? InForce(LimitedItem item, DateOnly date) =>
        All.FirstOrDefault(l => l.Item == item && l.Source.IsInForceOn(date));

    /// <summary>
    /// True when holding <paramref name="count"/> of <paramref name="item"/> exceeds the limit in
    /// force on <paramref name="date"/>; null when no limit is encoded for that date.
    /// </summary>
    public static bool? Exceeds(LimitedItem item, int count, DateOnly date)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return InForce(item, date) is { } limit ? count > limit.Maximum : null;
    }
}
