using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Pipeline;

/// <summary>
/// The ids of the most recent input events by sequence, so evidence (kept as sequences in the
/// engine's compact state) can name its events. A ring of <see cref="Capacity"/> ids: evidence
/// older than that names its event by sequence only. Not thread safe.
/// </summary>
public sealed class EventIdStore : IEventIdLookup
{
    private readonly string?[] _ring;
    private long _next;

    /// <summary>Creates a store that keeps the last <paramref name="capacity"/> ids.</summary>
    public EventIdStore(int capacity = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ring = new string?[capacity];
    }

    /// <summary>Ids kept at most.</summary>
    public int Capacity => _ring.Length;

    /// <summary>The sequence the next event gets.</summary>
    public long Next => _next;

    /// <summary>Records the id of the next event and returns its sequence.</summary>
    public long Add(string id)
    {
        _ring[_next % _ring.Length] = id;
        return _next++;
    }

    /// <inheritdoc />
    public string? IdOf(long sequence) =>
        sequence >= 0 && sequence < _next && sequence >= _next - _ring.Length ? _ring[sequence % _ring.Length] : null;

    /// <summary>Writes the retained ids (for checkpoints).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_ring.Length);
        writer.Write(_next);
        var first = Math.Max(0, _next - _ring.Length);
        for (var s = first; s < _next; s++)
        {
            writer.Write(_ring[s % _ring.Length] ?? string.Empty);
        }
    }

    /// <summary>Restores ids written by <see cref="Write"/>.</summary>
    public void Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadInt32() != _ring.Length)
        {
            throw new InvalidDataException("the snapshot's event-id store has another capacity");
        }

        _next = reader.ReadInt64();
        Array.Clear(_ring);
        var first = Math.Max(0, _next - _ring.Length);
        for (var s = first; s < _next; s++)
        {
            _ring[s % _ring.Length] = reader.ReadString();
        }
    }
}
