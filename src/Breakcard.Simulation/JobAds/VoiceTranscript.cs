using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 26's held-out disguise, development since round 27, <see cref="Evasion.VoiceTranscript"/>: the ad as the automatic captions of a spoken video (口播) or a voice
/// message turned into text. Recruiters read an offer into a short video or a voice note so that no written post is reviewed; what a
/// platform then sees is the speech recogniser's text, which has no written marks: the marks that end a clause or a sentence and the line
/// breaks become pauses (one space), quotation marks and brackets are not spoken, and the speaker's fillers (嗯, 那个, 然后; in English um,
/// like, you know) stand at one to three of the pauses. No character of the words changes: the digits, a decimal point or a thousands comma
/// between digits, a range dash between digits, @, $, % and emoji stay as they are, and so does every key word that holds no mark.
/// </summary>
internal static class VoiceTranscript
{
    /// <summary>Chinese fillers. None holds a key word or a digit (a test checks).</summary>
    internal static readonly string[] Fillers = ["嗯", "那个", "然后", "就是说", "这个这个", "对吧"];

    /// <summary>English fillers.</summary>
    internal static readonly string[] EnglishFillers = ["um", "uh", "like", "you know", "so yeah", "basically"];

    /// <summary>Marks a speaker pauses at (the ideographic space that sets a form's fields apart among them): each run of them, with the white space around it, becomes one space.</summary>
    internal const string PauseMarks = "，。！？；：、…,.!?;:—\n\r\t\u3000";

    /// <summary>Marks that are not spoken: they are dropped, and nothing stands in their place.</summary>
    internal const string SilentMarks = "【】「」『』“”‘《》〈〉（）()[]\"";

    private const int MostFillers = 3;

    /// <summary>
    /// <paramref name="text"/> as a transcript: pauses for the marks of <see cref="PauseMarks"/> (but a '.', ',' or '—' between two digits, or a '.' inside an address),
    /// the marks of <see cref="SilentMarks"/> dropped, and fillers of the text's language (Chinese when it holds any Chinese) at one to three
    /// of the pauses inside it. Unchanged when it holds none of these marks.
    /// </summary>
    public static string Apply(string text, SeededRandom random)
    {
        var sb = new StringBuilder(text.Length);
        var pauses = new List<int>();
        var pending = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (SilentMarks.Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            if ((PauseMarks.Contains(c, StringComparison.Ordinal) && !BetweenDigits(text, i)) || (c == ' ' && (pending || NextIsPause(text, i))))
            {
                pending = true;
                continue;
            }

            if (pending && sb.Length > 0)
            {
                pauses.Add(sb.Length);
                sb.Append(' ');
            }

            pending = false;
            sb.Append(c);
        }

        var spoken = sb.ToString();
        if (spoken == text)
        {
            return text;
        }

        if (pauses.Count == 0)
        {
            return spoken;
        }

        var table = TextLanguage.IsChinese(text) ? Fillers : EnglishFillers;
        var at = pauses.ToArray();
        random.Shuffle(at.AsSpan());
        // From the last pause back, so the earlier positions still hold.
        foreach (var p in at.Take(random.NextInt(1, Math.Min(MostFillers, at.Length) + 1)).OrderDescending())
        {
            sb.Insert(p + 1, random.Pick(table) + " ");
        }

        return sb.ToString();
    }

    /// <summary>
    /// A '.', ',' or '—' that joins two digits (0.5, 1,000, 200—500) is read as part of the number, not as a pause; so is a '.' between two
    /// Latin letters or digits (an address or a handle: hr@xinda.com.cn, t.me), which a recogniser writes as it is.
    /// </summary>
    private static bool BetweenDigits(string text, int i) =>
        i > 0 && i + 1 < text.Length && (text[i] is '.' or ',' or '—' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])
            || text[i] == '.' && char.IsAsciiLetterOrDigit(text[i - 1]) && char.IsAsciiLetterOrDigit(text[i + 1]));

    /// <summary>Whether the white space at <paramref name="i"/> runs into a pause mark (so the pause takes it in).</summary>
    private static bool NextIsPause(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        return j < text.Length && PauseMarks.Contains(text[j], StringComparison.Ordinal) && !BetweenDigits(text, j);
    }
}
