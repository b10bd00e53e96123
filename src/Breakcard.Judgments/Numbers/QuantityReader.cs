using Breakcard.Core;
using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Numbers;

/// <summary>Reads amounts of money, counts and durations at a position in normalised judgment text.</summary>
internal static class QuantityReader
{
    /// <summary>
    /// Reads an amount of money starting at <paramref name="start"/>: an optional 人民币/¥ prefix,
    /// a number, 元 (or 圆 in financial capitals), optional 角/分, optional 整, and an optional
    /// trailing 余/多/以上. Returns false unless the text is an amount in yuan.
    /// </summary>
    public static bool TryReadMoney(ReadOnlySpan<char> s, int start, out Amount amount, out int length)
    {
        amount = default;
        length = 0;
        var i = start;
        if (s[i..].StartsWith("人民币"))
        {
            i += 3;
        }
        else if (i < s.Length && s[i] is '¥' or '￥')
        {
            i++;
        }

        if (!NumberScanner.TryRead(s, i, out var n))
        {
            return false;
        }

        i += n.Length;
        if (i >= s.Length || s[i] is not ('元' or '圆'))
        {
            return false;
        }

        i++;
        var hundredths = n.Hundredths;
        var atLeast = n.AtLeast;

        // 角 and 分 after 元, in Chinese digits (Arabic amounts use decimals instead).
        if (i + 1 < s.Length && NumeralChars.Digit(s[i]) is var jiao and >= 0 && s[i + 1] == '角')
        {
            hundredths += jiao * 10;
            i += 2;
        }

        if (i + 1 < s.Length && NumeralChars.Digit(s[i]) is var fen and >= 0 && s[i + 1] == '分')
        {
            hundredths += fen;
            i += 2;
        }

        if (i < s.Length && s[i] == '整')
        {
            i++;
        }

        if (i < s.Length && NumeralChars.IsApproximate(s[i]))
        {
            atLeast = true;
            i++;
        }
        else if (s[i..].StartsWith("以上"))
        {
            atLeast = true;
            i += 2;
        }

        amount = new Amount(Money.FromFen(hundredths), atLeast);
        length = i - start;
        return true;
    }

    /// <summary>
    /// Finds where the amount that ends with the 元 at <paramref name="yuanIndex"/> starts, by
    /// walking left over number characters and reading forward from the leftmost start that
    /// consumes exactly up to that 元. Returns -1 when no amount ends there.
    /// </summary>
    public static int FindMoneyStart(ReadOnlySpan<char> s, int yuanIndex)
    {
        var left = yuanIndex;
        while (left > 0 && IsNumberChar(s[left - 1]))
        {
            left--;
        }

        for (var start = left; start < yuanIndex; start++)
        {
            if (NumberScanner.TryRead(s, start, out var n) && start + n.Length == yuanIndex)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a count: a whole number, an optional 余/多 and one of <paramref name="measureWords"/>
    /// (张, 套, 个, …). Returns false for anything else.
    /// </summary>
    public static bool TryReadCount(ReadOnlySpan<char> s, int start, ReadOnlySpan<char> measureWords, out Quantity quantity, out int length)
    {
        quantity = default;
        length = 0;
        if (!NumberScanner.TryRead(s, start, out var n) || !n.IsWhole || n.Whole is <= 0 or > 1_000_000)
        {
            return false;
        }

        var i = start + n.Length;
        if (i >= s.Length || !measureWords.Contains(s[i]))
        {
            return false;
        }

        quantity = new Quantity((int)n.Whole, n.AtLeast);
        length = i + 1 - start;
        return true;
    }

    /// <summary>
    /// Reads a duration in months: 八个月, 十一个月, 一年, 一年二个月, 一年零二个月, 1年2个月, 一年半.
    /// </summary>
    public static bool TryReadMonths(ReadOnlySpan<char> s, int start, out int months, out int length)
    {
        months = 0;
        length = 0;
        if (!NumberScanner.TryRead(s, start, out var n) || !n.IsWhole || n.AtLeast || n.Whole > 600)
        {
            return false;
        }

        var i = start + n.Length;
        if (s[i..].StartsWith("年"))
        {
            months = (int)n.Whole * 12;
            i++;
            if (s[i..].StartsWith("半"))
            {
                months += 6;
                i++;
            }
            else
            {
                var j = i;
                if (j < s.Length && s[j] is '零' or '又')
                {
                    j++;
                }

                if (NumberScanner.TryRead(s, j, out var m) && m.IsWhole && !m.AtLeast && m.Whole < 12)
                {
                    var after = j + m.Length;
                    var unit = MonthUnitLength(s, after);
                    if (unit > 0)
                    {
                        months += (int)m.Whole;
                        i = after + unit;
                    }
                }
            }

            length = i - start;
            return true;
        }

        var monthUnit = MonthUnitLength(s, i);
        if (monthUnit == 0)
        {
            return false;
        }

        months = (int)n.Whole;
        length = i + monthUnit - start;
        return true;
    }

    private static int MonthUnitLength(ReadOnlySpan<char> s, int i) =>
        s[i..].StartsWith("个月") ? 2 : s[i..].StartsWith("個月") ? 2 : s[i..].StartsWith("月") ? 1 : 0;

    private static bool IsNumberChar(char c) =>
        char.IsAsciiDigit(c) || c is ',' or '.' || NumeralChars.Digit(c) >= 0 || NumeralChars.Unit(c) > 0 || NumeralChars.IsApproximate(c);
}
