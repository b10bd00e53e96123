namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 479: the header block of a mail or of one MIME part — lines "Name: value", each perhaps folded onto lines that begin with white
/// space, ended by an empty line — as spans of the source, so <see cref="MailMessage"/> can show the lines a mail program shows and read
/// the Content-Type and Content-Transfer-Encoding that say how the body is written.
/// </summary>
internal sealed class MailHeaders
{
    // The header the sender writes for the reader. A mail program also shows the sender, recipients and date, but as its own fields around
    // the message, as a phone shows its status bar: addressing, not the poster's words (a self-chosen sender name such as 人事部 read as
    // an institution's own voice, and 152 of round 30's 186 missed mails stayed missed with them shown, ADR 479). MIME-Version, Content-*,
    // Received, Message-ID and X-… no program shows.
    private static readonly string[] ShownNames = ["Subject"];

    private readonly List<(int NameEnd, int Start, int End)> _lines = [];

    private MailHeaders(int start)
    {
        Start = start;
    }

    /// <summary>Where the block's first line starts.</summary>
    public int Start { get; }

    /// <summary>Where the empty line that ends the block starts, or the text's end when it has none.</summary>
    public int End { get; private set; }

    /// <summary>Where the body starts, after the empty line.</summary>
    public int BodyStart { get; private set; }

    /// <summary>The spans of the header lines shown (the subject), each with its line end.</summary>
    public IEnumerable<(int From, int To)> Shown
    {
        get
        {
            foreach (var (nameEnd, start, end) in _lines)
            {
                foreach (var name in ShownNames)
                {
                    if (nameEnd - start == name.Length && string.Compare(Source, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        yield return (start, end);
                    }
                }
            }
        }
    }

    private string Source { get; set; } = "";

    /// <summary>
    /// The mail header block of <paramref name="source"/>: the block around the first MIME header at a line start that holds
    /// MIME-Version or Content-Transfer-Encoding, or Content-Type beside From, Date or Subject; null when there is none.
    /// </summary>
    public static MailHeaders? Find(string source)
    {
        var tried = 0;
        for (var at = NextMimeHeader(source, 0); at >= 0 && tried < 8; at = NextMimeHeader(source, at + 1), tried++)
        {
            var start = at;
            while (start > 0 && LineStart(source, start - 1) is var previous && IsHeaderOrFold(source, previous, start - 1))
            {
                start = previous;
            }

            var headers = Parse(source, start, source.Length);
            if (headers.IsMail())
            {
                return headers;
            }
        }

        return null;
    }

    /// <summary>
    /// The headers of the MIME part [<paramref name="from"/>, <paramref name="to"/>): none, the body starting at once, when it opens
    /// with a line that is no header; the body starts after the first empty line otherwise.
    /// </summary>
    public static MailHeaders OfPart(string source, int from, int to) => Parse(source, from, to);

    /// <summary>The value of the header <paramref name="name"/>, its folds unfolded; empty when absent.</summary>
    public string Value(string source, string name)
    {
        foreach (var (nameEnd, start, end) in _lines)
        {
            if (nameEnd - start == name.Length && string.Compare(source, start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return source[(nameEnd + 1)..end].Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            }
        }

        return "";
    }

    /// <summary>The Content-Type value, trimmed; empty when absent (text/plain, RFC 2045 5.2).</summary>
    public string ContentType(string source) => Value(source, "Content-Type").Trim();

    /// <summary>The parameter <paramref name="name"/> of a header value (charset=UTF-8, boundary="b1"), unquoted; null when absent.</summary>
    public static string? Parameter(string value, string name)
    {
        for (var at = value.IndexOf(';'); at >= 0; at = value.IndexOf(';', at + 1))
        {
            var p = at + 1;
            while (p < value.Length && char.IsWhiteSpace(value[p]))
            {
                p++;
            }

            if (string.Compare(value, p, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0
                || p + name.Length >= value.Length || value[p + name.Length] != '=')
            {
                continue;
            }

            p += name.Length + 1;
            if (p < value.Length && value[p] == '"')
            {
                var close = value.IndexOf('"', p + 1);
                return close < 0 ? value[(p + 1)..] : value[(p + 1)..close];
            }

            var end = p;
            while (end < value.Length && value[end] != ';' && !char.IsWhiteSpace(value[end]))
            {
                end++;
            }

            return value[p..end];
        }

        return null;
    }

    private static MailHeaders Parse(string source, int from, int to)
    {
        var headers = new MailHeaders(from) { Source = source };
        var at = from;
        while (at < to)
        {
            var end = LineEnd(source, at, to);
            if (IsEmptyLine(source, at, end))
            {
                headers.End = at;
                headers.BodyStart = Math.Min(to, end + 1);
                return headers;
            }

            if (source[at] is ' ' or '\t' && headers._lines.Count > 0)
            {
                var last = headers._lines[^1];
                headers._lines[^1] = (last.NameEnd, last.Start, Math.Min(to, end + 1)); // a folded line continues the header above
            }
            else if (NameEnd(source, at, end) is var nameEnd && nameEnd > at)
            {
                headers._lines.Add((nameEnd, at, Math.Min(to, end + 1)));
            }
            else
            {
                break; // a body line with no empty line before it: the block ends here
            }

            at = end + 1;
        }

        headers.End = headers.BodyStart = Math.Min(at, to);
        return headers;
    }

    private bool IsMail()
    {
        bool Has(string name) => _lines.Exists(l => l.NameEnd - l.Start == name.Length
            && string.Compare(Source, l.Start, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0);
        return Has("MIME-Version") || Has("Content-Transfer-Encoding") || (Has("Content-Type") && (Has("From") || Has("Date") || Has("Subject")));
    }

    // The next MIME header name at a line start, from at.
    private static int NextMimeHeader(string source, int at)
    {
        while (at < source.Length)
        {
            var mime = source.IndexOf("MIME-Version:", at, StringComparison.OrdinalIgnoreCase);
            var content = source.IndexOf("Content-T", at, StringComparison.OrdinalIgnoreCase);
            var next = mime < 0 ? content : content < 0 ? mime : Math.Min(mime, content);
            if (next < 0)
            {
                return -1;
            }

            if (next == 0 || source[next - 1] == '\n')
            {
                return next;
            }

            at = next + 1;
        }

        return -1;
    }

    private static bool IsHeaderOrFold(string source, int start, int end) =>
        !IsEmptyLine(source, start, end) && (source[start] is ' ' or '\t' || NameEnd(source, start, end) > start);

    // Where a header line's name ends (at its colon), or start when the line is no "Name:" line.
    private static int NameEnd(string source, int start, int end)
    {
        if (start >= end || !char.IsAsciiLetter(source[start]))
        {
            return start;
        }

        for (var i = start + 1; i < end && i - start <= 76; i++)
        {
            var c = source[i];
            if (c == ':')
            {
                return i;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return start;
            }
        }

        return start;
    }

    private static bool IsEmptyLine(string source, int start, int end) => end == start || (end == start + 1 && source[start] == '\r');

    private static int LineStart(string source, int end) => end == 0 ? 0 : source.LastIndexOf('\n', end - 1) + 1;

    private static int LineEnd(string source, int at, int to)
    {
        var end = source.IndexOf('\n', at, to - at);
        return end < 0 ? to : end;
    }
}
