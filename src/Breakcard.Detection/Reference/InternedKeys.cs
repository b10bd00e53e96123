namespace Breakcard.Detection.Reference;

/// <summary>
/// A frozen copy of a <see cref="StringInterner"/>'s keys (from <see cref="StringInterner.Snapshot"/>):
/// never written after it is made, so any number of threads may look keys up at once — the reading
/// threads of a monitoring run resolve account numbers, phone numbers and devices with it so the
/// engine's thread does not hash and compare those strings again (ADR 0163). A key interned after
/// the snapshot is not in it; its index is still found by the interner itself.
/// </summary>
public sealed class InternedKeys
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    internal InternedKeys(Dictionary<string, int> index)
    {
        Count = index.Count;
        _spans = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Keys in the snapshot (every index below it is the interner's index of some key).</summary>
    public int Count { get; }

    /// <summary>The index of <paramref name="key"/>, or -1 when it was not interned when the snapshot was taken.</summary>
    public int Find(ReadOnlySpan<char> key) => _spans.TryGetValue(key, out var i) ? i : -1;
}
