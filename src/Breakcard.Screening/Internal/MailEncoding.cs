using System.Text;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 465: an ad forwarded from an e-mail arrives with the mail's transfer encoding — a subject in MIME encoded words
/// (=?UTF-8?B?6ZO26KGM5Y2h?=, =?GB2312?Q?=D2=F8=D0=D0=BF=A8?=) and a body in quoted-printable (=E9=93=B6, lines ending in a soft
/// break "="), which any mail program shows as the characters. Read as they show: encoded words in UTF-8 or a charset .NET's code
/// pages know (GB2312, GBK, GB18030, Big5) are decoded, the white space between two encoded words goes (RFC 2047), and a
/// quoted-printable body is decoded as <see cref="EscapedBytes"/> reads it. An encoded word in an unknown charset, or one whose
/// payload does not decode, stays as written.
/// </summary>
internal static partial class MailEncoding
{
    /// <summary>The text with its encoded words and quoted-printable body decoded, or null when it holds neither.</summary>
    public static ShownText? Read(string source)
    {
        var words = source.Contains("=?", StringComparison.Ordinal) ? DecodeWords(source) : null;
        var body = EscapedBytes.Read(words?.Text ?? source, '=', softBreak: true);
        return body is null ? words : words is null ? body : body.Through(words);
    }

    private static ShownText? DecodeWords(string source)
    {
        ShownText? shown = null;
        var copied = 0;
        var lastWordEnd = -1;
        foreach (Match word in EncodedWord().Matches(source))
        {
            if (Decode(word) is not { } text)
            {
                continue;
            }

            shown ??= new ShownText();
            var gap = source.AsSpan(copied, word.Index - copied);
            if (!(copied == lastWordEnd && gap.IsWhiteSpace()))
            {
                shown.Copy(source, copied, word.Index); // white space between two encoded words is no part of the text
            }

            foreach (var c in text)
            {
                shown.Add(c, word.Index, word.Index + word.Length);
            }

            copied = lastWordEnd = word.Index + word.Length;
        }

        shown?.Copy(source, copied, source.Length);
        return shown;
    }

    private static string? Decode(Match word)
    {
        var encoding = Charset(word.Groups["charset"].Value);
        var payload = word.Groups["text"].Value;
        if (encoding is null)
        {
            return null;
        }

        byte[] bytes;
        if (word.Groups["kind"].Value is "B" or "b")
        {
            var buffer = new byte[payload.Length];
            if (!Convert.TryFromBase64String(payload, buffer, out var written))
            {
                return null;
            }

            bytes = buffer[..written];
        }
        else if (QBytes(payload) is { } q)
        {
            bytes = q;
        }
        else
        {
            return null;
        }

        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // The Q encoding: _ is a space, =XX a byte, any other printable character itself.
    private static byte[]? QBytes(string payload)
    {
        var bytes = new List<byte>(payload.Length);
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (c == '=')
            {
                if (i + 2 >= payload.Length || !char.IsAsciiHexDigit(payload[i + 1]) || !char.IsAsciiHexDigit(payload[i + 2]))
                {
                    return null;
                }

                bytes.Add(Convert.ToByte(payload.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(c == '_' ? (byte)' ' : (byte)c);
            }
        }

        return [.. bytes];
    }

    private static Encoding? Charset(string name)
    {
        if (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        // The code pages ship with .NET; asked directly, so no process-wide provider is registered for this.
        if (CodePagesEncodingProvider.Instance.GetEncoding(name)?.Clone() is not Encoding encoding)
        {
            return null;
        }

        encoding.DecoderFallback = DecoderFallback.ExceptionFallback; // bytes that are not the charset's: the word stays as written
        return encoding;
    }

    [GeneratedRegex(@"=\?(?<charset>[A-Za-z0-9_.:-]{1,40})(?:\*[A-Za-z-]{1,20})?\?(?<kind>[BbQq])\?(?<text>[!->@-~]{1,900})\?=")]
    private static partial Regex EncodedWord();
}
