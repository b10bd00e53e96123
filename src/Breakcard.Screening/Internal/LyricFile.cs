using System.Text.RegularExpressions;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 465: an ad posted as a song's lyric file (LRC, as music and short-video apps take one) puts a time tag before every line
/// ([00:12.34]), tags of its own at the head ([ti:…] [ar:…] [offset:…]) and, in the enhanced form, a time before each word
/// (&lt;00:12.80&gt;). A player shows only the lines. Read as shown: time and head tags go, each lyric line stays a line (a singer's
/// lines are lines, not a caption's width cut wherever it stood). Only a text with two or more lines opening on a time tag is a
/// lyric file; "[10:30] 开会" once in a note is read as written.
/// </summary>
internal static partial class LyricFile
{
    private const int MinTimedLines = 2;

    /// <summary>The lyric lines of <paramref name="source"/>, or null when it is not a lyric file.</summary>
    public static ShownText? Read(string source)
    {
        if (!source.Contains('[', StringComparison.Ordinal) || TimedLine().Count(source) < MinTimedLines)
        {
            return null;
        }

        var shown = new ShownText();
        var start = 0;
        while (start <= source.Length)
        {
            var end = source.IndexOf('\n', start);
            end = end < 0 ? source.Length : end;
            AddLine(shown, source, start, end);
            start = end + 1;
        }

        return shown;
    }

    private static void AddLine(ShownText shown, string source, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(source[i]))
            {
                i++;
                continue;
            }

            var tag = Tag().Match(source, i); // a tag cannot run past its line: no ] or line end inside one
            if (!tag.Success)
            {
                break;
            }

            i += tag.Length;
        }

        var from = shown.Length;
        while (i < end)
        {
            if (source[i] == '<' && WordTime().Match(source, i) is { Success: true } time && time.Index + time.Length <= end)
            {
                i += time.Length; // a word's own time in the enhanced form
                continue;
            }

            shown.Add(source[i], i, i + 1);
            i++;
        }

        if (shown.Length > from && end < source.Length)
        {
            shown.Add('\n', end, end + 1);
        }
    }

    // A time tag [mm:ss], [mm:ss.xx] or [mm:ss:xx]; a head tag [ti:…], [ar:…], [al:…], [au:…], [by:…], [re:…], [ve:…], [offset:…], [length:…].
    [GeneratedRegex(@"\G\[(?:\d{1,3}:\d{2}(?:[.:]\d{1,3})?|(?:ti|ar|al|au|by|re|ve|offset|length|#):[^\]\n]{0,200})\]", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^[ \t]*\[\d{1,3}:\d{2}(?:[.:]\d{1,3})?\]", RegexOptions.Multiline)]
    private static partial Regex TimedLine();

    [GeneratedRegex(@"\G<\d{1,3}:\d{2}(?:[.:]\d{1,3})?>")]
    private static partial Regex WordTime();
}
