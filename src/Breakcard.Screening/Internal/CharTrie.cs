namespace Breakcard.Screening.Internal;

/// <summary>
/// A character trie mapping strings to integer payloads, for greedy longest-match scanning.
/// Built once, then read-only; thread safe for reading.
/// </summary>
/// <remarks>
/// Normalisation steps through this trie at every character of every screened text, several times (ADR 382), so its edges
/// sit in one open-addressing table of (node, character) keys probed linearly: one multiply and, nearly always, one or two
/// reads of adjacent memory, where a general-purpose dictionary costs a virtual call and a bucket walk. Every scan starts
/// at the root, and most end there or one step on, so the root's edges are also kept in a plain array indexed by the
/// character (256 KiB that stays in cache, where the table of a large trie does not).
/// </remarks>
internal sealed class CharTrie
{
    // Keys are (node << 16 | character) and never negative, so -1 marks a free slot.
    private const long Free = -1;

    private readonly Edge[] _edges;
    private readonly int[] _rootNext = new int[char.MaxValue + 1];
    private readonly int _shift;
    private readonly int[] _payload;

    private CharTrie(Dictionary<long, int> edges, int[] payload)
    {
        // At most half full, so a probe that misses stops at a free slot within a few reads.
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, edges.Count) * 2.0)));
        _shift = 64 - bits;
        _edges = new Edge[1 << bits];
        Array.Fill(_edges, new Edge(Free, 0));
        var mask = _edges.Length - 1;
        foreach (var (key, next) in edges)
        {
            var slot = SlotOf(key);
            while (_edges[slot].Key != Free)
            {
                slot = (slot + 1) & mask;
            }

            _edges[slot] = new Edge(key, next);
            if (key >> 16 == Root)
            {
                // No edge leads back to the root, so 0 in this array means "no edge".
                _rootNext[(char)key] = next;
            }
        }

        _payload = payload;
    }

    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _payload.Length;

    /// <summary>Follows the edge for <paramref name="c"/>; false (and <paramref name="next"/> 0) when there is none.</summary>
    public bool TryStep(int node, char c, out int next)
    {
        if (node == Root)
        {
            next = _rootNext[c];
            return next != Root;
        }

        var key = ((long)node << 16) | c;
        var edges = _edges;
        var mask = edges.Length - 1;
        for (var slot = SlotOf(key); ; slot = (slot + 1) & mask)
        {
            var edge = edges[slot];
            if (edge.Key == key)
            {
                next = edge.Next;
                return true;
            }

            if (edge.Key == Free)
            {
                next = 0;
                return false;
            }
        }
    }

    /// <summary>True when some key starts with <paramref name="c"/>: a scan from a character that starts none finds nothing.</summary>
    public bool StartsAny(char c) => _rootNext[c] != Root;

    /// <summary>The payload stored at <paramref name="node"/>, or -1.</summary>
    public int PayloadAt(int node) => _payload[node];

    // Fibonacci hashing: the top bits of key × 2^64/φ spread consecutive nodes and characters over the table. The product
    // wraps by design, so it is unchecked (the projects check arithmetic).
    private int SlotOf(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Builds a trie; when two keys are equal the first one's payload is kept.</summary>
    public static CharTrie Build(IEnumerable<KeyValuePair<string, int>> keys)
    {
        var edges = new Dictionary<long, int>();
        var payload = new List<int> { -1 };
        foreach (var (key, value) in keys)
        {
            var node = Root;
            foreach (var c in key)
            {
                var edge = ((long)node << 16) | c;
                if (!edges.TryGetValue(edge, out var next))
                {
                    next = payload.Count;
                    payload.Add(-1);
                    edges.Add(edge, next);
                }

                node = next;
            }

            if (payload[node] < 0)
            {
                payload[node] = value;
            }
        }

        return new CharTrie(edges, [.. payload]);
    }

    private readonly record struct Edge(long Key, int Next);
}
