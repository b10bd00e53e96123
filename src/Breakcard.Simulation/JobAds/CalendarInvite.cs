using System.Globalization;
using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 29's held-out disguise <see cref="Evasion.CalendarInvite"/>: the ad as the source of a calendar invitation (iCalendar, RFC 5545), as
/// invitation spam lands in phones' calendars and a mail or calendar gateway reads the .ics text — BEGIN:VCALENDAR, a product id, BEGIN:VEVENT,
/// a uid, a start and an end, the ad's first line as the SUMMARY and the whole ad as the DESCRIPTION, END:VEVENT, END:VCALENDAR. A property
/// value is one line: the ad's line breaks are written as the two characters <c>\n</c>, and its own backslashes, commas and semicolons are
/// escaped (<c>\\</c>, <c>\,</c>, <c>\;</c>; full-width marks are not). Every content line longer than 75 octets of UTF-8 is folded — a line
/// break and a space — wherever the octets run out, a key word included, never inside a character (three octets a Chinese character,
/// four an emoji). Unlike subtitle cues (a reflow at marks, each piece under a number and a time) or markup (tags around an unchanged
/// text), the ad is one escaped value cut by byte count. No template writes a calendar line (a test checks).
/// </summary>
internal static class CalendarInvite
{
    /// <summary>The longest content line, in octets, before it is folded (RFC 5545, 3.1).</summary>
    internal const int FoldOctets = 75;

    /// <summary>The product ids of the calendars that send invitations.</summary>
    internal static readonly string[] Products = ["-//Apple Inc.//iCloud 2.0//EN", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//Google Inc//Google Calendar 70.9054//EN"];

    /// <summary><paramref name="text"/> as an invitation's source; unchanged when it holds nothing but white space.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var body = text.Trim();
        if (body.Length == 0)
        {
            return text;
        }

        var summary = body.Split('\n')[0].Trim();
        var start = new DateTime(2026, random.NextInt(1, 13), random.NextInt(1, 29), random.NextInt(0, 24), random.NextInt(0, 4) * 15, 0, DateTimeKind.Utc);
        var end = start.AddMinutes(30 * random.NextInt(1, 5));
        string[] lines =
        [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + random.Pick(Products), "METHOD:REQUEST", "BEGIN:VEVENT",
            string.Create(CultureInfo.InvariantCulture, $"UID:{random.NextInt(0, int.MaxValue):x8}-{random.NextInt(0, 65536):x4}@invite.calendar"),
            "DTSTART:" + Stamp(start), "DTEND:" + Stamp(end), "SUMMARY:" + Escape(summary), "DESCRIPTION:" + Escape(body),
            "END:VEVENT", "END:VCALENDAR",
        ];
        return string.Join('\n', lines.Select(Fold));
    }

    /// <summary>A property value as RFC 5545 writes text: backslash, comma and semicolon escaped, each line break the two characters \n.</summary>
    internal static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary><paramref name="line"/> folded: at most 75 octets on its first line and 74 after each continuation's leading space, cut between characters.</summary>
    internal static string Fold(string line)
    {
        var sb = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > FoldOctets)
            {
                sb.Append("\n ");
                octets = 1;
            }

            sb.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        return sb.ToString();
    }

    private static string Stamp(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
