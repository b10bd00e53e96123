using System.Diagnostics.CodeAnalysis;

namespace Breakcard.Detection.Reference;

/// <summary>
/// Maps strings (account numbers, phone numbers, device ids) to dense indexes 0, 1, 2, … once, so
/// the engine works on integers. Lookups take spans, so parsing never allocates for a known key.
/// An index may also be taken without its text (<see cref="Skip"/>): a shard of the sharded mode
/// numbers every identifier of the stream but keeps the text only of those it owns (ADR 0358).
/// A shard's interner may also read the entity files' keys from one interner shared by the shards
/// of its process (<see cref="Over"/>, ADR 0451), holding the texts of its own indexes by bit.
/// Not thread safe; a shared interner is only read once shared.
/// </summary>
public sealed class StringInterner
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private readonly List<string> _keys = [];

    // Implementation note: once an index was skipped, the texts of later indexes are kept by index
    // here (held ones only), so a skipped index costs nothing; before that, _keys is the dense list.
    private Dictionary<int, string>? _late;
    // With _late: one bit per index past _keys, set when its text is held, so "is it held" is a bit
    // test, not a hash lookup (a shard asks it for every transfer side and call it applies, ADR 0387).
    private ulong[]? _held;
    private int _count;

    // With Over: the entity files' keys, shared read-only by the shards of one process (ADR 0451).
    // Its indexes below _shared.Count are this interner's too; _held says which of them it holds.
    private readonly StringInterner? _shared;
    private readonly int _sharedHeld;

    /// <summary>Creates an empty interner.</summary>
    public StringInterner() => _spans = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    private StringInterner(StringInterner shared, Func<int, bool> hold)
        : this()
    {
        _shared = shared;
        _count = shared.Count;
        _late = [];
        for (var i = 0; i < _count; i++)
        {
            if (hold(i))
            {
                MarkHeld(i);
                _sharedHeld++;
            }
        }
    }

    /// <summary>
    /// An interner numbering <paramref name="shared"/>'s keys at their indexes and holding the text of
    /// those <paramref name="hold"/> selects — read from <paramref name="shared"/>, not copied (ADR
    /// 0451): what <see cref="Retain"/> on a copy would hold, with every later key its own.
    /// <paramref name="shared"/> must hold every key it numbers and is never changed again: any number
    /// of interners over it may be read and grow on any threads.
    /// </summary>
    public static StringInterner Over(StringInterner shared, Func<int, bool> hold)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(hold);
        if (shared._late is not null || shared._shared is not null)
        {
            throw new ArgumentException("a shared interner holds every key it numbers", nameof(shared));
        }

        return new StringInterner(shared, hold);
    }

    /// <summary>An interner numbering <paramref name="count"/> indexes without their texts (as <see cref="Skip"/> <paramref name="count"/> times).</summary>
    public static StringInterner Numbered(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var interner = new StringInterner { _late = [], _count = count };
        return interner;
    }

    /// <summary>Number of indexes given (with or without their text).</summary>
    public int Count => _count;

    /// <summary>Number of indexes whose text is held (equal to <see cref="Count"/> unless <see cref="Skip"/> was used).</summary>
    public int Held => _index.Count + _sharedHeld;

    /// <summary>The index of <paramref name="key"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> key)
    {
        if (_spans.TryGetValue(key, out var i) || (i = FindShared(key)) >= 0)
        {
            return i;
        }

        var s = key.ToString();
        i = _count++;
        _index.Add(s, i);
        if (_late is null)
        {
            _keys.Add(s);
        }
        else
        {
            _late.Add(i, s);
            MarkHeld(i);
        }

        return i;
    }

    /// <summary>Takes the next index without keeping its text (the key is held elsewhere); returns it.</summary>
    public int Skip()
    {
        _late ??= [];
        return _count++;
    }

    /// <summary>
    /// Keeps the text of the indexes <paramref name="keep"/> selects and lets go of the others' (a
    /// shard, once it has read its entity files, keeps its own identifiers' only; ADR 0358). The
    /// indexes stay as they are; a dropped one reads as skipped.
    /// </summary>
    public void Retain(Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        if (_shared is not null)
        {
            throw new InvalidOperationException("an interner over shared keys holds what it was made with (ADR 0451)");
        }

        var late = new Dictionary<int, string>();
        for (var i = 0; i < _count; i++)
        {
            if (TryKeyOf(i, out var key))
            {
                if (keep(i))
                {
                    late.Add(i, key);
                }
                else
                {
                    _index.Remove(key);
                }
            }
        }

        _keys.Clear();
        _keys.Capacity = 0;
        _late = late;
        _held = null;
        foreach (var i in late.Keys)
        {
            MarkHeld(i);
        }

        _index.TrimExcess();
    }

    /// <summary>The index of <paramref name="key"/>, or -1 when it was never interned (or its index was skipped).</summary>
    public int Find(ReadOnlySpan<char> key) => _spans.TryGetValue(key, out var i) ? i : FindShared(key);

    /// <summary>The key of index <paramref name="index"/> (full, unmasked: callers mask for display).</summary>
    /// <exception cref="InvalidOperationException">The index was skipped: its text is not held here.</exception>
    public string KeyOf(int index) =>
        TryKeyOf(index, out var key) ? key : throw new InvalidOperationException($"identifier {index} is numbered here without its text (ADR 0358)");

    /// <summary>The key of index <paramref name="index"/>, false when the index was skipped.</summary>
    public bool TryKeyOf(int index, [NotNullWhen(true)] out string? key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        if (index < _keys.Count)
        {
            key = _keys[index];
            return true;
        }

        if (_shared is not null && index < _shared.Count)
        {
            key = Holds(index) ? _shared._keys[index] : null;
            return key is not null;
        }

        key = null;
        return _late is not null && _late.TryGetValue(index, out key);
    }

    /// <summary>Whether the text of index <paramref name="index"/> is held (false when the index was skipped): <see cref="TryKeyOf"/> without the look-up.</summary>
    public bool Holds(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _count);
        if (index < _keys.Count)
        {
            return true;
        }

        var word = index >> 6;
        return _held is { } held && word < held.Length && (held[word] & (1UL << index)) != 0;
    }

    // A shared key counts here only when held here: an index not held reads as skipped, as after Retain.
    private int FindShared(ReadOnlySpan<char> key) =>
        _shared is not null && _shared._spans.TryGetValue(key, out var i) && Holds(i) ? i : -1;

    private void MarkHeld(int index)
    {
        var word = index >> 6;
        if (_held is null || word >= _held.Length)
        {
            Array.Resize(ref _held, Math.Max(word + 1, (_held?.Length ?? 0) * 2));
        }

        _held[word] |= 1UL << index;
    }

    /// <summary>
    /// A read-only copy of the keys interned so far, safe to read from any number of threads while
    /// this interner goes on taking new keys (ADR 0163).
    /// </summary>
    public InternedKeys Snapshot() => new(_shared is null
        ? new Dictionary<string, int>(_index, StringComparer.Ordinal)
        : HeldFrom(0).ToDictionary(k => k.Value, k => k.Key, StringComparer.Ordinal));

    /// <summary>The keys of the indexes before the first skipped one, in index order (every key unless <see cref="Skip"/> was used).</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The held keys of index <paramref name="start"/> and later, in index order.</summary>
    public IEnumerable<KeyValuePair<int, string>> HeldFrom(int start)
    {
        for (var i = Math.Max(0, start); i < _keys.Count; i++)
        {
            yield return new(i, _keys[i]);
        }

        for (var i = Math.Max(0, start); _shared is not null && i < _shared.Count; i++)
        {
            if (Holds(i))
            {
                yield return new(i, _shared._keys[i]);
            }
        }

        foreach (var late in (_late ?? []).Where(k => k.Key >= start).OrderBy(k => k.Key))
        {
            yield return late;
        }
    }

    /// <summary>
    /// Bytes this interner holds, estimated from its structures (ADR 0358): per held key its
    /// string (header, length and UTF-16 text), its dictionary entry and bucket, and its list or
    /// by-index entry. Over shared keys (ADR 0451) the shared strings and dictionary are not counted
    /// here (the process holds them once): this interner's own keys and its bits are.
    /// </summary>
    public long EstimatedBytes()
    {
        const int stringOverhead = 22; // object header and method table 16, length 4, terminator 2
        long bytes = 0;
        foreach (var key in _index.Keys)
        {
            bytes += (stringOverhead + (2L * key.Length) + 7) & ~7L;
        }

        // A Dictionary<string, int> entry: hash 4, next 4, key 8, value 4 (+4 padding); bucket 4.
        bytes += _index.Count * (24L + 4);
        bytes += _keys.Capacity * 8L;
        // A Dictionary<int, string> entry: hash 4, next 4, key 4 (+4), value 8; bucket 4.
        bytes += (_late?.Count ?? 0) * (24L + 4);
        bytes += (_held?.Length ?? 0) * 8L;
        return bytes;
    }
}
