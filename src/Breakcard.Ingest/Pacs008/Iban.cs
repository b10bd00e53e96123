namespace Breakcard.Ingest.Pacs008;

/// <summary>ISO 13616 IBAN and ISO 9362 BIC shape checks used on pacs.008 parties.</summary>
internal static class Iban
{
    /// <summary>
    /// Why <paramref name="iban"/> is not a valid IBAN (two letters, two check digits, up to 30
    /// letters or digits, ISO 7064 mod 97-10 remainder 1), or null when it is. Spaces are not allowed
    /// (the electronic form has none).
    /// </summary>
    public static string? Check(string iban)
    {
        if (iban.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return "an IBAN is two capital letters, two check digits and up to 30 letters or digits";
        }

        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return "an IBAN holds only capital letters and digits";
            }
        }

        return remainder == 1 ? null : "the IBAN check digits do not match (ISO 7064 mod 97)";
    }

    /// <summary>True for a BIC: 4 letters (institution), 2 letters (country), 2 letters or digits (location), optionally 3 more (branch).</summary>
    public static bool IsBic(ReadOnlySpan<char> bic) =>
        bic.Length is 8 or 11
        && !bic[..6].ContainsAnyExceptInRange('A', 'Z')
        && !bic[6..].ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}
