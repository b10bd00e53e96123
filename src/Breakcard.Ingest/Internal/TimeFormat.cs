using System.Globalization;

namespace Breakcard.Ingest.Internal;

/// <summary>
/// A time format from a mapping: "iso8601" or a .NET custom format string such as
/// "yyyy/MM/dd HH:mm". Formats made only of numeric year, month, day, hour, minute, second and
/// fraction fields with literal separators compile to a fast allocation-free parser; anything
/// else (month names, "tt", 2-digit years, offsets "zzz") falls back to
/// <see cref="DateTime.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateTime)"/>
/// with the invariant culture.
/// </summary>
internal sealed class TimeFormat
{
    /// <summary>The mapping keyword for ISO 8601.</summary>
    public const string Iso8601 = "iso8601";

    private readonly Token[]? _tokens;
    private readonly string? _fallback;
    private readonly bool _fallbackHasOffset;

    private TimeFormat(string text, Token[]? tokens, string? fallback, bool fallbackHasOffset, bool hasTimeOfDay)
    {
        Text = text;
        _tokens = tokens;
        _fallback = fallback;
        _fallbackHasOffset = fallbackHasOffset;
        HasTimeOfDay = hasTimeOfDay;
    }

    /// <summary>ISO 8601 through <see cref="IsoTime"/>.</summary>
    public static TimeFormat Iso { get; } = new(Iso8601, null, null, false, hasTimeOfDay: true);

    /// <summary>The format as written in the mapping.</summary>
    public string Text { get; }

    /// <summary>True when the format carries a time of day (ISO 8601 may or may not, per value).</summary>
    public bool HasTimeOfDay { get; }

    /// <summary>True for the compiled fast path (or ISO 8601).</summary>
    public bool IsCompiled => _fallback is null;

    /// <summary>
    /// Compiles <paramref name="format"/>; on failure <paramref name="error"/> says why. A format is
    /// rejected when it lacks a year, month or day, when it cannot tell afternoon from morning
    /// ("hh" without "tt"), or when formatting a sample date-time and parsing it back does not
    /// give the sample again.
    /// </summary>
    public static bool TryCreate(string format, out TimeFormat? timeFormat, out string? error)
    {
        timeFormat = null;
        if (string.Equals(format, Iso8601, StringComparison.OrdinalIgnoreCase))
        {
            timeFormat = Iso;
            error = null;
            return true;
        }

        if (string.IsNullOrWhiteSpace(format))
        {
            error = "the format is empty";
            return false;
        }

        var letters = UnquotedLetters(format);
        if (!letters.Contains('y') || !letters.Contains('M') || !letters.Contains('d'))
        {
            error = "the format must contain a year (y), a month (M) and a day (d)";
            return false;
        }

        if (letters.Contains('K'))
        {
            error = "'K' is not supported: use 'zzz' for a UTC offset, or \"iso8601\"";
            return false;
        }

        if (letters.Contains('h') && !letters.Contains('t'))
        {
            error = "'h' is a 12-hour clock and needs 'tt' (AM/PM); use 'H' for a 24-hour clock";
            return false;
        }

        var hasTime = letters.Contains('H') || letters.Contains('h');
        var tokens = Compile(format);
        var candidate = tokens is not null
            ? new TimeFormat(format, tokens, null, false, hasTime)
            : new TimeFormat(format, null, format, letters.Contains('z'), hasTime);

        // Round trip a sample whose every part differs, so swapped or missing parts show.
        var sample = new DateTime(2021, 12, 31, 17, 45, 59, DateTimeKind.Unspecified).AddTicks(1_234_567);
        string text;
        try
        {
            text = sample.ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException ex)
        {
            error = $"not a valid .NET date format: {ex.Message}";
            return false;
        }

        if (!candidate.TryParse(text, out var parsed, out _) || parsed.Value.Date != sample.Date
            || (hasTime && parsed.Value.Hour != sample.Hour))
        {
            error = "formatting a sample date with it and parsing the result back does not give the same date and hour";
            return false;
        }

        timeFormat = candidate;
        error = null;
        return true;
    }

    /// <summary>Parses <paramref name="s"/> into a wall-clock time and the offset the text carried, if any.</summary>
    public bool TryParse(ReadOnlySpan<char> s, out LocalTime value, out string? error)
    {
        if (ReferenceEquals(this, Iso))
        {
            return IsoTime.TryParse(s, out value, out error);
        }

        if (_tokens is not null)
        {
            return TryParseCompiled(s, out value, out error);
        }

        value = default;
        if (_fallbackHasOffset)
        {
            if (DateTimeOffset.TryParseExact(s, _fallback, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
            {
                value = new LocalTime(dto.DateTime, dto.Offset, HasTimeOfDay);
                error = null;
                return true;
            }
        }
        else if (DateTime.TryParseExact(s, _fallback, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
        {
            value = new LocalTime(DateTime.SpecifyKind(dt, DateTimeKind.Unspecified), null, HasTimeOfDay);
            error = null;
            return true;
        }

        error = $"does not match the format \"{Text}\"";
        return false;
    }

    private bool TryParseCompiled(ReadOnlySpan<char> s, out LocalTime value, out string? error)
    {
        value = default;
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        long ticks = 0;
        var i = 0;
        foreach (var t in _tokens!)
        {
            if (t.Kind == Part.Literal)
            {
                if (i >= s.Length || s[i] != t.Literal)
                {
                    error = $"does not match the format \"{Text}\"";
                    return false;
                }

                i++;
                continue;
            }

            var start = i;
            var n = 0;
            while (i < s.Length && i - start < t.MaxDigits && char.IsAsciiDigit(s[i]))
            {
                n = (n * 10) + (s[i] - '0');
                i++;
            }

            if (i - start < t.MinDigits)
            {
                error = $"does not match the format \"{Text}\"";
                return false;
            }

            switch (t.Kind)
            {
                case Part.Year: year = n; break;
                case Part.Month: month = n; break;
                case Part.Day: day = n; break;
                case Part.Hour: hour = n; break;
                case Part.Minute: minute = n; break;
                case Part.Second: second = n; break;
                default:
                    ticks = n;
                    for (var k = t.MaxDigits; k < 7; k++)
                    {
                        ticks *= 10;
                    }

                    break;
            }
        }

        if (i != s.Length)
        {
            error = $"does not match the format \"{Text}\" (extra characters at the end)";
            return false;
        }

        if (!DateParts.TryValidate(year, month, day, out error))
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            error = "hour, minute or second out of range";
            return false;
        }

        value = new LocalTime(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks), null, HasTimeOfDay);
        return true;
    }

    private static string UnquotedLetters(string format)
    {
        var letters = new System.Text.StringBuilder();
        char? quote = null;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    /// <summary>Compiles numeric-only formats; null when the format needs the BCL parser.</summary>
    private static Token[]? Compile(string format)
    {
        var tokens = new List<Token>();
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            var run = 1;
            while (i + run < format.Length && format[i + run] == c)
            {
                run++;
            }

            if (c is '\'' or '"')
            {
                var end = format.IndexOf(c, i + 1);
                if (end < 0)
                {
                    return null;
                }

                foreach (var lit in format.AsSpan(i + 1, end - i - 1))
                {
                    tokens.Add(Token.Lit(lit));
                }

                i = end + 1;
                continue;
            }

            if (c == '\\' && i + 1 < format.Length)
            {
                tokens.Add(Token.Lit(format[i + 1]));
                i += 2;
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                tokens.Add(Token.Lit(c));
                i++;
                continue;
            }

            Token? token = (c, run) switch
            {
                ('y', 4) => new Token(Part.Year, 4, 4, default),
                ('M', 1 or 2) => new Token(Part.Month, run, 2, default),
                ('d', 1 or 2) => new Token(Part.Day, run, 2, default),
                ('H', 1 or 2) => new Token(Part.Hour, run, 2, default),
                ('m', 1 or 2) => new Token(Part.Minute, run, 2, default),
                ('s', 1 or 2) => new Token(Part.Second, run, 2, default),
                ('f', <= 7) => new Token(Part.Fraction, run, run, default),
                _ => null,
            };
            if (token is null)
            {
                return null;
            }

            // A one-digit field ("M", "d") followed directly by another number cannot be split.
            if (run == 1 && i + 1 < format.Length && char.IsAsciiLetter(format[i + 1]))
            {
                return null;
            }

            tokens.Add(token.Value);
            i += run;
        }

        return [.. tokens];
    }

    private enum Part
    {
        Literal,
        Year,
        Month,
        Day,
        Hour,
        Minute,
        Second,
        Fraction,
    }

    private readonly record struct Token(Part Kind, int MinDigits, int MaxDigits, char Literal)
    {
        public static Token Lit(char c) => new(Part.Literal, 0, 0, c);
    }
}
