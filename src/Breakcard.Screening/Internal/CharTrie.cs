using System.Collections.Frozen;

namespace Breakcard.Screening.Internal;

/// <summary>
/// A character trie mapping strings to integer payloads, for greedy longest-match scanning.
/// Built once, then frozen; thread safe for reading.
/// </summary>
internal sealed class CharTrie
{
    private readonly FrozenDictionary<long, int> _edges;
    private readonly int[] _payload;

    private CharTrie(FrozenDictionary<long, int> edges, int[] payload)
    {
        _edges = edges;
        _payload = payload;
    }

    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _payload.Length;

    /// <summary>Follows the edge for <paramref name="c"/>; false when there is none.</summary>
    public bool TryStep(int node, char c, out int next) => _edges.TryGetValue(((long)node << 16) | c, out next);

    /// <summary>The payload stored at <paramref name="node"/>, or -1.</summary>
    public int PayloadAt(int node) => _payload[node];

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

        return new CharTrie(edges.ToFrozenDictionary(), [.. payload]);
    }
}
