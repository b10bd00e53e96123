using System.Globalization;
using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 28's held-out disguise (development since round 29) <see cref="Evasion.SubtitleCues"/>: the ad as the subtitle track of a short video — the text cut into
/// numbered cues, each under a time line (<c>00:00:01,200 --> 00:00:03,450</c>), as recruiters post an offer as captions burned into
/// or attached to a video, and what a platform reads is the extracted subtitle file (SRT). A cue holds at most eight to fourteen
/// characters of a Chinese text (twenty-eight to forty-two of an English one, drawn once per ad; a mark right after the width stays
/// with its cue), cut after the last punctuation mark or space that fits and, where none does, in the middle of whatever stands there — a key word included, so that its halves
/// stand in two cues with a number and a time line between them. English cues are cut only at spaces. No character of the ad
/// changes; only its line breaks and the spaces at the cuts go. Unlike line breaks (one key word broken on purpose), a comment
/// thread (the ad under speakers' names) or a voice transcript (the ad's marks gone), the whole text is reflowed to a caption's
/// width and every piece stands under a cue number and a time code, which no template writes (a test checks).
/// </summary>
internal static class SubtitleCues
{
    private const string Breaks = "，。！？；：、,.!?;: ";

    /// <summary><paramref name="text"/> as numbered, timed cues (SRT); unchanged when it holds nothing but white space.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var width = chinese ? random.NextInt(8, 15) : random.NextInt(28, 43);
        var cues = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var rest = line.Trim();
            while (rest.Length > 0)
            {
                var cut = Cut(rest, width, chinese);
                cues.Add(rest[..cut].Trim());
                rest = rest[cut..].TrimStart();
            }
        }

        if (cues.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder();
        var at = random.NextInt(0, 1500);
        for (var i = 0; i < cues.Count; i++)
        {
            // About a fifth of a second a character, as captions are timed to speech, and a short gap before the next cue.
            var end = at + 800 + (180 * cues[i].Length) + random.NextInt(0, 400);
            sb.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : "\n\n")}{i + 1}\n{Time(at)} --> {Time(end)}\n{cues[i]}");
            at = end + random.NextInt(0, 200);
        }

        return sb.ToString();
    }

    /// <summary>Where the first cue of <paramref name="line"/> ends: the whole line when it fits, else after the last break that fits, else at the width.</summary>
    private static int Cut(string line, int width, bool chinese)
    {
        if (line.Length <= width)
        {
            return line.Length;
        }

        // A mark right after the width still ends the cue (captions never open with a comma), so a Chinese cue may hold one more.
        for (var i = chinese ? width + 1 : width; i >= 1; i--)
        {
            // A break that fits: a mark ends the cue (it stays in it), a space is the cut itself.
            if (chinese ? i > 1 && Breaks.Contains(line[i - 1], StringComparison.Ordinal) : line[i] == ' ')
            {
                return i;
            }
        }

        if (!chinese && line.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space)
        {
            return space; // an English word longer than the width stands alone in its cue
        }

        // No break fits: cut at the width, but never inside a surrogate pair or before a mark that belongs to the character before it.
        var cut = Math.Min(width, line.Length);
        while (cut > 1 && cut < line.Length && (char.IsLowSurrogate(line[cut]) || IsMark(line[cut])))
        {
            cut--;
        }

        return cut;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.Format or UnicodeCategory.SpacingCombiningMark;

    private static string Time(int milliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 3_600_000:D2}:{milliseconds / 60_000 % 60:D2}:{milliseconds / 1000 % 60:D2},{milliseconds % 1000:D3}");
}
