using System.Diagnostics.CodeAnalysis;
using Breakcard.Core.Telecom;

namespace Breakcard.Core.Identifiers;

/// <summary>
/// A mainland China mobile number: 11 digits in an allocated segment, which names the operator.
/// Parsing accepts a +86 / 0086 / 86 country prefix and spaces or hyphens; the value is the bare
/// 11 digits. Prints masked as 138****5678.
/// </summary>
public readonly record struct MobileNumber : IMaskedIdentifier
{
    private const string Kind = "mobile number";
    private readonly string? _value;

    private MobileNumber(string value) => _value = value;

    /// <summary>The operator the number's segment is allocated to.</summary>
    public MobileOperator Operator => NumberSegments.OperatorOf(Segment)!.Value;

    /// <summary>The three-digit segment (号段).</summary>
    public int Segment => ((Value[0] - '0') * 100) + ((Value[1] - '0') * 10) + (Value[2] - '0');

    /// <inheritdoc />
    public string Masked => _value is null ? Masking.Unassigned : Masking.KeepEnds(_value, 3, 4);

    private string Value => _value ?? throw new InvalidOperationException("The mobile number is unassigned.");

    /// <summary>Parses and validates; throws <see cref="IdentifierFormatException"/> with the reason.</summary>
    public static MobileNumber Parse(string text) =>
        TryParse(text, out var n, out var error) ? n : throw new IdentifierFormatException(Kind, error);

    /// <summary>Parses and validates without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MobileNumber number) => TryParse(text, out number, out _);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MobileNumber number, [NotNullWhen(false)] out string? error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return false;
        }

        Span<char> digits = stackalloc char[16];
        var n = 0;
        var span = text.AsSpan().Trim();
        if (span.StartsWith("+"))
        {
            span = span[1..];
        }

        foreach (var c in span)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || n == digits.Length)
            {
                error = char.IsAsciiDigit(c) ? "too long" : "contains a character that is not a digit";
                return false;
            }

            digits[n++] = c;
        }

        ReadOnlySpan<char> d = digits[..n];
        if (d.Length == 15 && d.StartsWith("0086"))
        {
            d = d[4..];
        }
        else if (d.Length == 13 && d.StartsWith("86"))
        {
            d = d[2..];
        }

        if (d.Length != 11)
        {
            error = $"must have 11 digits, has {d.Length}";
            return false;
        }

        var segment = ((d[0] - '0') * 100) + ((d[1] - '0') * 10) + (d[2] - '0');
        if (NumberSegments.OperatorOf(segment) is null)
        {
            error = "the first three digits are not an allocated mobile segment";
            return false;
        }

        number = new MobileNumber(d.ToString());
        error = null;
        return true;
    }

    /// <summary>Builds a number from a segment and an eight-digit subscriber part (0–99,999,999).</summary>
    public static MobileNumber Create(int segment, int subscriber)
    {
        if (NumberSegments.OperatorOf(segment) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(segment), segment, "Not an allocated mobile segment.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(subscriber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subscriber, 99_999_999);
        return new MobileNumber(string.Concat(segment.ToString(System.Globalization.CultureInfo.InvariantCulture),
            subscriber.ToString("00000000", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <inheritdoc />
    public string Reveal() => Value;

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
