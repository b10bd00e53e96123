using Breakcard.Detection.Pipeline;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The ids (and release positions) of the last <see cref="Capacity"/> events a shard applied, by
/// their stream sequence, so the shard's alerts can name their evidence as <c>MonitorSession</c>'s
/// do (ADR 0155). A shard sees a subset of the stream's sequences, not in sequence order, so the
/// engine's <c>EventIdStore</c> (contiguous sequences) does not fit; this keeps its text the same
/// way, as characters in pages (<see cref="PagedText"/>). Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note (ADR 0276): the ids are copied into one ring of characters and the entries
/// live in arrays of numbers, with a sequence → slot map of numbers, instead of one record holding
/// the event's string per event. A shard retains a million events: with a record and a string per
/// event every one of them outlived the young generation and was copied into the older ones, which
/// made the garbage collector's pauses a large share of a shard's cost per event. Nothing here is
/// one large array (ADR 0324): the entries are kept in pages of 2,048, the text in pages of 64 KB,
/// and the sequence → slot map in 1,024 slices by sequence, each below the large-object heap's
/// 85,000 bytes even at the full capacity. Arrays that doubled as a shard filled went on that heap
/// (six shards' rings, maps and text: ≈ 34 MB per 120,000-event stream), and the runtime collects
/// it only in full collections, so those made the collections that fell in a stream full ones.
/// Pages are made as the shard fills, so a short stream still does not pay for a full ring.
/// </remarks>
internal sealed class ShardEventIds
{
    private const int PageShift = 11;
    private const int PageEntries = 1 << PageShift;
    private const int MapSlices = 1024;
    private readonly int _capacity;
    private readonly Dictionary<long, int>?[] _slots = new Dictionary<long, int>?[MapSlices];
    private readonly Entry[]?[] _pages;
    private readonly PagedText _text = new();
    private long _added;

    /// <summary>Keeps the last <paramref name="capacity"/> events.</summary>
    public ShardEventIds(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _pages = new Entry[]?[((capacity - 1) >> PageShift) + 1];
    }

    /// <summary>Events kept at most.</summary>
    public int Capacity => _capacity;

    /// <summary>Events kept now.</summary>
    public int Count => (int)Math.Min(_added, _capacity);

    /// <summary>Keeps event <paramref name="sequence"/>'s id and release, dropping the oldest beyond the capacity; false when it is kept already.</summary>
    public bool TryAdd(long sequence, ReadOnlySpan<char> id, long release)
    {
        var slots = _slots[Slice(sequence)] ??= [];
        if (slots.ContainsKey(sequence))
        {
            return false;
        }

        var at = (int)(_added % _capacity);
        ref var entry = ref Slot(at);
        if (_added >= _capacity)
        {
            // The slot holds the oldest kept event: it goes.
            _slots[Slice(entry.Sequence)]!.Remove(entry.Sequence);
        }

        slots.Add(sequence, at);

        // The text still needed once this id is in starts with the oldest event that stays kept.
        var oldest = Math.Max(0, _added + 1 - _capacity);
        var keepFrom = oldest == _added ? _text.End : Slot((int)(oldest % _capacity)).Start;
        entry = new Entry(sequence, release, _text.Append(id, keepFrom), id.Length);
        _added++;
        return true;
    }

    /// <summary>The id of event <paramref name="sequence"/>, or null when it is not (or no longer) kept.</summary>
    public string? IdOf(long sequence)
    {
        if (_slots[Slice(sequence)] is not { } slots || !slots.TryGetValue(sequence, out var at))
        {
            return null;
        }

        ref readonly var entry = ref Slot(at);
        return _text.Read(entry.Start, entry.Length);
    }

    /// <summary>The kept events, oldest first: sequence, id and release (for checkpoints).</summary>
    public IEnumerable<(long Sequence, string Id, long Release)> InOrder()
    {
        for (var n = _added - Count; n < _added; n++)
        {
            var e = Slot((int)(n % _capacity));
            yield return (e.Sequence, _text.Read(e.Start, e.Length), e.Release);
        }
    }

    private static int Slice(long sequence) => (int)((ulong)sequence % MapSlices);

    private ref Entry Slot(int at) => ref (_pages[at >> PageShift] ??= new Entry[PageEntries])[at & (PageEntries - 1)];

    /// <summary>One kept event: 32 bytes, so a page of 2,048 is 64 KB.</summary>
    private readonly record struct Entry(long Sequence, long Release, long Start, int Length);
}
