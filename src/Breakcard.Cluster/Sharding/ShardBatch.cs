using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Sharding;

/// <summary>One item of a <see cref="ShardBatch"/>: a <see cref="ShardItem"/>'s fields, its event's id as a slice of the batch's text.</summary>
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
    public ShardPlaces? Places;
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
    private char[] _text = new char[1024];
    private int _textLength;

    /// <summary>Items in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Item <paramref name="i"/>.</summary>
    public ref readonly ShardBatchItem this[int i] => ref _items.AsSpan(0, Count)[i];

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
        Array.Clear(_items, 0, Count);
        if (_items.Length < count)
        {
            // Doubled, not grown to the batch's size, so a run of ever larger batches reallocates rarely (ADR 0411).
            _items = new ShardBatchItem[Math.Max(count, 2 * _items.Length)];
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

    /// <summary>Adds <paramref name="item"/>, whose id is the first <paramref name="idLength"/> characters written to <see cref="TextRoom"/>.</summary>
    public void Add(ShardBatchItem item, int idLength)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(16, _items.Length * 2));
        }

        item.IdStart = _textLength;
        item.IdLength = idLength;
        _items[Count++] = item;
        _textLength += idLength;
    }

    /// <summary>Takes <paramref name="items"/> (the in-process run's, which hands the sessions its records directly).</summary>
    public void Load(IReadOnlyList<ShardItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Reset(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var s = items[i];
            var e = s.Event;
            e.Id.AsSpan().CopyTo(TextRoom(e.Id.Length));
            Add(new ShardBatchItem
            {
                Sequence = s.Sequence, Release = s.Release, ProcessTime = s.ProcessTime, Side = s.Side, Peer = s.Peer,
                Kind = e.Kind, Sub = e.Sub, UnixSeconds = e.UnixSeconds, Value = e.Value, Refs = s.Refs, Places = s.Places,
            }, e.Id.Length);
        }
    }

    /// <summary>Item <paramref name="i"/> as a record, with its event as <see cref="ShardWire"/> unpacks it (no identifiers, no memo).</summary>
    public ShardItem ToItem(int i)
    {
        ref readonly var b = ref this[i];
        var e = new WireEvent(b.Kind, IdOf(i).ToString(), b.UnixSeconds, 0, string.Empty, string.Empty, b.Value, b.Sub, null, null, null);
        return new ShardItem(b.Sequence, b.Release, b.ProcessTime, b.Side, b.Peer, e, b.Refs, b.Places);
    }
}
