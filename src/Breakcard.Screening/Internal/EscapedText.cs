namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 465: an ad exported from a platform's API or a page's script as a JSON or JavaScript string carries its characters escaped
/// (\u94f6\u884c\u5361, a surrogate pair for an emoji) and its lines as \n, which the page shows as the characters and the lines.
/// Read as shown: in a text with at least one \uXXXX escape of a character beyond ASCII — which nobody types but a serialiser — every
/// \uXXXX and the JSON escapes \n \r \t \" \\ \/ are decoded. A path (C:\users\) or a lone "\n" in a plain text is read as written.
/// </summary>
internal static class EscapedText
{
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
            if (Unit(source, i) is > '\u007F')
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
