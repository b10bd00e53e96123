using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Breakcard.Cases.Internal;

/// <summary>
/// Text forms of enumeration values: snake_case codes (as System.Text.Json's snake_case policy and
/// the legal facts files write them) for files, options and JSON, and words for messages.
/// </summary>
internal static class Names
{
    /// <summary>snake_case code, for example <c>TransferredToPolice</c> → "transferred_to_police".</summary>
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Words for messages, for example "transferred to police".</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Code(value).Replace('_', ' ');

    /// <summary>Parses a snake_case code (hyphens and spaces accepted for underscores, case-insensitive).</summary>
    public static bool TryParse<TEnum>(string? text, [NotNullWhen(true)] out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normal = text.Trim().Replace('-', '_').Replace(' ', '_');
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Code(candidate), normal, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The words for an institution kind as a noun ("bank", "police organ").</summary>
    public static string Of(Identity.InstitutionKind kind) => kind switch
    {
        Identity.InstitutionKind.Telecom => "telecom operator",
        Identity.InstitutionKind.Police => "police organ",
        _ => Code(kind).Replace('_', ' '),
    };

    /// <summary><paramref name="noun"/> with "a" or "an" before it.</summary>
    public static string A(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return (noun.Length > 0 && "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an " : "a ") + noun;
    }

    /// <summary>Every code of <typeparamref name="TEnum"/>, comma separated, for error messages.</summary>
    public static string AllCodes<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Code));
}
