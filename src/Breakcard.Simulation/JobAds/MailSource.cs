using System.Globalization;
using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 30's held-out disguise <see cref="Evasion.MailSource"/>: the ad as the raw source of a plain-text e-mail (RFC 5322 headers, a MIME body
/// in quoted-printable, RFC 2045 6.7), as recruitment spam reaches inboxes and what a mail gateway's filter reads before any mail program
/// decodes it — a sender, "undisclosed recipients", a date, a subject, the MIME headers, a blank line, then the body: every byte of the UTF-8
/// text that is not printable ASCII, and every "=", written as "=" and two upper-case hex digits (银 → =E9=93=B6), a space or tab before a
/// line break as =20 or =09, the ad's own line breaks kept, and every encoded line longer than 76 characters cut by a soft break ("=" at the
/// end of a line) wherever the characters run out — between the bytes of one character too, a key word included — never inside an "=XX".
/// Unlike an encoded clause (one clause in Base64, with a note for the reader to decode it) nothing is addressed to the reader and the whole text
/// is transport-encoded byte by byte, ASCII left as it is; unlike a calendar invitation (an escaped value folded by octets, its characters kept)
/// or markup (a few characters as decimal references), no Chinese character is left in the body at all. No template writes a MIME header or a
/// quoted-printable run (a test checks).
/// </summary>
internal static class MailSource
{
    /// <summary>The longest encoded body line, soft break included (RFC 2045, 6.7, rule 5).</summary>
    internal const int LineLength = 76;

    /// <summary>The senders' display names and mailboxes.</summary>
    internal static readonly string[] Senders =
        ["\"HR Team\" <hr@jobs-notice.top>", "\"招聘中心\" <zhaopin@hr-mail.cn>", "\"Recruitment\" <careers@work-online.site>", "\"人事部\" <renshi@offer-center.net>"];

    /// <summary>The subjects, as the sender's program encodes them (RFC 2047 "Q" words of UTF-8, or ASCII).</summary>
    internal static readonly string[] Subjects =
        ["=?UTF-8?Q?=E5=B2=97=E4=BD=8D=E6=8E=A8=E8=8D=90?=", "=?UTF-8?Q?=E6=82=A8=E7=9A=84=E7=AE=80=E5=8E=86=E5=B7=B2=E9=80=9A=E8=BF=87?=", "Job opportunity", "Re: your application"];

    /// <summary><paramref name="text"/> as a mail's source; unchanged when it holds nothing but white space.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var body = text.Trim();
        if (body.Length == 0)
        {
            return text;
        }

        var sent = new DateTime(2026, random.NextInt(1, 13), random.NextInt(1, 29), random.NextInt(0, 24), random.NextInt(0, 60), random.NextInt(0, 60), DateTimeKind.Utc);
        string[] headers =
        [
            "From: " + random.Pick(Senders), "To: undisclosed-recipients:;",
            "Date: " + sent.ToString("ddd, d MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
            "Subject: " + random.Pick(Subjects), "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable",
        ];
        return string.Join('\n', headers) + "\n\n" + Encode(body);
    }

    /// <summary><paramref name="body"/> in quoted-printable: each of its lines encoded and cut by soft breaks, the lines joined by line breaks.</summary>
    internal static string Encode(string body) =>
        string.Join('\n', body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(EncodeLine));

    private static string EncodeLine(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var sb = new StringBuilder();
        var width = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var last = i == bytes.Length - 1;
            // Printable ASCII but "=" stands as it is; so do a space and a tab, except at the end of a line, where a mail program would drop them.
            var literal = (b is >= 33 and <= 126 && b != (byte)'=') || (b is (byte)' ' or (byte)'\t' && !last);
            var token = literal ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"={b:X2}");
            // A soft break ("=") must fit on the line too, unless this token ends the line.
            if (width + token.Length > (last ? LineLength : LineLength - 1))
            {
                sb.Append("=\n");
                width = 0;
            }

            sb.Append(token);
            width += token.Length;
        }

        return sb.ToString();
    }
}
