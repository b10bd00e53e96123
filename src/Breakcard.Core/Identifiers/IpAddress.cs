using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Breakcard.Core.Identifiers;

/// <summary>
/// An IPv4 or IPv6 address seen on a login or transaction. Parsing is strict: IPv4 must be four
/// dotted decimal parts 0–255 without leading zeros (the BCL alone would accept "1" or "010.1").
/// Prints masked: IPv4 keeps the first two octets (192.168.*.*), IPv6 the first two groups.
/// </summary>
public readonly record struct IpAddress : IMaskedIdentifier
{
    private const string Kind = "IP address";
    private readonly string? _value;

    private IpAddress(string value) => _value = value;

    /// <summary>True for an IPv6 address.</summary>
    public bool IsIPv6 => Value.Contains(':', StringComparison.Ordinal);

    /// <inheritdoc />
    public string Masked
    {
        get
        {
            if (_value is null)
            {
                return Masking.Unassigned;
            }

            if (!IsIPv6)
            {
                var parts = _value.Split('.');
                return $"{parts[0]}.{parts[1]}.*.*";
            }

            var groups = _value.Split(':');
            return $"{groups[0]}:{groups[1]}:*";
        }
    }

    private string Value => _value ?? throw new InvalidOperationException("The IP address is unassigned.");

    /// <summary>Parses and validates.</summary>
    public static IpAddress Parse(string text) =>
        TryParse(text, out var ip, out var error) ? ip : throw new IdentifierFormatException(Kind, error);

    /// <summary>Parses and validates without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IpAddress address) => TryParse(text, out address, out _);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IpAddress address, [NotNullWhen(false)] out string? error)
    {
        address = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return false;
        }

        var s = text.Trim();
        if (s.Contains(':', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(s, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                error = "not an IPv6 address";
                return false;
            }

            address = new IpAddress(v6.ToString());
            error = null;
            return true;
        }

        var parts = s.Split('.');
        if (parts.Length != 4)
        {
            error = "an IPv4 address has four dotted parts";
            return false;
        }

        foreach (var p in parts)
        {
            if (p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit) || (p.Length > 1 && p[0] == '0')
                || int.Parse(p, CultureInfo.InvariantCulture) > 255)
            {
                error = "each IPv4 part must be a number 0-255 without leading zeros";
                return false;
            }
        }

        address = new IpAddress(s);
        error = null;
        return true;
    }

    /// <summary>Builds an IPv4 address from four octets.</summary>
    public static IpAddress FromIPv4(byte a, byte b, byte c, byte d) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{a}.{b}.{c}.{d}"));

    /// <inheritdoc />
    public string Reveal() => Value;

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
