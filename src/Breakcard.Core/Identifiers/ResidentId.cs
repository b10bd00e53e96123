using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Breakcard.Core.People;

namespace Breakcard.Core.Identifiers;

/// <summary>
/// A PRC resident identity number (居民身份证号码), GB 11643-1999: six-digit address code, eight-digit
/// birth date, three-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
/// character (0–9 or X). Prints masked (first 3 and last 4 characters). Immutable; thread safe.
/// </summary>
public readonly record struct ResidentId : IMaskedIdentifier
{
    private const string Kind = "resident identity number";
    private readonly string? _value;

    private ResidentId(string value) => _value = value;

    /// <summary>The six-digit administrative division code where the number was issued.</summary>
    public string RegionCode => Value[..6];

    /// <summary>The birth date embedded in digits 7–14.</summary>
    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Gender from the parity of the 17th digit.</summary>
    public Gender Gender => (Value[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;

    /// <inheritdoc />
    public string Masked => _value is null ? Masking.Unassigned : Masking.KeepEnds(_value, 3, 4);

    private string Value => _value ?? throw new InvalidOperationException("The resident identity number is unassigned.");

    /// <summary>Parses and validates; throws <see cref="IdentifierFormatException"/> with the reason.</summary>
    public static ResidentId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new IdentifierFormatException(Kind, error);

    /// <summary>Parses and validates without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ResidentId id) => TryParse(text, out id, out _);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why (never echoing the value).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ResidentId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return false;
        }

        var s = text.Trim();
        if (s.Length != 18)
        {
            error = $"must have 18 characters, has {s.Length}";
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                error = $"character {i + 1} is not a digit";
                return false;
            }
        }

        var last = char.ToUpperInvariant(s[17]);
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            error = "character 18 must be a digit or X";
            return false;
        }

        if (!ProvinceCodes.IsKnown(s))
        {
            error = "the first two digits are not a province code";
            return false;
        }

        if (!DateOnly.TryParseExact(s.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            error = "digits 7-14 are not a birth date";
            return false;
        }

        if (Checksums.ResidentIdCheck(s.AsSpan(0, 17)) != last)
        {
            error = "the check character does not match";
            return false;
        }

        id = new ResidentId(string.Concat(s.AsSpan(0, 17), new ReadOnlySpan<char>(in last)));
        error = null;
        return true;
    }

    /// <summary>
    /// Builds a valid number from its parts, computing the check character.
    /// <paramref name="sequence"/> (0–999) must have the parity of <paramref name="gender"/>
    /// (odd for men); it is adjusted by one when it does not.
    /// </summary>
    public static ResidentId Create(string regionCode, DateOnly birthDate, int sequence, Gender gender)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        if (regionCode.Length != 6 || !regionCode.All(char.IsAsciiDigit) || !ProvinceCodes.IsKnown(regionCode))
        {
            throw new ArgumentException("Region code must be six digits starting with a province code.", nameof(regionCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        var wantOdd = gender == Gender.Male;
        if ((sequence % 2 == 1) != wantOdd)
        {
            sequence = sequence == 999 ? 998 : sequence + 1;
        }

        var first17 = string.Create(CultureInfo.InvariantCulture, $"{regionCode}{birthDate:yyyyMMdd}{sequence:000}");
        return new ResidentId(first17 + Checksums.ResidentIdCheck(first17));
    }

    /// <inheritdoc />
    public string Reveal() => Value;

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
