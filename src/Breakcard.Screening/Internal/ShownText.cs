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

    /// <summary>Maps <paramref name="folded"/>'s spans, which are in the shown text, to spans of the original.</summary>
    public void MapBack(FoldBuffer folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            var start = folded.Start[i];
            var end = Math.Max(folded.End[i], start + 1);
            folded.Start[i] = _start[start];
            folded.End[i] = _end[end - 1];
        }
    }

    /// <summary>
    /// The shown text of <paramref name="original"/> when it is a subtitle file or markup, either wrapping the other (a WebVTT cue
    /// carries tags; a cue file pasted into a rich-text editor is wrapped in paragraphs), or null when it is neither and is read as
    /// written. Cues, markup, then cues again cover either order.
    /// </summary>
    public static ShownText? Of(string original)
    {
        ShownText? shown = null;
        for (var pass = 0; pass < 3; pass++)
        {
            var source = shown?.Text ?? original;
            var next = pass % 2 == 0 ? SubtitleFile.Read(source) : MarkupSource.Read(source);
            if (next is not null)
            {
                shown = shown is null ? next : next.Through(shown);
            }
        }

        return shown;
    }
}
