using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Accounts;

/// <summary>A bank or payment account.</summary>
/// <param name="AccountNumber">The account key used in transactions. For personal accounts with a
/// card this is the card number; corporate accounts have bank account numbers without a Luhn digit.</param>
/// <param name="BankCode">Issuing bank's code (see <see cref="BankCatalog"/>).</param>
/// <param name="Class">Account class.</param>
/// <param name="HolderKind">Personal or corporate.</param>
/// <param name="HolderId">Id of the holding person or company.</param>
/// <param name="Opened">Date opened.</param>
/// <param name="Status">Status at the end of the data set's period.</param>
/// <param name="Card">The debit card, when the account has one.</param>
public sealed record BankAccount(
    string AccountNumber,
    string BankCode,
    AccountClass Class,
    AccountHolderKind HolderKind,
    string HolderId,
    DateOnly Opened,
    AccountStatus Status,
    BankCardNumber? Card)
{
    /// <summary>Branch where the account was opened, for example "ICBC-510104-01"; with
    /// <see cref="OpenedBy"/> it makes insiders observable (many accounts opened by one employee
    /// in a burst, several Class I accounts for one person at one bank).</summary>
    public string? Branch { get; init; }

    /// <summary>Id of the bank employee (a person) who opened the account, when known.</summary>
    public string? OpenedBy { get; init; }

    /// <summary>Date of the last customer-initiated transaction before the data set's period,
    /// when known; a long gap marks a dormant card (PBOC 2006 Art. 11(4)).</summary>
    public DateOnly? LastActivity { get; init; }
}
