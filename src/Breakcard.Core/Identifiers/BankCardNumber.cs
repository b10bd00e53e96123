using System.Diagnostics.CodeAnalysis;
using Breakcard.Core.Accounts;

namespace Breakcard.Core.Identifiers;

/// <summary>
/// A bank card number (primary account number): 16 to 19 digits with a Luhn check digit.
/// <see cref="IsUnionPay"/> for 62 BINs; <see cref="Issuer"/> from <see cref="BankCatalog"/>.
/// Prints masked as the first six and last four digits, the form card statements use.
/// </summary>
public readonly record struct BankCardNumber : IMaskedIdentifier
{
    private const string Kind = "bank card number";
    private readonly string? _value;

    private BankCardNumber(string value) => _value = value;

    /// <summary>True for China UnionPay BINs (first two digits 62).</summary>
    public bool IsUnionPay => Value.StartsWith("62", StringComparison.Ordinal);

    /// <summary>The issuing bank when its BIN is in the catalogue; otherwise null.</summary>
    public Bank? Issuer => BankCatalog.FindBin(Value) is { } bin ? BankCatalog.Find(bin.BankCode) : null;

    /// <summary>The six-digit BIN.</summary>
    public string Bin => Value[..6];

    /// <inheritdoc />
    public string Masked => _value is null ? Masking.Unassigned : Masking.KeepEnds(_value, 6, 4);

    private string Value => _value ?? throw new InvalidOperationException("The bank card number is unassigned.");

    /// <summary>Parses and validates; spaces and hyphens between digit groups are allowed.</summary>
    public static BankCardNumber Parse(string text) =>
        TryParse(text, out var n, out var error) ? n : throw new IdentifierFormatException(Kind, error);

    /// <summary>Parses and validates without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out BankCardNumber number) => TryParse(text, out number, out _);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out BankCardNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return false;
        }

        Span<char> digits = stackalloc char[24];
        var n = 0;
        foreach (var c in text.AsSpan().Trim())
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                error = "contains a character that is not a digit";
                return false;
            }

            if (n == digits.Length)
            {
                error = "too long";
                return false;
            }

            digits[n++] = c;
        }

        if (n is < 16 or > 19)
        {
            error = $"must have 16 to 19 digits, has {n}";
            return false;
        }

        if (!Checksums.IsLuhnValid(digits[..n]))
        {
            error = "the Luhn check digit does not match";
            return false;
        }

        number = new BankCardNumber(digits[..n].ToString());
        error = null;
        return true;
    }

    /// <summary>Builds a valid number from everything but the check digit (15 to 18 digits).</summary>
    public static BankCardNumber FromPayload(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Length is < 15 or > 18 || !payload.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Payload must be 15 to 18 digits.", nameof(payload));
        }

        return new BankCardNumber(payload + Checksums.LuhnCheck(payload));
    }

    /// <inheritdoc />
    public string Reveal() => Value;

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
