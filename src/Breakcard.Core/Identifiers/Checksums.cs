namespace Breakcard.Core.Identifiers;

/// <summary>The check-character algorithms the identifier types use, exposed for generators and tests.</summary>
public static class Checksums
{
    private static readonly int[] ResidentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string ResidentCheckChars = "10X98765432";

    /// <summary>Characters allowed in a unified social credit code (GB 32100-2015): digits and
    /// upper-case letters except I, O, S, V and Z.</summary>
    public const string CreditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] CreditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// GB 11643-1999 (ISO 7064 MOD 11-2) check character for the first 17 digits of a resident
    /// identity number. Returns '\0' when the input is not 17 ASCII digits.
    /// </summary>
    public static char ResidentIdCheck(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return '\0';
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = first17[i];
            if (!char.IsAsciiDigit(c))
            {
                return '\0';
            }

            sum += (c - '0') * ResidentWeights[i];
        }

        return ResidentCheckChars[sum % 11];
    }

    /// <summary>
    /// Luhn (ISO/IEC 7812-1) check digit for a payload that excludes the check digit.
    /// Returns '\0' when the payload contains a non-digit or is empty.
    /// </summary>
    public static char LuhnCheck(ReadOnlySpan<char> payload)
    {
        if (payload.IsEmpty)
        {
            return '\0';
        }

        var sum = 0;
        var doubleIt = true; // the rightmost payload digit sits next to the check digit, so it is doubled
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var c = payload[i];
            if (!char.IsAsciiDigit(c))
            {
                return '\0';
            }

            var d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>True when <paramref name="digits"/> (check digit last) passes the Luhn test.</summary>
    public static bool IsLuhnValid(ReadOnlySpan<char> digits) =>
        digits.Length >= 2 && LuhnCheck(digits[..^1]) == digits[^1];

    /// <summary>
    /// GB 32100-2015 check character for the first 17 characters of a unified social credit code.
    /// Returns '\0' when a character is outside <see cref="CreditCodeAlphabet"/>.
    /// </summary>
    public static char CreditCodeCheck(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return '\0';
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = CreditCodeAlphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return '\0';
            }

            sum += value * CreditCodeWeights[i];
        }

        var check = 31 - (sum % 31);
        return CreditCodeAlphabet[check == 31 ? 0 : check];
    }
}
