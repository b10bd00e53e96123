using Breakcard.Detection.Pipeline;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The ids (and release positions) of the last <see cref="Capacity"/> events a shard applied, by
/// their stream sequence, so the shard's alerts can name their evidence as <c>MonitorSession</c>'s
/// do (ADR 0155). A shard sees a subset of the stream's sequences, not in sequence order, so the
/// engine's <c>EventIdStore</c> (contiguous sequences) does not fit; this keeps its text the same
/// way, in a <see cref="CharRing"/>. Not thread safe.
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
    private readonly CharRing _text = new(FirstSize * 16);
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
        var keepFrom = oldest == _added ? _text.End : _starts[(int)(oldest % _sequences.Length)];
        _starts[at] = _text.Append(id, keepFrom);
        _sequences[at] = sequence;
        _releases[at] = release;
        _lengths[at] = id.Length;
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

        return _text.Read(_starts[at], _lengths[at]);
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
}
