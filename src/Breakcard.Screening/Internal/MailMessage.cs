namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 479: an ad pasted or forwarded as the raw source of an e-mail — RFC 5322 headers, then a MIME body in quoted-printable or Base64,
/// in UTF-8 or a Chinese code page, perhaps multipart — read as a mail program shows the message: the subject line (its encoded words left
/// to <see cref="MailEncoding"/>, the next layer), a line break, then the decoded body; the sender, recipients and date (the program's own
/// fields, see <see cref="MailHeaders"/>) and the transport headers (MIME-Version, Content-*, Received, Message-ID …) are not read. Of a multipart/alternative body the last text part is shown (RFC 2046
/// 5.1.4: the richest, HTML as a rule, which the markup layer reads); of any other multipart body every text part, nested ones too;
/// attachments are not. A text before the header block (a screenshot's chrome) is kept as written.
/// Gated by a MIME header at a line start (MIME-Version or Content-Transfer-Encoding, or Content-Type beside a sender, date or subject),
/// found by two vectorised searches; anything malformed — a truncated =X, a soft break at the end, a boundary never closed, a charset .NET
/// does not know, bytes that are not the charset's — is read as a mail program reads it, never thrown on.
/// </summary>
internal static class MailMessage
{
    private const int MaxDepth = 4; // multiparts nested deeper than any mail program writes are shown as they stand

    /// <summary>The mail as shown, or null when <paramref name="source"/> holds no mail header block.</summary>
    public static ShownText? Read(string source)
    {
        if (source.IndexOf("MIME-Version:", StringComparison.OrdinalIgnoreCase) < 0
            && source.IndexOf("Content-T", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        if (MailHeaders.Find(source) is not { } headers)
        {
            return null;
        }

        var shown = new ShownText();
        shown.Copy(source, 0, headers.Start);
        foreach (var (from, to) in headers.Shown)
        {
            shown.Copy(source, from, to);
        }

        if (headers.End < source.Length)
        {
            shown.Add('\n', headers.BodyStart - 1, headers.BodyStart); // the line between the subject and the body
            AppendEntity(shown, source, headers, headers.BodyStart, source.Length, depth: 0);
        }

        return shown;
    }

    /// <summary>Appends the shown text of the MIME entity whose headers are <paramref name="headers"/> and body [from, to).</summary>
    private static void AppendEntity(ShownText shown, string source, MailHeaders headers, int from, int to, int depth)
    {
        var type = headers.ContentType(source);
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && depth < MaxDepth
            && MailHeaders.Parameter(type, "boundary") is { Length: > 0 } boundary)
        {
            var parts = MimeParts.Split(source, from, to, boundary);
            if (parts.Count > 0)
            {
                AppendParts(shown, source, parts, type.StartsWith("multipart/alternative", StringComparison.OrdinalIgnoreCase), depth);
                return;
            }
        }

        var charset = MailCharsets.Get(MailHeaders.Parameter(type, "charset"));
        var transfer = headers.Value(source, "Content-Transfer-Encoding").Trim();
        if (transfer.Equals("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            MailBody.QuotedPrintable(shown, source, from, to, charset);
        }
        else if (transfer.Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            MailBody.Base64(shown, source, from, to, charset);
        }
        else
        {
            shown.Copy(source, from, to); // 7bit, 8bit, binary or unknown: the characters as they stand
        }
    }

    private static void AppendParts(ShownText shown, string source, List<(int From, int To)> parts, bool alternative, int depth)
    {
        var chosen = new List<(MailHeaders Headers, int From, int To)>();
        foreach (var (from, to) in parts)
        {
            var part = MailHeaders.OfPart(source, from, to);
            var type = part.ContentType(source);
            var attached = part.Value(source, "Content-Disposition").TrimStart().StartsWith("attachment", StringComparison.OrdinalIgnoreCase);
            if (attached || !(type.Length == 0 || type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)))
            {
                continue; // an image, a file: a mail program shows its icon, not its bytes
            }

            if (alternative)
            {
                chosen.Clear(); // alternatives come plainest first; the program shows the last it can
            }

            chosen.Add((part, part.BodyStart, to));
        }

        foreach (var (part, from, to) in chosen)
        {
            if (shown.Length > 0 && shown.Last != '\n')
            {
                shown.Add('\n', from - 1, from); // a part starts after its boundary line, so from > 0
            }

            AppendEntity(shown, source, part, from, to, depth + 1);
        }
    }
}
