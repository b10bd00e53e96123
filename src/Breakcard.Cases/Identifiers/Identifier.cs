using System.Diagnostics.CodeAnalysis;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;

namespace Breakcard.Cases.Identifiers;

/// <summary>
/// A validated personal identifier of any <see cref="IdentifierKind"/>, stored in full and printed
/// masked through the Core identifier types. <see cref="Reveal"/> is the only way to the full value;
/// the service layer calls it only for callers the masking policy allows, and audits each time.
/// Immutable; thread safe.
/// </summary>
public readonly record struct Identifier : IMaskedIdentifier
{
    private readonly string? _value;

    private Identifier(IdentifierKind kind, string value)
    {
        Kind = kind;
        _value = value;
    }

    /// <summary>What kind of identifier it is.</summary>
    public IdentifierKind Kind { get; }

    /// <inheritdoc />
    public string Masked => _value is null ? Masking.Unassigned : Kind switch
    {
        IdentifierKind.IdentityNumber => ResidentId.Parse(_value).Masked,
        IdentifierKind.PersonName => new PersonName(_value).Masked,
        IdentifierKind.BankCard => BankCardNumber.Parse(_value).Masked,
        IdentifierKind.Phone => MobileNumber.Parse(_value).Masked,
        IdentifierKind.CreditCode => CreditCode.Parse(_value).Masked,
        IdentifierKind.Device => DeviceId.Parse(_value).Masked,
        IdentifierKind.Ip => IpAddress.Parse(_value).Masked,
        _ => Masking.KeepEnds(_value, 4, 4),
    };

    /// <summary>Parses and validates <paramref name="text"/> as a <paramref name="kind"/>; throws <see cref="IdentifierFormatException"/>.</summary>
    public static Identifier Parse(IdentifierKind kind, string text) =>
        TryParse(kind, text, out var id, out var error) ? id : throw new IdentifierFormatException(Describe(kind), error);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why without echoing the value.</summary>
    public static bool TryParse(IdentifierKind kind, [NotNullWhen(true)] string? text, out Identifier identifier, [NotNullWhen(false)] out string? error)
    {
        identifier = default;
        string? value = null;
        error = null;
        switch (kind)
        {
            case IdentifierKind.IdentityNumber:
                if (ResidentId.TryParse(text, out var rid, out error)) { value = rid.Reveal(); }
                break;
            case IdentifierKind.PersonName:
                if (string.IsNullOrWhiteSpace(text)) { error = "empty"; }
                else if (text.Trim().Length > 100) { error = "longer than 100 characters"; }
                else if (text.Any(char.IsControl)) { error = "contains a control character"; }
                else { value = text.Trim(); }
                break;
            case IdentifierKind.BankCard:
                if (BankCardNumber.TryParse(text, out var card, out error)) { value = card.Reveal(); }
                break;
            case IdentifierKind.AccountNumber:
                value = ParseAccount(text, out error);
                break;
            case IdentifierKind.Phone:
                if (MobileNumber.TryParse(text, out var phone, out error)) { value = phone.Reveal(); }
                break;
            case IdentifierKind.CreditCode:
                if (CreditCode.TryParse(text, out var code, out error)) { value = code.Reveal(); }
                break;
            case IdentifierKind.Device:
                if (DeviceId.TryParse(text, out var device, out error)) { value = device.Reveal(); }
                break;
            case IdentifierKind.Ip:
                if (IpAddress.TryParse(text, out var ip, out error)) { value = ip.Reveal(); }
                break;
            default:
                error = "unknown identifier kind";
                break;
        }

        if (value is null)
        {
            error ??= "invalid";
            return false;
        }

        identifier = new Identifier(kind, value);
        return true;
    }

    /// <summary>An account key as transactions carry it: a bank card when it passes the card checks, otherwise an account number.</summary>
    public static bool TryParseAccount([NotNullWhen(true)] string? text, out Identifier identifier, [NotNullWhen(false)] out string? error)
    {
        if (TryParse(IdentifierKind.BankCard, text, out identifier, out _))
        {
            error = null;
            return true;
        }

        return TryParse(IdentifierKind.AccountNumber, text, out identifier, out error);
    }

    /// <summary>Words for a kind, for messages ("resident identity number").</summary>
    public static string Describe(IdentifierKind kind) => kind switch
    {
        IdentifierKind.IdentityNumber => "resident identity number",
        IdentifierKind.PersonName => "person name",
        IdentifierKind.BankCard => "bank card number",
        IdentifierKind.AccountNumber => "account number",
        IdentifierKind.Phone => "mobile number",
        IdentifierKind.CreditCode => "unified social credit code",
        IdentifierKind.Device => "device id",
        IdentifierKind.Ip => "IP address",
        _ => "identifier",
    };

    /// <inheritdoc />
    public string Reveal() => _value ?? throw new InvalidOperationException("The identifier is unassigned.");

    /// <summary>True when the identifier was never assigned (a default struct).</summary>
    public bool IsUnassigned => _value is null;

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;

    private static string? ParseAccount(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return null;
        }

        var s = text.Trim();
        if (s.Length is < 6 or > 40)
        {
            error = $"must have 6 to 40 characters, has {s.Length}";
            return null;
        }

        if (!s.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            error = "may contain only digits and upper-case letters";
            return null;
        }

        return s;
    }
}
