using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Breakcard.Core;

/// <summary>
/// An amount of renminbi as an exact count of fen (1 yuan = 100 fen). Arithmetic is checked:
/// an overflow throws rather than wrapping. Never converted through floating point.
/// Immutable; thread safe.
/// </summary>
/// <param name="Fen">The amount in fen; negative amounts are allowed (debits, differences).</param>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    /// <summary>Fen per yuan.</summary>
    public const long FenPerYuan = 100;

    /// <summary>Zero.</summary>
    public static Money Zero => default;

    /// <summary>An amount of whole yuan.</summary>
    public static Money FromYuan(long yuan) => new(checked(yuan * FenPerYuan));

    /// <summary>An amount of fen.</summary>
    public static Money FromFen(long fen) => new(fen);

    /// <summary>Whole yuan, truncated toward zero.</summary>
    public long WholeYuan => Fen / FenPerYuan;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => Fen == 0;

    /// <summary>True when the amount is negative.</summary>
    public bool IsNegative => Fen < 0;

    /// <summary>Sum; throws <see cref="OverflowException"/> on overflow.</summary>
    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));

    /// <summary>Difference; throws <see cref="OverflowException"/> on overflow.</summary>
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));

    /// <summary>Negation.</summary>
    public static Money operator -(Money a) => new(checked(-a.Fen));

    /// <summary>Multiplication by a whole factor.</summary>
    public static Money operator *(Money a, long factor) => new(checked(a.Fen * factor));

    /// <summary>Multiplication by a whole factor.</summary>
    public static Money operator *(long factor, Money a) => a * factor;

    /// <summary>Less than.</summary>
    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;

    /// <summary>Greater than.</summary>
    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    /// <summary>Named alternative to the + operator.</summary>
    public static Money Add(Money a, Money b) => a + b;

    /// <summary>Named alternative to the - operator.</summary>
    public static Money Subtract(Money a, Money b) => a - b;

    /// <summary>Named alternative to the * operator.</summary>
    public static Money Multiply(Money a, long factor) => a * factor;

    /// <summary>Named alternative to unary minus.</summary>
    public static Money Negate(Money a) => -a;

    /// <summary>The smaller of two amounts.</summary>
    public static Money Min(Money a, Money b) => a.Fen <= b.Fen ? a : b;

    /// <summary>The larger of two amounts.</summary>
    public static Money Max(Money a, Money b) => a.Fen >= b.Fen ? a : b;

    /// <summary>Absolute value.</summary>
    public Money Abs() => Fen < 0 ? -this : this;

    /// <summary>
    /// This amount times <paramref name="numerator"/> / <paramref name="denominator"/>, rounded to
    /// the nearest fen (halves away from zero), computed exactly in 128-bit integers.
    /// </summary>
    public Money MultiplyRatio(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException("The ratio's denominator is zero.");
        }

        var product = (Int128)Fen * numerator;
        var quotient = Int128.DivRem(product, denominator);
        var twiceRemainder = Int128.Abs(quotient.Remainder) * 2;
        var result = quotient.Quotient;
        if (twiceRemainder >= Int128.Abs(denominator))
        {
            result += (product < 0) != (denominator < 0) ? -1 : 1;
        }

        return new Money(checked((long)result));
    }

    /// <summary>
    /// Splits this amount in proportion to non-negative <paramref name="weights"/> so that the
    /// parts sum exactly to this amount (largest-remainder method; ties go to the earlier weight).
    /// All weights zero is an error.
    /// </summary>
    public Money[] Allocate(ReadOnlySpan<long> weights)
    {
        Int128 total = 0;
        foreach (var w in weights)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(w, nameof(weights));
            total += w;
        }

        if (total == 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
        }

        var parts = new Money[weights.Length];
        var remainders = new (Int128 Remainder, int Index)[weights.Length];
        var magnitude = Fen < 0 ? -(Int128)Fen : Fen;
        Int128 assigned = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var (q, r) = Int128.DivRem(magnitude * weights[i], total);
            parts[i] = new Money((long)q);
            assigned += q;
            remainders[i] = (r, i);
        }

        // Hand the leftover fen, one each, to the largest remainders.
        Array.Sort(remainders, static (x, y) => y.Remainder != x.Remainder ? y.Remainder.CompareTo(x.Remainder) : x.Index.CompareTo(y.Index));
        var leftover = (long)(magnitude - assigned);
        for (var k = 0; k < leftover; k++)
        {
            var i = remainders[k].Index;
            parts[i] = new Money(parts[i].Fen + 1);
        }

        if (Fen < 0)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = -parts[i];
            }
        }

        return parts;
    }

    /// <inheritdoc />
    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>Display form with the yuan sign and thousands separators, for example "¥1,234.50".</summary>
    public override string ToString()
    {
        var magnitude = Fen < 0 ? -(Int128)Fen : Fen;
        var yuan = magnitude / FenPerYuan;
        var fen = (int)(magnitude % FenPerYuan);
        return string.Create(CultureInfo.InvariantCulture, $"{(Fen < 0 ? "-" : "")}¥{yuan:N0}.{fen:00}");
    }

    /// <summary>Plain file form in yuan with exactly two decimals and no separators, for example "1234.50".</summary>
    public string ToYuanString()
    {
        var magnitude = Fen < 0 ? -(Int128)Fen : Fen;
        return string.Create(CultureInfo.InvariantCulture, $"{(Fen < 0 ? "-" : "")}{magnitude / FenPerYuan}.{(int)(magnitude % FenPerYuan):00}");
    }

    /// <summary>
    /// Parses an amount in yuan: optional sign, optional "¥", "￥", "CNY" or "RMB" prefix, optional
    /// "元" suffix, optional thousands commas (in groups of three), up to two decimals.
    /// Throws <see cref="FormatException"/> saying what is wrong.
    /// </summary>
    public static Money ParseYuan(string text) =>
        TryParseYuan(text, out var m, out var error) ? m : throw new FormatException($"Not an amount in yuan: {error}.");

    /// <summary>Parses an amount in yuan without throwing. See <see cref="ParseYuan"/>.</summary>
    public static bool TryParseYuan([NotNullWhen(true)] string? text, out Money money) => TryParseYuan(text, out money, out _);

    /// <summary>Parses an amount in yuan; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParseYuan(ReadOnlySpan<char> text, out Money money, [NotNullWhen(false)] out string? error)
    {
        money = default;
        var s = text.Trim();
        var negative = false;
        if (s.StartsWith("-"))
        {
            negative = true;
            s = s[1..].TrimStart();
        }
        else if (s.StartsWith("+"))
        {
            s = s[1..].TrimStart();
        }

        foreach (var prefix in (ReadOnlySpan<string>)["¥", "￥", "CNY", "RMB"])
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                s = s[prefix.Length..].TrimStart();
                break;
            }
        }

        if (s.EndsWith("元"))
        {
            s = s[..^1].TrimEnd();
        }

        if (s.IsEmpty)
        {
            error = "empty";
            return false;
        }

        var dot = s.IndexOf('.');
        var whole = dot < 0 ? s : s[..dot];
        var frac = dot < 0 ? [] : s[(dot + 1)..];
        if (whole.IsEmpty || frac.Length > 2 || (dot >= 0 && frac.IsEmpty))
        {
            error = frac.Length > 2 ? "more than two decimals (fen is the smallest unit)" : "missing digits";
            return false;
        }

        // Accumulate in 128 bits so the range check below is exact at both ends of long.
        Int128 yuan = 0;
        var hasCommas = whole.Contains(',');
        var digitsSinceComma = 0;
        var sawComma = false;
        for (var i = 0; i < whole.Length; i++)
        {
            var c = whole[i];
            if (c == ',')
            {
                if (i == 0 || (sawComma && digitsSinceComma != 3))
                {
                    error = "misplaced thousands separator";
                    return false;
                }

                sawComma = true;
                digitsSinceComma = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                error = "contains a character that is not a digit";
                return false;
            }

            digitsSinceComma++;
            if (hasCommas && !sawComma && digitsSinceComma > 3)
            {
                error = "misplaced thousands separator";
                return false;
            }

            yuan = (yuan * 10) + (c - '0');
            if (yuan > long.MaxValue)
            {
                error = "too large";
                return false;
            }
        }

        if (sawComma && digitsSinceComma != 3)
        {
            error = "misplaced thousands separator";
            return false;
        }

        long fen = 0;
        for (var i = 0; i < 2; i++)
        {
            fen *= 10;
            if (i < frac.Length)
            {
                if (!char.IsAsciiDigit(frac[i]))
                {
                    error = "contains a character that is not a digit";
                    return false;
                }

                fen += frac[i] - '0';
            }
        }

        var total = (yuan * FenPerYuan) + fen;
        if (negative)
        {
            total = -total;
        }

        if (total > long.MaxValue || total < long.MinValue)
        {
            error = "too large";
            return false;
        }

        money = new Money((long)total);
        error = null;
        return true;
    }
}
