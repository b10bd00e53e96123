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
    BankCardNumber? Card);
