namespace Breakcard.Cluster.Sharding;

/// <summary>
/// Characters addressed by running position (characters appended since the start), held in pages
/// of <see cref="PageChars"/> characters: text before what the caller still needs is let go a whole
/// page at a time, and its pages are reused. The sharded counterpart of the engine's
/// <c>CharRing</c> for <see cref="ShardEventIds"/>. Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note (ADR 0324): a ring in one array doubles as it fills, and from 85,000 bytes on
/// each new array goes on the large-object heap. The runtime collects that heap only in a full
/// (generation 2) collection, so every shard's ring growing turned the collections that fell in a
/// stream into full ones over the whole heap. A page is 64 KB, below the threshold, and a page is
/// never copied when the text grows.
/// </remarks>
internal sealed class PagedText
{
    /// <summary>Characters per page: 64 KB, below the large-object heap's 85,000 bytes.</summary>
    public const int PageChars = 1 << PageShift;
    private const int PageShift = 15;
    private readonly List<char[]> _pages = [];
    private readonly Stack<char[]> _spare = [];
    private long _firstPage;
    private long _end;

    /// <summary>The position the next text is appended at.</summary>
    public long End => _end;

    /// <summary>Pages held (in use and spare).</summary>
    public int Pages => _pages.Count + _spare.Count;

    /// <summary>
    /// Appends <paramref name="chars"/> and returns the position it starts at; text from
    /// <paramref name="keepFrom"/> on (a position) is kept, older text may be let go.
    /// </summary>
    public long Append(ReadOnlySpan<char> chars, long keepFrom)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(keepFrom, _end);
        while (_pages.Count > 0 && (_firstPage + 1) << PageShift <= keepFrom)
        {
            // Nothing still needed lies on the oldest page: it is reused for new text.
            _spare.Push(_pages[0]);
            _pages.RemoveAt(0);
            _firstPage++;
        }

        if (_pages.Count == 0)
        {
            _firstPage = _end >> PageShift;
        }

        var start = _end;
        while (!chars.IsEmpty)
        {
            var page = (_end >> PageShift) - _firstPage;
            if (page == _pages.Count)
            {
                _pages.Add(_spare.Count > 0 ? _spare.Pop() : new char[PageChars]);
            }

            var at = (int)(_end & (PageChars - 1));
            var n = Math.Min(chars.Length, PageChars - at);
            chars[..n].CopyTo(_pages[(int)page].AsSpan(at));
            chars = chars[n..];
            _end += n;
        }

        return start;
    }

    /// <summary>The <paramref name="length"/> characters at <paramref name="position"/> as a string (the text must still be kept).</summary>
    public string Read(long position, int length)
    {
        if (position < _firstPage << PageShift || position + length > _end)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "the text is no longer (or not yet) held");
        }

        return string.Create(length, (this, position), static (chars, state) => state.Item1.CopyOut(state.Item2, chars));
    }

    private void CopyOut(long position, Span<char> chars)
    {
        while (!chars.IsEmpty)
        {
            var page = _pages[(int)((position >> PageShift) - _firstPage)];
            var at = (int)(position & (PageChars - 1));
            var n = Math.Min(chars.Length, PageChars - at);
            page.AsSpan(at, n).CopyTo(chars);
            chars = chars[n..];
            position += n;
        }
    }
}
