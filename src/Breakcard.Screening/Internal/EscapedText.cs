using System.Globalization;
using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 465: an ad exported from a platform's API or a page's script as a JSON or JavaScript string carries its characters escaped
/// (\u94f6\u884c\u5361, a surrogate pair for an emoji) and its lines as \n, which the page shows as the characters and the lines.
/// Read as shown: in a text with at least one \uXXXX escape of a character beyond ASCII — which nobody types but a serialiser — every
/// \uXXXX and the JSON escapes \n \r \t \" \\ \/ are decoded. A path (C:\users\) or a lone "\n" in a plain text is read as written.
/// ADR 474: the other string escapes a program prints — a code point as \U0001F4B3 (Python, C) or \u{94F6} (JavaScript, Rust, Swift),
/// and UTF-8 bytes as \xe9\x93\xb6 (a Python bytes value, a C string, a log line) — are read the same way, each only where it
/// stands for a character beyond ASCII: bytes only as a run that is whole UTF-8, a code point only when it is one (not a surrogate).
/// </summary>
internal static class EscapedText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text with its string escapes decoded, or null when it holds no \uXXXX escape of a character beyond ASCII.</summary>
    public static ShownText? Read(string source)
    {
        if (!HasWideEscape(source))
        {
            return null;
        }

        var shown = new ShownText();
        var i = 0;
        while (i < source.Length)
        {
            if (source[i] == '\\' && i + 1 < source.Length)
            {
                if (CodePoint(source, i) is { } point)
                {
                    foreach (var c in point.Text)
                    {
                        shown.Add(c, i, i + point.Length);
                    }

                    i += point.Length;
                    continue;
                }

                if (ByteRun(source, i) is { } run)
                {
                    AddBytes(shown, run, i);
                    i += run.Length * 4;
                    continue;
                }

                var unit = Unit(source, i);
                if (unit is { } plain && !char.IsSurrogate(plain))
                {
                    shown.Add(plain, i, i + 6);
                    i += 6;
                    continue;
                }

                // An emoji or a rare character is a surrogate pair, two escapes; a half alone is no character and stays as written.
                if (unit is { } high && char.IsHighSurrogate(high) && Unit(source, i + 6) is { } low && char.IsLowSurrogate(low))
                {
                    shown.Add(high, i, i + 12);
                    shown.Add(low, i, i + 12);
                    i += 12;
                    continue;
                }

                if (Simple(source[i + 1]) is { } simple)
                {
                    shown.Add(simple, i, i + 2);
                    i += 2;
                    continue;
                }
            }

            shown.Add(source[i], i, i + 1);
            i++;
        }

        return shown;
    }

    private static bool HasWideEscape(string source)
    {
        for (var i = source.IndexOf('\\', StringComparison.Ordinal); i >= 0; i = source.IndexOf('\\', i + 1))
        {
            if (Unit(source, i) is > '\u007F' || CodePoint(source, i) is { } || ByteRun(source, i) is { })
            {
                return true;
            }
        }

        return false;
    }

    // One UTF-16 unit written \uXXXX; the two halves of a surrogate pair are two units, which the shown text keeps in order.
    private static char? Unit(string source, int at)
    {
        if (at + 5 >= source.Length || source[at + 1] != 'u')
        {
            return null;
        }

        var value = 0;
        for (var k = at + 2; k < at + 6; k++)
        {
            if (!char.IsAsciiHexDigit(source[k]))
            {
                return null;
            }

            value = (value * 16) + (char.IsAsciiDigit(source[k]) ? source[k] - '0' : (source[k] | 0x20) - 'a' + 10);
        }

        return (char)value;
    }

    // A code point beyond ASCII written \UXXXXXXXX or \u{X…}; null when none stands at the backslash at `at`.
    private static (string Text, int Length)? CodePoint(string source, int at)
    {
        var next = source[at + 1];
        var (digitsFrom, digits, closing) = next switch
        {
            'U' => (at + 2, 8, 0),
            'u' when at + 2 < source.Length && source[at + 2] == '{' => (at + 3, source.IndexOf('}', at + 3) - (at + 3), 1),
            _ => (0, -1, 0),
        };
        if (digits is < 1 or > 8 || digitsFrom + digits + closing > source.Length
            || !int.TryParse(source.AsSpan(digitsFrom, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            || value is <= 0x7F or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            return null;
        }

        return (char.ConvertFromUtf32(value), digitsFrom + digits + closing - at);
    }

    // The bytes of a run of \xNN escapes at `at` when they are whole UTF-8 with a character beyond ASCII; null otherwise.
    private static byte[]? ByteRun(string source, int at)
    {
        var count = 0;
        while (at + (4 * count) + 3 < source.Length && IsByte(source, at + (4 * count)))
        {
            count++;
        }

        if (count < 2)
        {
            return null;
        }

        var bytes = new byte[count];
        for (var k = 0; k < count; k++)
        {
            bytes[k] = byte.Parse(source.AsSpan(at + (4 * k) + 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }

        try
        {
            return Strict.GetString(bytes).Any(c => c > '\u007F') ? bytes : null;
        }
        catch (DecoderFallbackException)
        {
            return null; // not UTF-8: a binary dump's bytes, read as written
        }
    }

    private static bool IsByte(string source, int at) => at + 3 < source.Length && source[at] == '\\' && source[at + 1] == 'x'
        && char.IsAsciiHexDigit(source[at + 2]) && char.IsAsciiHexDigit(source[at + 3]);

    // Each character of the run shown for the escapes of its own bytes.
    private static void AddBytes(ShownText shown, byte[] run, int at)
    {
        var offset = 0;
        foreach (var rune in Strict.GetString(run).EnumerateRunes())
        {
            var end = offset + rune.Utf8SequenceLength;
            foreach (var c in rune.ToString())
            {
                shown.Add(c, at + (4 * offset), at + (4 * end));
            }

            offset = end;
        }
    }

    private static char? Simple(char escaped) => escaped switch
    {
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        _ => null,
    };
}
