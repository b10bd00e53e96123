namespace Breakcard.Ingest.Internal;

/// <summary>
/// Parses the ISO 8601 forms that data files use, without allocating: a date
/// (<c>2024-03-01</c>) or a date-time with <c>T</c> or a space, minutes or seconds, an optional
/// fraction of up to nine digits (kept to 100 ns), and an optional <c>Z</c> or <c>±hh[:mm]</c>
/// offset. Implementation note: <see cref="DateTimeOffset.TryParseExact(string, string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>
/// costs about ten times more and cannot say which part is wrong; ingest parses millions of times.
/// </summary>
internal static class IsoTime
{
    /// <summary>Parses <paramref name="s"/>; on failure <paramref name="error"/> says what is wrong (never echoing the text).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out LocalTime value, out string? error)
    {
        value = default;
        if (s.Length < 10 || !TwoDigits(s, 0, out var c) || !TwoDigits(s, 2, out var y) || s[4] != '-'
            || !TwoDigits(s, 5, out var month) || s[7] != '-' || !TwoDigits(s, 8, out var day))
        {
            error = "not an ISO 8601 date (yyyy-MM-dd) or date-time";
            return false;
        }

        var year = (c * 100) + y;
        if (!DateParts.TryValidate(year, month, day, out error))
        {
            return false;
        }

        if (s.Length == 10)
        {
            value = new LocalTime(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), null, HasTimeOfDay: false);
            error = null;
            return true;
        }

        if (s[10] is not ('T' or 't' or ' ') || s.Length < 16 || !TwoDigits(s, 11, out var hour) || s[13] != ':' || !TwoDigits(s, 14, out var minute))
        {
            error = "not an ISO 8601 date-time (yyyy-MM-ddTHH:mm[:ss][offset])";
            return false;
        }

        var i = 16;
        var second = 0;
        long fractionTicks = 0;
        if (i < s.Length && s[i] == ':')
        {
            if (!TwoDigits(s, i + 1, out second))
            {
                error = "seconds must be two digits";
                return false;
            }

            i += 3;
            if (i < s.Length && s[i] is '.' or ',')
            {
                i++;
                var start = i;
                long scale = TimeSpan.TicksPerSecond;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    if (i - start >= 9)
                    {
                        error = "more than nine fractional digits";
                        return false;
                    }

                    scale /= 10;
                    fractionTicks += (s[i] - '0') * scale;
                    i++;
                }

                if (i == start)
                {
                    error = "a decimal point without fractional digits";
                    return false;
                }
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            error = "hour, minute or second out of range";
            return false;
        }

        TimeSpan? offset = null;
        if (i < s.Length)
        {
            if (!TryParseOffset(s[i..], out var parsed, out error))
            {
                return false;
            }

            offset = parsed;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
        value = new LocalTime(local, offset, HasTimeOfDay: true);
        error = null;
        return true;
    }

    /// <summary>Parses "Z", "±hh", "±hhmm" or "±hh:mm" (at most ±14:00).</summary>
    public static bool TryParseOffset(ReadOnlySpan<char> s, out TimeSpan offset, out string? error)
    {
        offset = default;
        if (s is "Z" or "z")
        {
            error = null;
            return true;
        }

        if (s.Length < 3 || s[0] is not ('+' or '-') || !TwoDigits(s, 1, out var h))
        {
            error = "the UTC offset must be Z or ±hh:mm";
            return false;
        }

        var m = 0;
        var rest = s[3..];
        if (rest.Length == 3 && rest[0] == ':' && TwoDigits(rest, 1, out var m1))
        {
            m = m1;
        }
        else if (rest.Length == 2 && TwoDigits(rest, 0, out var m2))
        {
            m = m2;
        }
        else if (!rest.IsEmpty)
        {
            error = "the UTC offset must be Z or ±hh:mm";
            return false;
        }

        if (m > 59 || (h * 60) + m > 14 * 60)
        {
            error = "the UTC offset is beyond ±14:00";
            return false;
        }

        offset = new TimeSpan(h, m, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }

        error = null;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (at + 1 >= s.Length)
        {
            return false;
        }

        var a = s[at] - '0';
        var b = s[at + 1] - '0';
        if (unchecked((uint)a > 9 || (uint)b > 9)) // one compare per digit; a negative difference wraps to a large value
        {
            return false;
        }

        value = (a * 10) + b;
        return true;
    }
}

/// <summary>A wall-clock date-time as written, with the offset the text carried (if any).</summary>
/// <param name="Value">The date-time as written, kind unspecified.</param>
/// <param name="Offset">The UTC offset the text carried, or null.</param>
/// <param name="HasTimeOfDay">False when the text was a date only.</param>
internal readonly record struct LocalTime(DateTime Value, TimeSpan? Offset, bool HasTimeOfDay);

/// <summary>Calendar checks shared by the time parsers.</summary>
internal static class DateParts
{
    public static bool TryValidate(int year, int month, int day, out string? error)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            error = "year or month out of range";
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = "the day does not exist in that month";
            return false;
        }

        error = null;
        return true;
    }
}
