namespace Breakcard.Detection.Reference;

/// <summary>
/// Maps strings (account numbers, phone numbers, device ids) to dense indexes 0, 1, 2, … once, so
/// the engine works on integers. Lookups take spans, so parsing never allocates for a known key.
/// Not thread safe.
/// </summary>
public sealed class StringInterner
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private readonly List<string> _keys = [];

    /// <summary>Creates an empty interner.</summary>
    public StringInterner() => _spans = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Number of keys.</summary>
    public int Count => _keys.Count;

    /// <summary>The index of <paramref name="key"/>, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> key)
    {
        if (_spans.TryGetValue(key, out var i))
        {
            return i;
        }

        var s = key.ToString();
        i = _keys.Count;
        _index.Add(s, i);
        _keys.Add(s);
        return i;
    }

    /// <summary>The index of <paramref name="key"/>, or -1 when it was never interned.</summary>
    public int Find(ReadOnlySpan<char> key) => _spans.TryGetValue(key, out var i) ? i : -1;

    /// <summary>The key of index <paramref name="index"/> (full, unmasked: callers mask for display).</summary>
    public string KeyOf(int index) => _keys[index];

    /// <summary>
    /// A read-only copy of the keys interned so far, safe to read from any number of threads while
    /// this interner goes on taking new keys (ADR 0163).
    /// </summary>
    public InternedKeys Snapshot() => new(new Dictionary<string, int>(_index, StringComparer.Ordinal));

    /// <summary>Every key in index order.</summary>
    public IReadOnlyList<string> Keys => _keys;
}
