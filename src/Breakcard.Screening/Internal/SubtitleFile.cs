using System.Text.RegularExpressions;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 457: an ad posted as a video's subtitle file (SRT or WebVTT) is cut into numbered, timed cues of a caption's width, so a key
/// word can stand half in one cue and half in the next, with a cue number and a time line between. Read as what the viewer sees:
/// the header, cue numbers and time lines go and the cues' texts are joined — Chinese directly where the caption's width cut the
/// text, Latin words with a space. Only a text with at least two time lines (00:00:01,000 --> 00:00:03,500) is a cue file.
/// </summary>
internal static partial class SubtitleFile
{
    private const int MinTimeLines = 2;

    /// <summary>The cues' text of <paramref name="original"/>, or null when it is not a subtitle file.</summary>
    public static ShownText? Read(string original)
    {
        if (!original.Contains("-->", StringComparison.Ordinal))
        {
            return null;
        }

        var lines = Lines(original);
        var timed = new bool[lines.Count];
        var count = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            timed[k] = TimeLine().IsMatch(original.AsSpan(lines[k].Start, lines[k].End - lines[k].Start));
            count += timed[k] ? 1 : 0;
        }

        if (count < MinTimeLines)
        {
            return null;
        }

        var cues = new List<(int Start, int End)>();
        var inCue = false;
        for (var k = 0; k < lines.Count; k++)
        {
            var (start, end) = Trimmed(original, lines[k]);
            if (timed[k])
            {
                inCue = true;
                continue;
            }

            if (start == end)
            {
                inCue = false; // a blank line ends a cue
                continue;
            }

            // Text before the first cue (WEBVTT, a style or note block) and a cue's number or identifier are no words of the ad.
            if (inCue && !(k + 1 < lines.Count && timed[k + 1]))
            {
                cues.Add((start, end));
            }
        }

        var width = cues.Count == 0 ? 0 : cues.Max(c => c.End - c.Start);
        var shown = new ShownText();
        for (var k = 0; k < cues.Count; k++)
        {
            if (k > 0)
            {
                Join(shown, original[cues[k].Start], cues[k - 1], width);
            }

            shown.Copy(original, cues[k].Start, cues[k].End);
        }

        return shown;
    }

    /// <summary>
    /// Joins a cue to the one before (<paramref name="before"/>): Latin letters or digits on both sides of the cut stand apart (two
    /// English words); a Chinese cue cut at the caption's full <paramref name="width"/> was cut wherever it stood, a key word included,
    /// and runs on; one that ends short of the width ended its line or its clause (a line of a poem, a word written down the lines'
    /// first characters, a list item ending on its colon), which stays a line — readings see its end as the posted file shows it,
    /// now that they read the shown text (ADR 465).
    /// </summary>
    private static void Join(ShownText shown, char next, (int Start, int End) before, int width)
    {
        var last = shown.Last;
        if (char.IsAsciiLetterOrDigit(last) && char.IsAsciiLetterOrDigit(next))
        {
            shown.Add(' ', before.End, before.End + 1);
        }
        else if (!char.IsAscii(last) && before.End - before.Start < width - 1)
        {
            shown.Add('\n', before.End, before.End + 1);
        }
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add((start, text.Length));
                break;
            }

            lines.Add((start, end));
            start = end + 1;
        }

        return lines;
    }

    private static (int Start, int End) Trimmed(string text, (int Start, int End) line)
    {
        var (start, end) = line;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    // SRT writes 00:00:01,000, WebVTT 00:01.000 or 00:00:01.000; WebVTT may put cue settings after the end time.
    [GeneratedRegex(@"^\s*(\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(\s+[^\n]*)?\s*$")]
    private static partial Regex TimeLine();
}
