namespace Breakcard.Detection.Pipeline;

/// <summary>
/// A ring of characters addressed by running position (characters appended since the start or the
/// last <see cref="Reset"/>): text older than what the caller still needs may be overwritten, and
/// the ring doubles when the text still needed does not fit. Holds many short strings (event ids)
/// as one array, so they do not live on as objects (see <see cref="EventIdStore"/>). Not thread safe.
/// </summary>
public sealed class CharRing
{
    private char[] _text;
    private long _end;

    /// <summary>A ring of <paramref name="length"/> characters to start with.</summary>
    public CharRing(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        _text = new char[length];
    }

    /// <summary>The position the next text is appended at.</summary>
    public long End => _end;

    /// <summary>
    /// Appends <paramref name="chars"/> and returns the position it starts at; text from
    /// <paramref name="keepFrom"/> on (a position) is kept, older text may be overwritten.
    /// </summary>
    public long Append(ReadOnlySpan<char> chars, long keepFrom)
    {
        if (_end + chars.Length - keepFrom > _text.Length)
        {
            Grow(keepFrom, _end + chars.Length - keepFrom);
        }

        CopyIn(_end, chars);
        var start = _end;
        _end += chars.Length;
        return start;
    }

    /// <summary>The <paramref name="length"/> characters at <paramref name="position"/> as a string.</summary>
    public string Read(long position, int length) =>
        string.Create(length, (this, position), static (chars, state) => state.Item1.CopyOut(state.Item2, chars));

    /// <summary>Starts again at position 0 (the text held is forgotten).</summary>
    public void Reset() => _end = 0;

    private void Grow(long keepFrom, long needed)
    {
        var kept = new char[_end - keepFrom];
        CopyOut(keepFrom, kept);
        var size = (long)_text.Length * 2;
        while (size < needed)
        {
            size *= 2;
        }

        _text = new char[checked((int)Math.Min(size, Array.MaxLength))];
        if (needed > _text.Length)
        {
            throw new InvalidOperationException("The retained event ids do not fit in memory: lower the number of ids retained.");
        }

        CopyIn(keepFrom, kept);
    }

    // The ring holds position p at p mod length.
    private void CopyIn(long position, ReadOnlySpan<char> chars)
    {
        var at = (int)(position % _text.Length);
        var first = Math.Min(chars.Length, _text.Length - at);
        chars[..first].CopyTo(_text.AsSpan(at));
        chars[first..].CopyTo(_text);
    }

    private void CopyOut(long position, Span<char> chars)
    {
        var at = (int)(position % _text.Length);
        var first = Math.Min(chars.Length, _text.Length - at);
        _text.AsSpan(at, first).CopyTo(chars);
        _text.AsSpan(0, chars.Length - first).CopyTo(chars[first..]);
    }
}
