using System.Text.RegularExpressions;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 468: an ad posted as the source of a calendar invitation or a contact card (iCalendar, RFC 5545; vCard, RFC 6350) — the form
/// invitation spam takes when a mail or calendar gateway hands on the .ics text. A calendar shows only the text values: the summary, the
/// description, the place, a card's name, title and note. Read as shown: between BEGIN:VCALENDAR (or VCARD) and its END, a line break
/// followed by one space or tab is removed (the writer folds every 75 octets, inside a word if it falls there), each shown property's
/// value becomes a line with \n \, \; \\ unescaped, and the property names and technical lines (UID, DTSTART, PRODID …) are not read as
/// the ad's words. Text outside the block stays as written. Without a BEGIN line and its END the text is read as written.
/// </summary>
internal static partial class CalendarSource
{
    // The properties whose values a calendar or an address book shows as text; every other line (ids, times, versions) is the program's.
    private static readonly HashSet<string> Shown = new(StringComparer.OrdinalIgnoreCase)
    {
        "SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "CATEGORIES", "RESOURCES",
        "FN", "N", "NICKNAME", "ORG", "TITLE", "ROLE", "NOTE", "ADR", "TEL", "EMAIL", "URL",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShownLookup = Shown.GetAlternateLookup<ReadOnlySpan<char>>();

    // Property names are short (DESCRIPTION is the longest shown); a longer one is gathered on the heap.
    private const int NameBuffer = 64;

    /// <summary>The shown values of the calendar or card in <paramref name="source"/>, or null when it holds none.</summary>
    public static ShownText? Read(string source)
    {
        if (source.IndexOf("BEGIN:V", StringComparison.OrdinalIgnoreCase) < 0 || Block().Match(source) is not { Success: true } block)
        {
            return null;
        }

        var shown = new ShownText();
        shown.Copy(source, 0, block.Index);
        var lineStart = block.Index;
        var end = block.Index + block.Length;
        var line = new List<int>(); // one list for every line, refilled (ADR 476: it was one per line)
        while (lineStart < end)
        {
            Unfold(source, lineStart, end, line);
            AddValue(shown, source, line);
            lineStart = line.Count == 0 ? NextLine(source, lineStart, end) : NextLine(source, line[^1], end);
        }

        shown.Copy(source, end, source.Length);
        return shown;
    }

    /// <summary>Fills <paramref name="positions"/> with one content line's characters from <paramref name="start"/>, its folds removed (RFC 5545, 3.1).</summary>
    private static void Unfold(string source, int start, int end, List<int> positions)
    {
        positions.Clear();
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c is '\r' or '\n')
            {
                var next = c == '\r' && i + 1 < end && source[i + 1] == '\n' ? i + 2 : i + 1;
                if (next < end && source[next] is ' ' or '\t')
                {
                    i = next + 1; // a fold: the break and the one white-space character after it are no part of the value
                    continue;
                }

                break;
            }

            positions.Add(i);
            i++;
        }
    }

    /// <summary>Where the content line after the one whose last character is at <paramref name="at"/> starts.</summary>
    private static int NextLine(string source, int at, int end)
    {
        var i = at;
        while (i < end)
        {
            if (source[i] == '\n' && !(i + 1 < end && source[i + 1] is ' ' or '\t'))
            {
                return i + 1;
            }

            i++;
        }

        return end;
    }

    /// <summary>Adds the value of the content line at <paramref name="line"/> as a shown line when its property is one a reader sees.</summary>
    private static void AddValue(ShownText shown, string source, List<int> line)
    {
        // NAME;PARAM=…;PARAM="a:b":value — the value starts after the first colon outside a quoted parameter.
        var colon = -1;
        var quoted = false;
        for (var k = 0; k < line.Count && colon < 0; k++)
        {
            var c = source[line[k]];
            quoted ^= c == '"';
            colon = c == ':' && !quoted ? k : -1;
        }

        if (colon <= 0)
        {
            return;
        }

        var nameEnd = 0;
        while (nameEnd < colon && source[line[nameEnd]] != ';')
        {
            nameEnd++;
        }

        // The name's characters gathered without LINQ or a string (ADR 476); the set is asked through its span lookup.
        Span<char> name = nameEnd <= NameBuffer ? stackalloc char[NameBuffer] : new char[nameEnd];
        for (var k = 0; k < nameEnd; k++)
        {
            name[k] = source[line[k]];
        }

        var property = name[..nameEnd];
        var group = property.LastIndexOf('.'); // a vCard group prefix (item1.TEL)
        if (!ShownLookup.Contains(group < 0 ? property : property[(group + 1)..]))
        {
            return;
        }

        var from = shown.Length;
        for (var k = colon + 1; k < line.Count; k++)
        {
            var at = line[k];
            var c = source[at];
            if (c == '\\' && k + 1 < line.Count)
            {
                var escaped = source[line[k + 1]];
                char? plain = escaped switch { 'n' or 'N' => '\n', ',' => ',', ';' => ';', '\\' => '\\', _ => null };
                if (plain is { } p)
                {
                    shown.Add(p, at, line[k + 1] + 1);
                    k++;
                    continue;
                }
            }

            // An unescaped ; separates a structured value's parts (a card's name or address): shown apart, as a space.
            shown.Add(c == ';' ? ' ' : c, at, at + 1);
        }

        if (shown.Length > from)
        {
            shown.Add('\n', line[^1], line[^1] + 1); // the line's end, shown for its last character: a fold has no place of its own
        }
    }

    // The first BEGIN:VCALENDAR or BEGIN:VCARD at a line's start, to its END line. Implementation note (ADR 476): the END line names
    // its kind in each branch, where it was a backreference (\k<kind>) to the BEGIN line's. A case-insensitive backreference is one
    // construct the source generator does not compile, so the whole pattern ran in the interpreter on every text holding BEGIN:V (a
    // third of round 29's); under IgnoreCase the backreference matched exactly the case variants of the kind it captured, which
    // each branch now names, and the branches keep their order, so the first match is the same.
    [GeneratedRegex(@"^[ \t]*BEGIN:(?:VCALENDAR[ \t]*\r?$[\s\S]*?^END:VCALENDAR|VCARD[ \t]*\r?$[\s\S]*?^END:VCARD)[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Block();
}
