namespace Breakcard.Ingest;

/// <summary>
/// Why a record was quarantined. Counts are reported per reason; the quarantine file carries the
/// reason's snake_case text (<see cref="RejectReasons.ToText"/>) and a precise detail.
/// </summary>
public enum RejectReason
{
    /// <summary>The record's syntax is broken: bad CSV quoting, a JSON line that does not parse, an XML element that cannot be read.</summary>
    Malformed = 1,

    /// <summary>A CSV record has a different number of fields than the header.</summary>
    FieldCount,

    /// <summary>A required value is empty or absent.</summary>
    MissingValue,

    /// <summary>The event id is not a usable id (too long, control characters, whitespace).</summary>
    InvalidId,

    /// <summary>The time does not parse, is out of range, lacks a needed UTC offset, or does not exist in its time zone.</summary>
    InvalidTime,

    /// <summary>The amount does not parse, is not positive, has too many decimals, or overflows.</summary>
    InvalidAmount,

    /// <summary>The currency is neither CNY nor listed with a rate.</summary>
    UnsupportedCurrency,

    /// <summary>An account id is not usable (too long, whitespace, control characters, reserved cash prefix, bad IBAN check digits).</summary>
    InvalidAccount,

    /// <summary>A telephone number is not '+' and 3–20 digits.</summary>
    InvalidPhoneNumber,

    /// <summary>A coded value (channel, SMS kind, label, currency code, BIC) is not one the schema or mapping knows.</summary>
    UnknownValue,

    /// <summary>A call duration is not a whole, non-negative number of seconds up to a day.</summary>
    InvalidDuration,

    /// <summary>A device id is not an IMEI with a valid check digit or a 4–64 character fingerprint.</summary>
    InvalidDevice,

    /// <summary>An IP address is not a strict IPv4 or IPv6 address.</summary>
    InvalidIp,

    /// <summary>A free-text value (memo, cell id) is too long or holds control characters.</summary>
    InvalidText,

    /// <summary>The fields parse but contradict each other (self-transfer, cash channel without a cash side, both sides cash).</summary>
    Inconsistent,

    /// <summary>A JSON Lines object has an unknown "type".</summary>
    UnknownType,

    /// <summary>A JSON Lines object has a property the schema does not define, or defines one twice.</summary>
    UnknownProperty,
}

/// <summary>Text forms of <see cref="RejectReason"/>.</summary>
public static class RejectReasons
{
    /// <summary>Every reason, in declaration order.</summary>
    public static IReadOnlyList<RejectReason> All { get; } = Enum.GetValues<RejectReason>();

    /// <summary>The snake_case text used in quarantine files and summaries, for example "invalid_time".</summary>
    public static string ToText(RejectReason reason) => reason switch
    {
        RejectReason.Malformed => "malformed",
        RejectReason.FieldCount => "field_count",
        RejectReason.MissingValue => "missing_value",
        RejectReason.InvalidId => "invalid_id",
        RejectReason.InvalidTime => "invalid_time",
        RejectReason.InvalidAmount => "invalid_amount",
        RejectReason.UnsupportedCurrency => "unsupported_currency",
        RejectReason.InvalidAccount => "invalid_account",
        RejectReason.InvalidPhoneNumber => "invalid_phone_number",
        RejectReason.UnknownValue => "unknown_value",
        RejectReason.InvalidDuration => "invalid_duration",
        RejectReason.InvalidDevice => "invalid_device",
        RejectReason.InvalidIp => "invalid_ip",
        RejectReason.InvalidText => "invalid_text",
        RejectReason.Inconsistent => "inconsistent",
        RejectReason.UnknownType => "unknown_type",
        RejectReason.UnknownProperty => "unknown_property",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
