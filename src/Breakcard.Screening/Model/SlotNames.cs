using System.Globalization;

namespace Breakcard.Screening.Model;

/// <summary>
/// Reads ML.NET's character n-gram slot names ("<c>&lt;␂&gt;|银|行</c>") back into the characters they count. ML.NET's
/// character tokeniser names a character by itself, except control characters and space (<c>&lt;␀&gt;</c> to
/// <c>&lt;␠&gt;</c>, the control pictures), DEL, the C1 controls and the line and paragraph separators (their
/// abbreviations in angle brackets) and surrogates (a <c>\u</c> escape); the n-gram names join the tokens with '|'.
/// Every token is followed by '|' or the end, so the names parse unambiguously even when '|' or '&lt;' is a token.
/// </summary>
internal static class SlotNames
{
    private static readonly string[] C1Names =
    [
        "PAD", "HOP", "BPH", "NBH", "IND", "NEL", "SSA", "ESA", "HTS", "HTJ", "VTS", "PLD", "PLU", "RI", "SS2", "SS3",
        "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA", "SOS", "SGCI", "SCI", "CSI", "ST", "OSC", "PM", "APC",
    ];

    private static readonly (string Name, char Char)[] Named = BuildNamed();

    /// <summary>
    /// The characters of one n-gram slot name (without its column prefix), or null when it does not parse;
    /// <paramref name="surrogate"/> is true when a token names a surrogate (whose value the name does not give).
    /// </summary>
    public static char[]? ParseGram(ReadOnlySpan<char> name, out bool surrogate)
    {
        surrogate = false;
        var chars = new List<char>(4);
        var p = 0;
        while (true)
        {
            if (p >= name.Length)
            {
                return null;
            }

            var length = TokenAt(name[p..], out var c);
            if (length == 0)
            {
                surrogate = true;
                return null;
            }

            chars.Add(c);
            p += length;
            if (p == name.Length)
            {
                return [.. chars];
            }

            if (name[p] != '|')
            {
                return null;
            }

            p++;
        }
    }

    // The length of the token at the start of rest (a named one only where a separator or the end follows), or 0 for
    // a surrogate's escape.
    private static int TokenAt(ReadOnlySpan<char> rest, out char c)
    {
        if (rest.StartsWith("\\u", StringComparison.Ordinal) && rest.Length > 2 && rest[2] != '|')
        {
            c = '\0';
            return 0;
        }

        if (rest[0] == '<')
        {
            foreach (var (name, named) in Named)
            {
                if (rest.StartsWith(name, StringComparison.Ordinal) && (rest.Length == name.Length || rest[name.Length] == '|'))
                {
                    c = named;
                    return name.Length;
                }
            }
        }

        c = rest[0];
        return 1;
    }

    private static (string, char)[] BuildNamed()
    {
        var named = new List<(string, char)>();
        for (var c = '\u0001'; c <= ' '; c++)
        {
            named.Add(("<" + (char)(c + '\u2400') + ">", c));
        }

        named.Add(("<\u2421>", '\u007f'));
        for (var k = 0; k < C1Names.Length; k++)
        {
            named.Add(("<" + C1Names[k] + ">", (char)(0x80 + k)));
        }

        named.Add(("<LSEP>", '\u2028'));
        named.Add(("<PSEP>", '\u2029'));
        return [.. named];
    }

    /// <summary>ML.NET's name for a character (tests: the inverse of <see cref="ParseGram"/>).</summary>
    internal static string NameOf(char c)
    {
        foreach (var (name, named) in Named)
        {
            if (named == c)
            {
                return name;
            }
        }

        return char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();
    }
}
