using Breakcard.Screening.Internal;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Normalisation;

/// <summary>
/// Text after normalisation, with a map from every normalised character back to the span of the
/// original text it came from, so a reason can always quote what the author actually wrote
/// (<c>"银 行 咔"</c>, not only <c>银行卡</c>). Immutable.
/// </summary>
public sealed class NormalisedText
{
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly byte[] _flags;
    private readonly ShownText? _shown;

    internal NormalisedText(string posted, ShownText? shown, FoldBuffer folded, IReadOnlyList<TermMatch> terms)
    {
        Posted = posted;
        _shown = shown;
        Original = shown?.Text ?? posted;
        Text = new string(folded.Chars, 0, folded.Count);
        _start = folded.Start[..folded.Count];
        _end = folded.End[..folded.Count];
        _flags = folded.Flags[..folded.Count];
        Terms = terms;
    }

    /// <summary>
    /// The text as written, as a reader is shown it: the text itself, or, when it was posted in a container (an HTML source, a
    /// subtitle file, an escaped export; ADR 457, 465), the text the container shows. Readings consult its line ends and marks,
    /// which a container's own syntax (a cue's number and time line, a tag) must not stand in for (ADR 465).
    /// </summary>
    public string Original { get; }

    /// <summary>The text exactly as posted, which reasons quote; the same as <see cref="Original"/> unless it was in a container.</summary>
    public string Posted { get; }

    /// <summary>
    /// The folded text: simplified characters, half-width, lower case, disguises replaced by their
    /// canonical words, and no separators, punctuation, symbols or emoji.
    /// </summary>
    public string Text { get; }

    /// <summary>Vocabulary terms found in <see cref="Text"/>, in order, not overlapping.</summary>
    public IReadOnlyList<TermMatch> Terms { get; }

    /// <summary>The original span [start, end) that normalised characters [<paramref name="start"/>, <paramref name="end"/>) came from.</summary>
    public (int Start, int End) OriginalSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, end);
        var from = int.MaxValue;
        var to = 0;
        for (var i = start; i < end; i++)
        {
            from = Math.Min(from, _start[i]);
            to = Math.Max(to, _end[i]);
        }

        return (from, to);
    }

    /// <summary>The posted span [start, end) that normalised characters [<paramref name="start"/>, <paramref name="end"/>) came from.</summary>
    public (int Start, int End) PostedSpan(int start, int end)
    {
        var span = OriginalSpan(start, end);
        return _shown?.Posted(span.Start, span.End) ?? span;
    }

    /// <summary>The posted text behind normalised characters [<paramref name="start"/>, <paramref name="end"/>), as reasons quote it.</summary>
    public string Quote(int start, int end)
    {
        var (from, to) = PostedSpan(start, end);
        return Posted[from..to];
    }

    /// <summary>True when a clause break (comma, colon, sentence end) was removed right before character <paramref name="index"/>.</summary>
    public bool ClauseBreakBefore(int index) => (_flags[index] & FoldBuffer.ClauseBefore) != 0;

    /// <summary>True when a sentence break (。！？；, a line break, a period before a space) was removed right before character <paramref name="index"/>.</summary>
    public bool SentenceBreakBefore(int index) => (_flags[index] & FoldBuffer.SentenceBefore) != 0;

    /// <summary>True when any term carries any of <paramref name="concepts"/>.</summary>
    public bool Contains(Concept concepts)
    {
        foreach (var t in Terms)
        {
            if (t.Has(concepts))
            {
                return true;
            }
        }

        return false;
    }
}
