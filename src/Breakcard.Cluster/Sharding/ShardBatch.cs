using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One item of a <see cref="ShardBatch"/>: a <see cref="ShardItem"/>'s fields, its event's id as a
/// slice of the batch's text; its place counts beside it (<see cref="ShardBatch.PlacesOf"/>), so the
/// item holds no reference and a batch's items need no clearing (ADR 0427).
/// </summary>
internal struct ShardBatchItem
{
    public long Sequence;
    public long Release;
    public long ProcessTime;
    public ShardSide Side;
    public int Peer;
    public WireKind Kind;
    public byte Sub;
    public long UnixSeconds;
    public long Value;
    public EventRefs Refs;
    public int IdStart;
    public int IdLength;
}

/// <summary>
/// The batch a shard is applying, in storage the shard reuses from batch to batch (ADR 0286): the
/// items as values in one array and their event ids in one array of characters. Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note: a silo used to decode each item into a <see cref="ShardItem"/> record, a
/// <see cref="WireEvent"/> record and an id string, all garbage once the batch was applied, though a
/// shard needs the id only as characters (to hash it and to copy it into its event-id ring). Those
/// three objects per item were the largest allocation per event on the silo's path after the engine's
/// own. The arrays grow to the largest batch seen and stay.
/// </remarks>
internal sealed class ShardBatch
{
    private ShardBatchItem[] _items = [];
    private ShardPlaces?[] _places = [];
    private char[] _text = new char[1024];
    private int _textLength;

    /// <summary>Items in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Item <paramref name="i"/>.</summary>
    public ref readonly ShardBatchItem this[int i] => ref _items.AsSpan(0, Count)[i];

    /// <summary>The place counts of item <paramref name="i"/> (<see cref="ShardItem.Places"/>).</summary>
    public ShardPlaces? PlacesOf(int i) => _places.AsSpan(0, Count)[i];

    /// <summary>The event id of item <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> IdOf(int i)
    {
        ref readonly var item = ref this[i];
        return _text.AsSpan(item.IdStart, item.IdLength);
    }

    /// <summary>Empties the batch and makes room for <paramref name="count"/> items; nothing of the previous batch stays reachable.</summary>
    public void Reset(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        // Only the place counts are references (ADR 0427): the items, numbers only, are overwritten
        // by the next batch; clearing them (80 B each) was ≈ 0.02 µs per event in the profile.
        Array.Clear(_places, 0, Count);
        if (_items.Length < count)
        {
            // Doubled, not grown to the batch's size, so a run of ever larger batches reallocates rarely (ADR 0411).
            _items = new ShardBatchItem[Math.Max(count, 2 * _items.Length)];
            _places = new ShardPlaces?[_items.Length];
        }

        Count = 0;
        _textLength = 0;
    }

    /// <summary>Room for an id of up to <paramref name="maxChars"/> characters, to be committed by <see cref="Add"/>.</summary>
    public Span<char> TextRoom(int maxChars)
    {
        if (_text.Length - _textLength < maxChars)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + maxChars));
        }

        return _text.AsSpan(_textLength, maxChars);
    }

    /// <summary>Adds <paramref name="item"/> with its <paramref name="places"/>, whose id is the first <paramref name="idLength"/> characters written to <see cref="TextRoom"/>.</summary>
    public void Add(ShardBatchItem item, int idLength, ShardPlaces? places)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
            Array.Resize(ref _places, _items.Length);
        }

        item.IdStart = _textLength;
        item.IdLength = idLength;
        _places[Count] = places;
        _items[Count++] = item;
        _textLength += idLength;
    }

    /// <summary>Takes <paramref name="items"/> (the in-process run's, which hands the sessions its records directly).</summary>
    /// <remarks>
    /// Implementation note (ADR 0418): two passes. The first only follows each item's event to its
    /// id's length — the loads of one item do not wait for another's, so the processor can have
    /// many of these reads (events and ids the gateway read a whole batch earlier) in flight at
    /// once — and sizes the storage once; the second copies straight into the item's slot. One
    /// pass that copied each item as it reached it was half a shard's batch handling in the profile
    /// (0.17–0.26 µs per event; 0.08–0.09 since). That the gain is from overlapped cache misses is
    /// the likely reading, not a measured one: the VM has no hardware counters.
    /// </remarks>
    public void Load(IReadOnlyList<ShardItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var span = SpanOf(items);
        Reset(span.Length);
        var chars = 0;
        foreach (ref readonly var s in span)
        {
            chars += s.Event.Id.Length;
        }

        if (_text.Length < chars)
        {
            _text = new char[Math.Max(chars, 2 * _text.Length)];
        }

        for (var i = 0; i < span.Length; i++)
        {
            ref readonly var s = ref span[i];
            var e = s.Event;
            var id = e.Id;
            id.CopyTo(_text.AsSpan(_textLength));
            ref var b = ref _items[i];
            b.Sequence = s.Sequence;
            b.Release = s.Release;
            b.ProcessTime = s.ProcessTime;
            b.Side = s.Side;
            b.Peer = s.Peer;
            b.Kind = e.Kind;
            b.Sub = e.Sub;
            b.UnixSeconds = e.UnixSeconds;
            b.Value = e.Value;
            b.Refs = s.Refs;
            _places[i] = s.Places;
            b.IdStart = _textLength;
            b.IdLength = id.Length;
            _textLength += id.Length;
        }

        Count = span.Length;
    }

    /// <summary>
    /// <paramref name="items"/> as a span: a list's or an array's own storage (no interface call per
    /// item, ADR 0418), another list copied to an array first (none in the code).
    /// </summary>
    internal static ReadOnlySpan<ShardItem> SpanOf(IReadOnlyList<ShardItem> items) => items switch
    {
        List<ShardItem> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        ShardItem[] array => array,
        _ => items.ToArray(),
    };

    /// <summary>Item <paramref name="i"/> as a record, with its event as <see cref="ShardWire"/> unpacks it (no identifiers, no memo).</summary>
    public ShardItem ToItem(int i)
    {
        ref readonly var b = ref this[i];
        var e = new WireEvent(b.Kind, IdOf(i).ToString(), b.UnixSeconds, 0, string.Empty, string.Empty, b.Value, b.Sub, null, null, null);
        return new ShardItem(b.Sequence, b.Release, b.ProcessTime, b.Side, b.Peer, e, b.Refs, PlacesOf(i));
    }
}
