using System.Text;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 457: the text a reader is shown, when what was posted is a file that wraps it — a rich-text post's HTML source or a video's
/// subtitle file (<see cref="SubtitleFile"/>, <see cref="MarkupSource"/>). Each shown character keeps the span of the original it
/// came from, so the normaliser reads the shown text and its reasons still quote what was posted.
/// </summary>
internal sealed class ShownText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _start = [];
    private readonly List<int> _end = [];

    // The text as a string, made when first read after a change: Of reads it before each later pass and the normaliser once more,
    // and each read made a new copy of a text of some hundred characters (ADR 461).
    private string? _string;

    /// <summary>The shown text so far.</summary>
    public string Text => _string ??= _text.ToString();

    /// <summary>The number of shown characters so far.</summary>
    public int Length => _text.Length;

    /// <summary>
    /// Shown positions where markup a page does not show stood inside a word (银&lt;b&gt;&lt;/b&gt;行卡): the character there is read as
    /// separated from the one before, as a planted separator is.
    /// </summary>
    public List<int> Breaks { get; } = [];

    /// <summary>The shown character at <paramref name="index"/>.</summary>
    public char At(int index) => _text[index];

    /// <summary>The last shown character, or '\n' when none.</summary>
    public char Last => _text.Length == 0 ? '\n' : _text[^1];

    /// <summary>Appends <paramref name="c"/>, shown for the original span [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public void Add(char c, int start, int end)
    {
        _string = null;
        _text.Append(c);
        _start.Add(start);
        _end.Add(end);
    }

    /// <summary>Appends the original characters [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="original"/>, each for itself.</summary>
    public void Copy(string original, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Add(original[i], i, i + 1);
        }
    }

    /// <summary>
    /// This shown text read again through <paramref name="outer"/>, the shown text it was made from: spans of <paramref name="outer"/>'s
    /// text become spans of the first original.
    /// </summary>
    public ShownText Through(ShownText outer)
    {
        var composed = new ShownText();
        var outerBreaks = new HashSet<int>(outer.Breaks);
        var text = Text; // a string's indexer, not the builder's, which walks its chunks
        for (var i = 0; i < text.Length; i++)
        {
            composed.Add(text[i], outer._start[_start[i]], outer._end[_end[i] - 1]);
            if (outerBreaks.Contains(_start[i]))
            {
                composed.Breaks.Add(i); // a break in the outer layer's text stays before the same character
            }
        }

        composed.Breaks.AddRange(Breaks);

        return composed;
    }

    /// <summary>Marks, in <paramref name="folded"/> (folded from the shown text), the characters that stand at a break.</summary>
    public void MarkBreaks(FoldBuffer folded)
    {
        if (Breaks.Count == 0)
        {
            return;
        }

        var breaks = new HashSet<int>(Breaks);
        for (var i = 0; i < folded.Count; i++)
        {
            if (breaks.Contains(folded.Start[i]))
            {
                folded.Flags[i] |= FoldBuffer.SeparatorBefore;
            }
        }
    }

    /// <summary>The span of the original that shown characters [<paramref name="from"/>, <paramref name="to"/>) came from.</summary>
    public (int Start, int End) Posted(int from, int to)
    {
        var start = int.MaxValue;
        var end = 0;
        for (var i = from; i < Math.Max(to, from + 1) && i < _start.Count; i++)
        {
            start = Math.Min(start, _start[i]);
            end = Math.Max(end, _end[i]);
        }

        return start == int.MaxValue ? (from, to) : (start, end);
    }

    /// <summary>
    /// The shown text of <paramref name="original"/> when it is a container that wraps it, or null when it is none and is read as
    /// written. A transfer encoding (ADR 465: a JSON or JavaScript export's \uXXXX escapes, a pasted link's percent-encoding, an
    /// e-mail's quoted-printable body or encoded words; a whole mail's source, its headers, MIME parts, Base64 and charsets, ADR 479) is
    /// undone first, as the receiving program would; then a calendar invitation's or
    /// contact card's source is read for its shown values (ADR 468); then a subtitle or lyric file's cues, then markup (HTML, a forum's
    /// BBCode), then cues again, either layer wrapping the other (a WebVTT cue carries tags; a cue file pasted into a rich-text editor
    /// is wrapped in paragraphs); last, Base64 runs of text are decoded (ADR 468), over the cues and lines they were cut into (ADR 474). Each reader checks its own syntax first and returns null
    /// at once when it is absent, so an ordinary text costs a few scans and is read exactly as before.
    /// </summary>
    public static ShownText? Of(string original)
    {
        ShownText? shown = null;
        foreach (var layer in Layers)
        {
            var next = layer(shown?.Text ?? original);
            if (next is not null)
            {
                shown = shown is null ? next : next.Through(shown);
            }
        }

        return shown;
    }

    private static readonly Func<string, ShownText?>[] Layers =
    [
        // ADR 479: a mail's source before the encoded words and loose quoted-printable MailEncoding reads, which its shown headers may hold.
        EscapedText.Read, MailMessage.Read, MailEncoding.Read, PercentEncoding.Read, CalendarSource.Read,
        SubtitleFile.Read, LyricFile.Read, MarkupSource.Read, ForumMarkup.Read, SubtitleFile.Read,

        // ADR 474: last, so a clause cut into cues or wrapped in markup is read whole, as the decoder it is pasted into reads it.
        Base64Text.Read,
    ];
}
