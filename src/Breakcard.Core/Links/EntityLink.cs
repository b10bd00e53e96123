namespace Breakcard.Core.Links;

/// <summary>The kinds of entity Breakcard links.</summary>
public enum EntityKind
{
    /// <summary>A natural person.</summary>
    Person = 1,

    /// <summary>A company.</summary>
    Company = 2,

    /// <summary>A bank or payment account.</summary>
    Account = 3,

    /// <summary>A phone card (by number).</summary>
    Phone = 4,

    /// <summary>A device.</summary>
    Device = 5,

    /// <summary>An IP address.</summary>
    Ip = 6,

    /// <summary>A postal address.</summary>
    Address = 7,
}

/// <summary>How two entities are connected.</summary>
public enum LinkKind
{
    /// <summary>Person or company holds an account (owner of record).</summary>
    HoldsAccount = 1,

    /// <summary>Person or company holds a phone card (registered holder).</summary>
    HoldsPhone = 2,

    /// <summary>Person owns a device.</summary>
    OwnsDevice = 3,

    /// <summary>Person is a company's legal representative.</summary>
    LegalRepresentative = 4,

    /// <summary>Person lives at, or company is registered at, an address.</summary>
    LocatedAt = 5,

    /// <summary>An account was used from a device (login or payment).</summary>
    UsedFromDevice = 6,

    /// <summary>An account was used from an IP address.</summary>
    UsedFromIp = 7,

    /// <summary>A phone card was seen in a device (calls, SMS).</summary>
    PhoneInDevice = 8,

    /// <summary>An account names a phone as its contact or SMS-verification number.</summary>
    AccountPhone = 9,

    /// <summary>Person filed a company's registration as its agent (代办人); one agent behind many
    /// companies at one address is a shell-factory signal.</summary>
    RegistrationAgent = 10,
}

/// <summary>An ownership or usage link between two entities, valid from a date.</summary>
/// <param name="FromKind">Kind of the first entity.</param>
/// <param name="FromId">Id of the first entity.</param>
/// <param name="Kind">How they are linked.</param>
/// <param name="ToKind">Kind of the second entity.</param>
/// <param name="ToId">Id of the second entity.</param>
/// <param name="Since">When the link started.</param>
public sealed record EntityLink(EntityKind FromKind, string FromId, LinkKind Kind, EntityKind ToKind, string ToId, DateOnly Since);
