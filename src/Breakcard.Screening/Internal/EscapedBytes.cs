using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 465: a run of bytes each written as a mark and two hex digits — %E9%93%B6 in a link's query, =E9=93=B6 in a quoted-printable
/// e-mail — read as the UTF-8 characters they encode. A run is decoded only when every byte in it belongs to a whole UTF-8 character
/// and one of them is not ASCII: "打9%20天" or "=20" alone hold no such character and stay as written.
/// </summary>
internal static class EscapedBytes
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// <paramref name="source"/> with its runs of <paramref name="mark"/>-escaped characters decoded, or null when it holds none.
    /// With <paramref name="softBreak"/> (quoted-printable), a line ending in = continues on the next and the break goes.
    /// </summary>
    public static ShownText? Read(string source, char mark, bool softBreak)
    {
        if (!HasWideRun(source, mark))
        {
            return null;
        }

        var shown = new ShownText();
        var decoded = false;
        var i = 0;
        while (i < source.Length)
        {
            var end = source[i] == mark ? Decode(shown, source, i, mark, softBreak) : i;
            if (end > i)
            {
                decoded = true;
                i = end;
                continue;
            }

            var skipped = softBreak ? SkipSoftBreaks(source, i) : i;
            if (skipped > i)
            {
                i = skipped; // the encoder's own line break, which the mail reader joins
                continue;
            }

            shown.Add(source[i], i, i + 1);
            i++;
        }

        return decoded ? shown : null;
    }

    /// <summary>
    /// Decodes the run of <paramref name="mark"/>-escaped bytes at <paramref name="at"/> into <paramref name="shown"/> and returns where
    /// it ends, or returns <paramref name="at"/> and adds nothing when no decodable run stands there. <paramref name="softBreak"/> lets a
    /// quoted-printable line break (=\n) stand between two bytes of the run.
    /// </summary>
    private static int Decode(ShownText shown, string source, int at, char mark, bool softBreak)
    {
        var bytes = new List<(byte Value, int Start, int End)>();
        var i = at;
        while (true)
        {
            var next = softBreak ? SkipSoftBreaks(source, i) : i;
            if (!IsEscape(source, next, mark))
            {
                break;
            }

            bytes.Add((Convert.ToByte(source.Substring(next + 1, 2), 16), next, next + 3));
            i = next + 3;
        }

        var chars = new List<(string Text, int Start, int End)>();
        var k = 0;
        var wide = false;
        while (k < bytes.Count)
        {
            var length = SequenceLength(bytes[k].Value);
            if (length == 0 || k + length > bytes.Count)
            {
                return at;
            }

            var sequence = new byte[length];
            for (var b = 0; b < length; b++)
            {
                sequence[b] = bytes[k + b].Value;
            }

            string text;
            try
            {
                text = Strict.GetString(sequence);
            }
            catch (DecoderFallbackException)
            {
                return at; // not UTF-8: the writer's own marks and digits
            }

            chars.Add((text, bytes[k].Start, bytes[k + length - 1].End));
            wide |= length > 1;
            k += length;
        }

        if (!wide)
        {
            return at;
        }

        foreach (var (text, start, end) in chars)
        {
            foreach (var c in text)
            {
                shown.Add(c, start, end);
            }
        }

        return i;
    }

    /// <summary>Whether a byte escaped with <paramref name="mark"/> stands at <paramref name="at"/>.</summary>
    private static bool IsEscape(string source, int at, char mark) =>
        at + 2 < source.Length && source[at] == mark && char.IsAsciiHexDigit(source[at + 1]) && char.IsAsciiHexDigit(source[at + 2]);

    /// <summary>Whether <paramref name="source"/> holds, somewhere, an escaped lead byte of a multi-byte character followed by an escaped byte.</summary>
    private static bool HasWideRun(string source, char mark)
    {
        for (var i = source.IndexOf(mark); i >= 0 && i + 5 < source.Length; i = source.IndexOf(mark, i + 1))
        {
            if (IsEscape(source, i, mark) && source[i + 1] is 'c' or 'C' or 'd' or 'D' or 'e' or 'E' or 'f' or 'F'
                && IsEscape(source, i + 3, mark))
            {
                return true;
            }
        }

        return false;
    }

    private static int SequenceLength(byte lead) => lead switch
    {
        < 0x80 => 1,
        >= 0xC2 and < 0xE0 => 2,
        >= 0xE0 and < 0xF0 => 3,
        >= 0xF0 and < 0xF5 => 4,
        _ => 0,
    };

    private static int SkipSoftBreaks(string source, int at)
    {
        while (at + 1 < source.Length && source[at] == '=' && (source[at + 1] == '\n'
            || (source[at + 1] == '\r' && at + 2 < source.Length && source[at + 2] == '\n')))
        {
            at += source[at + 1] == '\n' ? 2 : 3;
        }

        return at;
    }
}
