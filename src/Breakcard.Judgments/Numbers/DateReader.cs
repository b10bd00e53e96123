namespace Breakcard.Judgments.Numbers;

/// <summary>
/// Reads dates as judgments write them: 2022年5月18日, 2022年05月18日, and the Chinese-numeral
/// form of the signature date 二〇二二年五月十八日 (with 〇, 零, ○ or the letter O for zero).
/// Year-month and year-only forms are read as partial dates.
/// </summary>
internal static class DateReader
{
    /// <summary>Reads a date starting exactly at <paramref name="start"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> s, int start, out PartialDate date, out int length)
    {
        date = default;
        length = 0;
        if (start + 5 > s.Length)
        {
            return false;
        }

        var year = 0;
        for (var k = 0; k < 4; k++)
        {
            var c = s[start + k];
            var d = c is 'O' or 'Ｏ' or 'o' ? 0 : NumeralChars.Digit(c);
            if (d < 0)
            {
                return false;
            }

            year = (year * 10) + d;
        }

        var i = start + 4;
        if (s[i] != '年' || year is < 1900 or > 2200)
        {
            return false;
        }

        i++;
        if (!TryReadSmall(s, i, 12, '月', out var month, out var monthLength))
        {
            date = new PartialDate(year, null, null);
            length = i - start;
            return true;
        }

        i += monthLength;
        if (TryReadSmall(s, i, 31, '日', out var day, out var dayLength) || TryReadSmall(s, i, 31, '号', out day, out dayLength))
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new PartialDate(year, month, day);
            length = i + dayLength - start;
            return true;
        }

        date = new PartialDate(year, month, null);
        length = i - start;
        return true;
    }

    /// <summary>Reads a whole date that must span all of <paramref name="text"/> (after trimming).</summary>
    public static bool TryParseExact(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        var s = text.Trim();
        if (TryRead(s, 0, out var partial, out var length) && length == s.Length && partial.IsComplete)
        {
            date = partial.ToDateOnly();
            return true;
        }

        // Database exports: 2022-05-18, 2022/5/18, 2022.05.18.
        return DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"],
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
    }

    private static bool TryReadSmall(ReadOnlySpan<char> s, int start, int max, char unit, out int value, out int length)
    {
        value = 0;
        length = 0;
        if (start >= s.Length || !NumberScanner.TryRead(s, start, out var n) || !n.IsWhole || n.AtLeast)
        {
            return false;
        }

        var end = start + n.Length;
        if (end >= s.Length || s[end] != unit || n.Whole is < 1 || n.Whole > max)
        {
            return false;
        }

        value = (int)n.Whole;
        length = n.Length + 1;
        return true;
    }
}
