namespace Breakcard.Cases.Identifiers;

/// <summary>The kinds of personal identifier the case system stores, masks and audits.</summary>
public enum IdentifierKind
{
    /// <summary>Resident identity number (GB 11643).</summary>
    IdentityNumber = 1,

    /// <summary>A person's name.</summary>
    PersonName,

    /// <summary>Bank card number (Luhn).</summary>
    BankCard,

    /// <summary>Account number that is not a card number (corporate accounts, payment accounts).</summary>
    AccountNumber,

    /// <summary>Mobile phone number.</summary>
    Phone,

    /// <summary>Unified social credit code of a company.</summary>
    CreditCode,

    /// <summary>Device id (IMEI or fingerprint).</summary>
    Device,

    /// <summary>IP address.</summary>
    Ip,
}
