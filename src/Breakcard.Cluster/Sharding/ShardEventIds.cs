namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The ids (and release positions) of the last <see cref="Capacity"/> events a shard applied, by
/// their stream sequence, so the shard's alerts can name their evidence as <c>MonitorSession</c>'s
/// do (ADR 0155). A shard sees a subset of the stream's sequences, not in sequence order, so the
/// engine's <c>EventIdStore</c> (contiguous sequences) does not fit; this keeps the same layout
/// idea. Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note (ADR 0276): the ids are copied into one ring of characters and the entries
/// live in arrays of numbers, with a sequence → slot map of numbers, instead of one record holding
/// the event's string per event. A shard retains a million events: with a record and a string per
/// event every one of them outlived the young generation and was copied into the older ones, which
/// made the garbage collector's pauses a large share of a shard's cost per event. Arrays grow by
/// doubling up to the capacity, so a short stream does not pay for a full ring.
/// </remarks>
internal sealed class ShardEventIds
{
    private const int FirstSize = 1024;
    private readonly int _capacity;
    private readonly Dictionary<long, int> _slots = [];
    private long[] _sequences;
    private long[] _releases;
    private long[] _starts;
    private int[] _lengths;
    private char[] _text = new char[FirstSize * 16];
    private long _textEnd;
    private long _added;

    /// <summary>Keeps the last <paramref name="capacity"/> events.</summary>
    public ShardEventIds(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        var size = Math.Min(FirstSize, capacity);
        (_sequences, _releases, _starts, _lengths) = (new long[size], new long[size], new long[size], new int[size]);
    }

    /// <summary>Events kept at most.</summary>
    public int Capacity => _capacity;

    /// <summary>Events kept now.</summary>
    public int Count => (int)Math.Min(_added, _capacity);

    /// <summary>Keeps event <paramref name="sequence"/>'s id and release, dropping the oldest beyond the capacity; false when it is kept already.</summary>
    public bool TryAdd(long sequence, ReadOnlySpan<char> id, long release)
    {
        if (_slots.ContainsKey(sequence))
        {
            return false;
        }

        if (_added == _sequences.Length && _sequences.Length < _capacity)
        {
            // Never wrapped yet (the ring wraps only at its full size), so the entries stay in place.
            var size = (int)Math.Min((long)_sequences.Length * 2, _capacity);
            Array.Resize(ref _sequences, size);
            Array.Resize(ref _releases, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
        }

        var at = (int)(_added % _sequences.Length);
        if (_added >= _capacity)
        {
            // The slot holds the oldest kept event: it goes.
            _slots.Remove(_sequences[at]);
        }

        _slots.Add(sequence, at);

        // The text still needed once this id is in starts with the oldest event that stays kept.
        var oldest = Math.Max(0, _added + 1 - _capacity);
        var keepFrom = oldest == _added ? _textEnd : _starts[(int)(oldest % _sequences.Length)];
        if (_textEnd + id.Length - keepFrom > _text.Length)
        {
            GrowText(keepFrom, _textEnd + id.Length - keepFrom);
        }

        Copy(id, _text, _textEnd);
        _sequences[at] = sequence;
        _releases[at] = release;
        _starts[at] = _textEnd;
        _lengths[at] = id.Length;
        _textEnd += id.Length;
        _added++;
        return true;
    }

    /// <summary>The id of event <paramref name="sequence"/>, or null when it is not (or no longer) kept.</summary>
    public string? IdOf(long sequence)
    {
        if (!_slots.TryGetValue(sequence, out var at))
        {
            return null;
        }

        return string.Create(_lengths[at], (this, _starts[at]), static (chars, state) => state.Item1.CopyOut(state.Item2, chars));
    }

    /// <summary>The kept events, oldest first: sequence, id and release (for checkpoints).</summary>
    public IEnumerable<(long Sequence, string Id, long Release)> InOrder()
    {
        for (var n = _added - Count; n < _added; n++)
        {
            var at = (int)(n % _sequences.Length);
            yield return (_sequences[at], IdOf(_sequences[at])!, _releases[at]);
        }
    }

    private void GrowText(long keepFrom, long needed)
    {
        var kept = new char[_textEnd - keepFrom];
        CopyOut(keepFrom, kept);
        var size = (long)_text.Length * 2;
        while (size < needed)
        {
            size *= 2;
        }

        _text = new char[checked((int)Math.Min(size, Array.MaxLength))];
        if (needed > _text.Length)
        {
            throw new InvalidOperationException("the shard's retained event ids do not fit in memory");
        }

        Copy(kept, _text, keepFrom);
    }

    // Positions count characters written since the start; the ring holds position p at p mod length.
    private static void Copy(ReadOnlySpan<char> chars, char[] ring, long position)
    {
        var at = (int)(position % ring.Length);
        var first = Math.Min(chars.Length, ring.Length - at);
        chars[..first].CopyTo(ring.AsSpan(at));
        chars[first..].CopyTo(ring);
    }

    private void CopyOut(long position, Span<char> chars)
    {
        var at = (int)(position % _text.Length);
        var first = Math.Min(chars.Length, _text.Length - at);
        _text.AsSpan(at, first).CopyTo(chars);
        _text.AsSpan(0, chars.Length - first).CopyTo(chars[first..]);
    }
}
