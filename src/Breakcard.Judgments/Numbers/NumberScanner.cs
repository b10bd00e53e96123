namespace Breakcard.Judgments.Numbers;

/// <summary>A number read from text.</summary>
/// <param name="Hundredths">The value times 100 (so "3.22" is 322 and "3.22万" is 3,220,000).</param>
/// <param name="AtLeast">True when the text qualified it with 余, 多 or 许 (a lower bound).</param>
/// <param name="Length">Characters consumed, including the qualifier.</param>
internal readonly record struct ScannedNumber(long Hundredths, bool AtLeast, int Length)
{
    /// <summary>True when the value is a whole number.</summary>
    public bool IsWhole => Hundredths % 100 == 0;

    /// <summary>The whole part.</summary>
    public long Whole => Hundredths / 100;
}

/// <summary>
/// Reads one number as judgments write it, starting at a given position, without allocating:
/// Arabic (5190000, 5,190,000, 3.22), Chinese (一万二千, 十一, 二〇二二), financial capitals
/// (壹万), mixed (3.22万, 1100余万) and the colloquial abbreviation after a unit (一万五 = 15,000).
/// "余", "多" and "许" anywhere in the number make it a lower bound.
/// </summary>
/// <remarks>
/// Implementation note: values are accumulated in ten-thousandths so that a decimal with up to
/// four places times 万 stays exact ("3.2256万" = 32,256); the result must be a whole number of
/// hundredths (fen for money) or the read fails rather than rounding.
/// </remarks>
internal static class NumberScanner
{
    private const long Scale = 10_000; // internal fixed point: ten-thousandths

    /// <summary>Reads a number starting exactly at <paramref name="start"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> s, int start, out ScannedNumber number)
    {
        number = default;
        if ((uint)start >= (uint)s.Length)
        {
            return false;
        }

        try
        {
            return TryReadCore(s, start, out number);
        }
        catch (OverflowException)
        {
            // A number too large for any real amount: not a number we can use.
            return false;
        }
    }

    private static bool TryReadCore(ReadOnlySpan<char> s, int start, out ScannedNumber number)
    {
        number = default;
        long total = 0, section = 0, current = -1;
        var lastUnit = 0;
        var zeroSinceUnit = false;
        var previousWasChineseDigit = false;
        var sawUnit = false;
        var sawDigit = false;
        var atLeast = false;
        var i = start;

        // "万余元" (more than ten thousand): a bare 万 is allowed only before a qualifier.
        if (NumeralChars.Unit(s[i]) >= 4 && !(i + 1 < s.Length && NumeralChars.IsApproximate(s[i + 1])))
        {
            return false;
        }

        while (i < s.Length)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                if (previousWasChineseDigit || (current >= 0 && !sawUnit))
                {
                    break;
                }

                var read = ReadArabic(s, i, out var value);
                if (read == 0)
                {
                    break;
                }

                current = value;
                sawDigit = true;
                previousWasChineseDigit = false;
                i += read;
                continue;
            }

            var d = NumeralChars.Digit(c);
            if (d >= 0)
            {
                if (d == 0 && sawUnit)
                {
                    // 零 as a placeholder: "一万零五百".
                    zeroSinceUnit = true;
                    previousWasChineseDigit = false;
                    i++;
                    continue;
                }

                if (previousWasChineseDigit)
                {
                    if (sawUnit)
                    {
                        break; // "二三千" (two or three thousand) is a range, not a number
                    }

                    // Digit strings without units: years such as 二〇二二.
                    current = checked((current * 10) + (d * Scale));
                }
                else
                {
                    current = d * Scale;
                }

                sawDigit = true;
                previousWasChineseDigit = true;
                i++;
                continue;
            }

            var unit = NumeralChars.Unit(c);
            if (unit > 0)
            {
                previousWasChineseDigit = false;
                if (unit < 4)
                {
                    var multiplier = current < 0 ? Scale : current;
                    section = checked(section + (multiplier * Pow10(unit)));
                }
                else
                {
                    var value = checked(section + Math.Max(current, 0));
                    if (value == 0 && !sawDigit)
                    {
                        value = Scale; // "万余": one ten-thousand
                    }

                    total = unit == 8 ? checked((total + value) * Pow10(8)) : checked(total + (value * Pow10(unit)));
                    section = 0;
                }

                current = -1;
                lastUnit = unit;
                zeroSinceUnit = false;
                sawUnit = true;
                i++;
                continue;
            }

            if (NumeralChars.IsApproximate(c) && (sawDigit || sawUnit))
            {
                atLeast = true;
                previousWasChineseDigit = false;
                i++;
                continue;
            }

            break;
        }

        if (!sawDigit && !sawUnit)
        {
            return false;
        }

        if (current >= 0)
        {
            // "一万五" is 15,000 and "三千五" 3,500: a single digit right after a unit of hundreds or
            // more counts in the next lower place. After 零 ("一万零五") it is literal.
            current = lastUnit >= 2 && !zeroSinceUnit && current < 10 * Scale ? checked(current * Pow10(lastUnit - 1)) : current;
            section = checked(section + current);
        }

        var result = checked(total + section);
        if (result % (Scale / 100) != 0)
        {
            return false; // finer than a hundredth: not an amount we can hold exactly
        }

        number = new ScannedNumber(result / (Scale / 100), atLeast, i - start);
        return true;
    }

    /// <summary>Reads digits with optional thousands commas and decimals; returns characters read.</summary>
    private static int ReadArabic(ReadOnlySpan<char> s, int start, out long value)
    {
        value = 0;
        var i = start;
        long whole = 0;
        var groupDigits = 0;
        var sawComma = false;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                whole = checked((whole * 10) + (c - '0'));
                groupDigits++;
                i++;
            }
            else if (c == ',' && groupDigits is > 0 and <= 3 && HasThreeDigitsAt(s, i + 1) && (!sawComma || groupDigits == 3))
            {
                sawComma = true;
                groupDigits = 0;
                i++;
            }
            else
            {
                break;
            }
        }

        if (sawComma && groupDigits != 3)
        {
            return 0;
        }

        long fraction = 0;
        var place = Scale / 10;
        if (i + 1 < s.Length && s[i] == '.' && s[i + 1] is >= '0' and <= '9')
        {
            i++;
            while (i < s.Length && s[i] is >= '0' and <= '9')
            {
                if (place == 0)
                {
                    return 0; // more than four decimals
                }

                fraction += (s[i] - '0') * place;
                place /= 10;
                i++;
            }
        }

        value = checked((whole * Scale) + fraction);
        return i - start;
    }

    private static bool HasThreeDigitsAt(ReadOnlySpan<char> s, int i) =>
        i + 2 < s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
        && (i + 3 >= s.Length || !char.IsAsciiDigit(s[i + 3]));

    private static long Pow10(int power)
    {
        long r = 1;
        for (var k = 0; k < power; k++)
        {
            r *= 10;
        }

        return r;
    }
}
