using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 479: a MIME body's transfer encoding undone and its bytes read in the part's charset, each shown character keeping the span of
/// the encoded characters it came from. Quoted-printable (RFC 2045 6.7): =XX is a byte, "=" at a line end a soft break the reader joins —
/// between two bytes of one character too, which is why bytes, not escapes, are decoded — and a "=" that starts neither (a truncated =X, a
/// lone = at the end) is itself, as mail programs show it. Base64 (6.8): the body's lines of Base64 alphabet; a line that is not ends the
/// encoded text and is shown as written. The charset's decoder is fed one byte at a time, so a character split across a soft break or a
/// Base64 quad still comes out whole; bytes that are not the charset's come out as its replacement character, never as an exception.
/// </summary>
internal static class MailBody
{
    /// <summary>Appends the quoted-printable body [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="source"/>, decoded.</summary>
    public static void QuotedPrintable(ShownText shown, string source, int from, int to, Encoding charset)
    {
        var bytes = new ByteReader(shown, charset);
        var i = from;
        while (i < to)
        {
            var c = source[i];
            if (c == '=' && i + 2 < to && char.IsAsciiHexDigit(source[i + 1]) && char.IsAsciiHexDigit(source[i + 2]))
            {
                bytes.Add((byte)((HexValue(source[i + 1]) << 4) | HexValue(source[i + 2])), i, i + 3);
                i += 3;
            }
            else if (c == '=' && SoftBreakEnd(source, i + 1, to) is var next && next > 0)
            {
                i = next; // the encoder's own line break
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c, i, i + 1);
                i++;
            }
            else
            {
                bytes.Flush();
                shown.Add(c, i, i + 1); // a character the sender's program left unencoded: shown as it is
                i++;
            }
        }

        bytes.Flush();
    }

    /// <summary>Appends the Base64 body [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="source"/>, decoded.</summary>
    public static void Base64(ShownText shown, string source, int from, int to, Encoding charset)
    {
        var bytes = new ByteReader(shown, charset);
        Span<int> quad = stackalloc int[4];
        Span<int> at = stackalloc int[4];
        var filled = 0;
        var i = from;
        while (i < to)
        {
            var end = source.IndexOf('\n', i, to - i) is var n && n >= 0 ? n : to;
            var content = source.AsSpan(i, end - i).TrimEnd('\r').TrimEnd(' ');
            if (content.IsEmpty && i == from)
            {
                i = Math.Min(to, end + 1); // blank lines before the encoded text
                continue;
            }

            if (!IsBase64Line(content))
            {
                break; // the encoded text has ended: what follows (a signature, a screenshot's chrome, an empty line) is shown as written
            }

            for (var k = 0; k < content.Length; k++)
            {
                var value = Base64Value(content[k]);
                if (value < 0)
                {
                    continue; // padding
                }

                quad[filled] = value;
                at[filled] = i + k;
                if (++filled == 4)
                {
                    bytes.Add(unchecked((byte)((quad[0] << 2) | (quad[1] >> 4))), at[0], at[1] + 1);
                    bytes.Add(unchecked((byte)((quad[1] << 4) | (quad[2] >> 2))), at[1], at[2] + 1);
                    bytes.Add(unchecked((byte)((quad[2] << 6) | quad[3])), at[2], at[3] + 1);
                    filled = 0;
                }
            }

            i = Math.Min(to, end + 1);
        }

        if (filled >= 2)
        {
            bytes.Add(unchecked((byte)((quad[0] << 2) | (quad[1] >> 4))), at[0], at[1] + 1); // a last quad with padding: one byte
        }

        if (filled >= 3)
        {
            bytes.Add(unchecked((byte)((quad[1] << 4) | (quad[2] >> 2))), at[1], at[2] + 1); // or two
        }

        bytes.Flush();
        shown.Copy(source, i, to);
    }

    // An encoder's line: the alphabet only, whole quads (a lone word such as "Reply" after the body is no Base64 line).
    private static bool IsBase64Line(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length % 4 != 0)
        {
            return false;
        }

        foreach (var c in line)
        {
            if (Base64Value(c) < 0 && c != '=')
            {
                return false;
            }
        }

        return true;
    }

    private static int Base64Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    // Where the line after a soft break starts ("=" then white space the sender's program may leave, then a line end), or 0 when none.
    private static int SoftBreakEnd(string source, int at, int to)
    {
        while (at < to && source[at] is ' ' or '\t')
        {
            at++;
        }

        if (at < to && source[at] == '\r')
        {
            at++;
        }

        return at < to && source[at] == '\n' ? at + 1 : at >= to ? to : 0;
    }

    /// <summary>Bytes fed to a charset's decoder one at a time; each character it gives back spans the bytes it was made from.</summary>
    private sealed class ByteReader(ShownText shown, Encoding charset)
    {
        private readonly Decoder _decoder = charset.GetDecoder();
        private readonly byte[] _one = new byte[1];
        private readonly char[] _chars = new char[8];
        private int _pendingStart = -1;
        private int _lastEnd;

        public void Add(byte value, int start, int end)
        {
            if (_pendingStart < 0)
            {
                _pendingStart = start;
            }

            _one[0] = value;
            _lastEnd = end;
            var count = _decoder.GetChars(_one, 0, 1, _chars, 0, flush: false);
            Emit(count);
        }

        public void Flush()
        {
            if (_pendingStart >= 0)
            {
                Emit(_decoder.GetChars(_one, 0, 0, _chars, 0, flush: true)); // an unfinished character: the replacement character
                _decoder.Reset();
                _pendingStart = -1;
            }
        }

        private void Emit(int count)
        {
            if (count == 0)
            {
                return;
            }

            for (var k = 0; k < count; k++)
            {
                shown.Add(_chars[k], _pendingStart, _lastEnd);
            }

            _pendingStart = -1;
        }
    }
}
