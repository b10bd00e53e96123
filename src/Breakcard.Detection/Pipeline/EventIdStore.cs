using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Pipeline;

/// <summary>
/// The ids of the most recent input events by sequence, so evidence (kept as sequences in the
/// engine's compact state) can name its events. Keeps the last <see cref="Capacity"/> ids:
/// evidence older than that names its event by sequence only. Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note: the ids are copied into one ring of characters (growing to fit the ids'
/// lengths) instead of keeping the event's own strings. Holding a million recent id strings kept
/// every one of them alive past the young generation, so each was copied into older generations
/// and collected there — on a 10-million-event run that cost more collector time than the engine
/// took. Now the event's strings die young, and a string is made only when an alert names an id.
/// </remarks>
public sealed class EventIdStore : IEventIdLookup
{
    private readonly long[] _starts;
    private readonly int[] _lengths;
    private char[] _text;
    private long _textEnd;
    private long _next;

    /// <summary>Creates a store that keeps the last <paramref name="capacity"/> ids.</summary>
    public EventIdStore(int capacity = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _starts = new long[capacity];
        _lengths = new int[capacity];
        _text = new char[(int)Math.Min((long)capacity * 16, 1 << 20)];
    }

    /// <summary>Ids kept at most.</summary>
    public int Capacity => _starts.Length;

    /// <summary>The sequence the next event gets.</summary>
    public long Next => _next;

    /// <summary>Records the id of the next event and returns its sequence.</summary>
    public long Add(string id) => Add((id ?? throw new ArgumentNullException(nameof(id))).AsSpan());

    /// <summary>Records the id of the next event and returns its sequence.</summary>
    public long Add(ReadOnlySpan<char> id)
    {
        // The text still needed once this id is in starts with the oldest id that stays retained.
        var oldest = _next - _starts.Length + 1;
        var keepFrom = oldest > 0 ? _starts[oldest % _starts.Length] : 0;
        if (_textEnd + id.Length - keepFrom > _text.Length)
        {
            Grow(keepFrom, _textEnd + id.Length - keepFrom);
        }

        CopyIn(_textEnd, id);
        var slot = _next % _starts.Length;
        _starts[slot] = _textEnd;
        _lengths[slot] = id.Length;
        _textEnd += id.Length;
        return _next++;
    }

    /// <inheritdoc />
    public string? IdOf(long sequence)
    {
        if (sequence < 0 || sequence >= _next || sequence < _next - _starts.Length)
        {
            return null;
        }

        var slot = sequence % _starts.Length;
        return string.Create(_lengths[slot], (this, _starts[slot]), static (chars, state) => state.Item1.CopyOut(state.Item2, chars));
    }

    /// <summary>Writes the retained ids (for checkpoints).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_starts.Length);
        writer.Write(_next);
        var first = Math.Max(0, _next - _starts.Length);
        for (var s = first; s < _next; s++)
        {
            writer.Write(IdOf(s)!);
        }
    }

    /// <summary>Restores ids written by <see cref="Write"/>.</summary>
    public void Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadInt32() != _starts.Length)
        {
            throw new InvalidDataException("the snapshot's event-id store has another capacity");
        }

        var next = reader.ReadInt64();
        if (next < 0)
        {
            throw new InvalidDataException("negative event count in the snapshot's event-id store");
        }

        Array.Clear(_starts);
        Array.Clear(_lengths);
        _textEnd = 0;
        _next = Math.Max(0, next - _starts.Length);
        while (_next < next)
        {
            Add(reader.ReadString());
        }
    }

    private void Grow(long keepFrom, long needed)
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
            throw new InvalidOperationException("The retained event ids do not fit in memory: lower the number of ids retained.");
        }

        CopyIn(keepFrom, kept);
    }

    // Positions count characters written since the start; the ring holds position p at p mod length.
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
