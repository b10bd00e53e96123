using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 479: the decoder for a MIME part's charset parameter — UTF-8 when it names none (the generator's and most senders' charset, and
/// what an unlabelled 8-bit body is in practice), Latin-1 and ASCII as .NET has them, and the Chinese code pages (GB2312, GBK, GB18030,
/// Big5) from <see cref="CodePagesEncodingProvider"/>, asked directly as <see cref="MailEncoding"/> asks it, so no process-wide provider is
/// registered. A charset nobody knows is read as UTF-8, as mail programs fall back. Bytes that are not the charset's decode to its
/// replacement character: a body is shown, never refused.
/// </summary>
internal static class MailCharsets
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The encoding a mail program reads <paramref name="name"/> with.</summary>
    public static Encoding Get(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || name.Equals("utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8;
        }

        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.Latin1;
        }

        // GB2312 as senders label it is in practice GBK: code page 936, which the provider gives for both names.
        return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Utf8;
    }
}
