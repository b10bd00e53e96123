using System.Diagnostics.CodeAnalysis;

namespace Breakcard.Core.Identifiers;

/// <summary>
/// A device identifier as institutions collect it under Anti-Fraud Law Art. 18: an IMEI (15
/// digits, Luhn check digit — enforced) or an opaque device fingerprint of 4–64 characters from
/// [A-Za-z0-9._:-]. Prints masked as the first and last four characters.
/// </summary>
public readonly record struct DeviceId : IMaskedIdentifier
{
    private const string Kind = "device id";
    private readonly string? _value;

    private DeviceId(string value) => _value = value;

    /// <summary>True when the id is a 15-digit IMEI.</summary>
    public bool IsImei => Value.Length == 15 && Value.All(char.IsAsciiDigit);

    /// <summary>For an IMEI, the eight-digit type allocation code naming the handset model; otherwise null.</summary>
    public string? TypeAllocationCode => IsImei ? Value[..8] : null;

    /// <inheritdoc />
    public string Masked => _value is null ? Masking.Unassigned : Masking.KeepEnds(_value, 4, 4);

    private string Value => _value ?? throw new InvalidOperationException("The device id is unassigned.");

    /// <summary>Parses and validates.</summary>
    public static DeviceId Parse(string text) =>
        TryParse(text, out var d, out var error) ? d : throw new IdentifierFormatException(Kind, error);

    /// <summary>Parses and validates without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DeviceId id) => TryParse(text, out id, out _);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out DeviceId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return false;
        }

        var s = text.Trim();
        if (s.Length is < 4 or > 64)
        {
            error = $"must have 4 to 64 characters, has {s.Length}";
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or ':' or '-'))
            {
                error = "contains a character outside A-Z, a-z, 0-9 and . _ : -";
                return false;
            }
        }

        if (s.Length == 15 && s.All(char.IsAsciiDigit) && !Checksums.IsLuhnValid(s))
        {
            error = "a 15-digit id is an IMEI and its Luhn check digit does not match";
            return false;
        }

        id = new DeviceId(s);
        error = null;
        return true;
    }

    /// <summary>Builds a valid IMEI from an eight-digit type allocation code and a six-digit serial.</summary>
    public static DeviceId CreateImei(string typeAllocationCode, int serial)
    {
        ArgumentNullException.ThrowIfNull(typeAllocationCode);
        if (typeAllocationCode.Length != 8 || !typeAllocationCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Type allocation code must be eight digits.", nameof(typeAllocationCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(serial);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(serial, 999_999);
        var payload = typeAllocationCode + serial.ToString("000000", System.Globalization.CultureInfo.InvariantCulture);
        return new DeviceId(payload + Checksums.LuhnCheck(payload));
    }

    /// <inheritdoc />
    public string Reveal() => Value;

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
