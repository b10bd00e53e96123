namespace Breakcard.Ingest.Internal;

/// <summary>
/// An exact decimal number read from text as an integer mantissa and a count of decimals
/// (3697.34 → 369734, scale 2). No floating point is ever involved, so "0.1" is exactly a tenth.
/// </summary>
/// <param name="Mantissa">The digits as an integer, negative for negative numbers.</param>
/// <param name="Scale">Digits after the decimal separator.</param>
internal readonly record struct DecimalText(Int128 Mantissa, int Scale)
{
    /// <summary>At most this many significant digits, so products of two values fit in 128 bits.</summary>
    public const int MaxDigits = 19;

    /// <summary>One.</summary>
    public static DecimalText One => new(1, 0);

    /// <summary>
    /// Parses an optional sign, digits with optional <paramref name="group"/> separators between
    /// groups of three, an optional <paramref name="point"/> and decimals. Exponents, currency
    /// signs and spaces inside the number are rejected.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, char point, char? group, out DecimalText value, out string? error)
    {
        value = default;
        var negative = false;
        if (!s.IsEmpty && s[0] is '-' or '+')
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s.IsEmpty)
        {
            error = "empty";
            return false;
        }

        // Implementation note: 19 decimal digits always fit in a ulong, so the digits accumulate
        // in 64 bits (several times faster than Int128) and widen once at the end.
        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var seenPoint = false;
        var groupRun = -1; // digits since the last group separator; -1 before the first one
        var leading = 0;   // digits before the first group separator
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                if (digits > 0 || c != '0')
                {
                    digits++;
                }

                if (digits > MaxDigits)
                {
                    error = $"more than {MaxDigits} significant digits";
                    return false;
                }

                mantissa = (mantissa * 10) + (uint)(c - '0');
                if (seenPoint)
                {
                    scale++;
                }
                else if (groupRun >= 0)
                {
                    groupRun++;
                }
                else
                {
                    leading++;
                }

                continue;
            }

            if (c == point && !seenPoint)
            {
                if (groupRun >= 0 && groupRun != 3)
                {
                    error = "misplaced thousands separator";
                    return false;
                }

                seenPoint = true;
                continue;
            }

            if (group is { } g && c == g && !seenPoint)
            {
                if ((groupRun < 0 && leading is 0 or > 3) || (groupRun >= 0 && groupRun != 3))
                {
                    error = "misplaced thousands separator";
                    return false;
                }

                groupRun = 0;
                continue;
            }

            error = c is 'e' or 'E' ? "exponent notation is not accepted" : "not a decimal number";
            return false;
        }

        error = groupRun >= 0 && groupRun != 3 ? "misplaced thousands separator"
            : seenPoint && scale == 0 ? "no digits after the decimal separator"
            : leading == 0 && groupRun < 0 && !seenPoint ? "not a decimal number"
            : null;
        if (error is not null)
        {
            return false;
        }

        if (scale > 18)
        {
            error = "more than 18 decimals";
            return false;
        }

        value = new DecimalText(negative ? -(Int128)mantissa : mantissa, scale);
        error = null;
        return true;
    }

    /// <summary>
    /// This amount times <paramref name="rate"/>, in hundredths (fen), rounded half away from zero.
    /// <paramref name="exact"/> is false when rounding changed the value.
    /// </summary>
    public bool TryToHundredths(DecimalText rate, out long hundredths, out bool exact)
    {
        // Fast path for the common case, yuan or fen at rate one, in 64-bit arithmetic.
        if (rate.Scale == 0 && rate.Mantissa == 1 && Scale <= 2 && Mantissa > long.MinValue / 100 && Mantissa < long.MaxValue / 100)
        {
            var m = (long)Mantissa;
            hundredths = Scale == 2 ? m : Scale == 1 ? m * 10 : m * 100;
            exact = true;
            return true;
        }

        var scale = Scale + rate.Scale - 2;
        if (Int128.Abs(Mantissa) <= int.MaxValue && rate.Mantissa <= int.MaxValue && scale is >= 0 and <= 18)
        {
            // Both factors below 2^31: the product fits in 64 bits and Int128 division (done in
            // software) is avoided. Converted foreign-currency amounts take this path.
            return TryToHundredths64((long)Mantissa * (long)rate.Mantissa, scale, out hundredths, out exact);
        }

        var product = Mantissa * rate.Mantissa;
        exact = true;
        if (scale < 0)
        {
            if (Int128.Abs(product) > long.MaxValue)
            {
                hundredths = 0;
                return false;
            }

            for (; scale < 0; scale++)
            {
                product *= 10;
            }
        }
        else if (scale > 0)
        {
            var divisor = Pow10(scale);
            var (q, r) = Int128.DivRem(product, divisor);
            if (r != 0)
            {
                exact = false;
                if (Int128.Abs(r) * 2 >= divisor)
                {
                    q += product < 0 ? -1 : 1;
                }
            }

            product = q;
        }

        if (product > long.MaxValue || product < long.MinValue)
        {
            hundredths = 0;
            return false;
        }

        hundredths = (long)product;
        return true;
    }

    private static bool TryToHundredths64(long product, int scale, out long hundredths, out bool exact)
    {
        var divisor = 1L;
        for (var i = 0; i < scale; i++)
        {
            divisor *= 10;
        }

        var q = Math.DivRem(product, divisor, out var r);
        exact = r == 0;
        if (Math.Abs(r) * 2 >= divisor && r != 0)
        {
            q += product < 0 ? -1 : 1;
        }

        hundredths = q;
        return true;
    }

    private static Int128 Pow10(int n)
    {
        Int128 p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}
