using System.Diagnostics.CodeAnalysis;

namespace Breakcard.Core.Identifiers;

/// <summary>
/// A unified social credit code (统一社会信用代码), GB 32100-2015: registration authority (1
/// character), entity type (1), administrative division (6 digits), organisation code (9) and a
/// MOD 31 check character over the alphabet <see cref="Checksums.CreditCodeAlphabet"/>.
/// Prints masked (first 6 and last 4 characters) like the other identifiers: although company codes
/// are public, an individual business's code points at a person.
/// </summary>
public readonly record struct CreditCode : IMaskedIdentifier
{
    private const string Kind = "unified social credit code";
    private readonly string? _value;

    private CreditCode(string value) => _value = value;

    /// <summary>Registration authority code: '9' is market regulation (工商), '5' civil affairs, '1' organs.</summary>
    public char RegistrationAuthority => Value[0];

    /// <summary>Entity type within the authority: for '9', '1' is an enterprise, '2' an individual business.</summary>
    public char EntityType => Value[1];

    /// <summary>Six-digit administrative division code of the registering authority.</summary>
    public string RegionCode => Value.Substring(2, 6);

    /// <inheritdoc />
    public string Masked => _value is null ? Masking.Unassigned : Masking.KeepEnds(_value, 6, 4);

    private string Value => _value ?? throw new InvalidOperationException("The credit code is unassigned.");

    /// <summary>Parses and validates (letters are upper-cased first).</summary>
    public static CreditCode Parse(string text) =>
        TryParse(text, out var c, out var error) ? c : throw new IdentifierFormatException(Kind, error);

    /// <summary>Parses and validates without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CreditCode code) => TryParse(text, out code, out _);

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CreditCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return false;
        }

        var s = text.Trim().ToUpperInvariant();
        if (s.Length != 18)
        {
            error = $"must have 18 characters, has {s.Length}";
            return false;
        }

        for (var i = 0; i < 18; i++)
        {
            if (!Checksums.CreditCodeAlphabet.Contains(s[i], StringComparison.Ordinal))
            {
                error = $"character {i + 1} is not allowed (I, O, S, V, Z and symbols are never used)";
                return false;
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                error = "characters 3-8 must be a numeric region code";
                return false;
            }
        }

        if (Checksums.CreditCodeCheck(s.AsSpan(0, 17)) != s[17])
        {
            error = "the check character does not match";
            return false;
        }

        code = new CreditCode(s);
        error = null;
        return true;
    }

    /// <summary>Builds a valid code from its first 17 characters, computing the check character.</summary>
    public static CreditCode FromPayload(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var check = Checksums.CreditCodeCheck(first17);
        if (check == '\0')
        {
            throw new ArgumentException("Payload must be 17 characters from the GB 32100 alphabet.", nameof(first17));
        }

        return Parse(first17 + check);
    }

    /// <inheritdoc />
    public string Reveal() => Value;

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
