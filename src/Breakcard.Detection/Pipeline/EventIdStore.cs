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
    private readonly CharRing _text;
    private long _next;

    /// <summary>Creates a store that keeps the last <paramref name="capacity"/> ids.</summary>
    public EventIdStore(int capacity = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _starts = new long[capacity];
        _lengths = new int[capacity];
        _text = new CharRing((int)Math.Min((long)capacity * 16, 1 << 20));
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
        var slot = _next % _starts.Length;
        _starts[slot] = _text.Append(id, keepFrom);
        _lengths[slot] = id.Length;
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
        return _text.Read(_starts[slot], _lengths[slot]);
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
        _text.Reset();
        _next = Math.Max(0, next - _starts.Length);
        while (_next < next)
        {
            Add(reader.ReadString());
        }
    }
}
