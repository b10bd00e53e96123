using Breakcard.Core.Links;

namespace Breakcard.Graph.Links;

/// <summary>
/// The heterogeneous link graph: persons, companies, accounts, phones, devices, IPs and addresses
/// connected by ownership and shared use (<see cref="LinkKind"/>). Undirected; each link is kept
/// once per pair and kind, with the date it was first seen. Immutable; thread safe.
/// </summary>
public sealed class EntityGraph
{
    private readonly EntityKind[] _kinds;
    private readonly string[] _ids;
    private readonly Dictionary<string, int>[] _lookup;
    private readonly int[] _offsets;
    private readonly int[] _neighbours;
    private readonly LinkKind[] _linkKinds;

    internal EntityGraph(EntityKind[] kinds, string[] ids, Dictionary<string, int>[] lookup, int[] offsets, int[] neighbours, LinkKind[] linkKinds)
    {
        _kinds = kinds;
        _ids = ids;
        _lookup = lookup;
        _offsets = offsets;
        _neighbours = neighbours;
        _linkKinds = linkKinds;
    }

    /// <summary>Number of entities.</summary>
    public int NodeCount => _kinds.Length;

    /// <summary>Number of distinct links.</summary>
    public int LinkCount => _neighbours.Length / 2;

    /// <summary>Kind of a node.</summary>
    public EntityKind KindOf(int node) => _kinds[node];

    /// <summary>Id of a node (personal data: mask before printing).</summary>
    public string IdOf(int node) => _ids[node];

    /// <summary>The node as a value.</summary>
    public EntityNode NodeOf(int node) => new(node, _kinds[node], _ids[node]);

    /// <summary>Finds the node of an entity.</summary>
    public bool TryFind(EntityKind kind, string id, out int node)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _lookup[(int)kind].TryGetValue(id, out node);
    }

    /// <summary>Neighbours of a node, parallel to <see cref="LinkKindsOf"/>.</summary>
    public ReadOnlySpan<int> NeighboursOf(int node) => _neighbours.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>How each neighbour is linked, parallel to <see cref="NeighboursOf"/>.</summary>
    public ReadOnlySpan<LinkKind> LinkKindsOf(int node) => _linkKinds.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>Number of links of a node.</summary>
    public int DegreeOf(int node) => _offsets[node + 1] - _offsets[node];

    /// <summary>Neighbours linked by <paramref name="link"/> and of kind <paramref name="kind"/>.</summary>
    public IEnumerable<int> Linked(int node, LinkKind link, EntityKind kind)
    {
        for (var i = _offsets[node]; i < _offsets[node + 1]; i++)
        {
            if (_linkKinds[i] == link && _kinds[_neighbours[i]] == kind)
            {
                yield return _neighbours[i];
            }
        }
    }

    /// <summary>Holders (persons or companies) of an account node.</summary>
    public IEnumerable<int> HoldersOf(int account)
    {
        for (var i = _offsets[account]; i < _offsets[account + 1]; i++)
        {
            if (_linkKinds[i] == LinkKind.HoldsAccount && _kinds[_neighbours[i]] is EntityKind.Person or EntityKind.Company)
            {
                yield return _neighbours[i];
            }
        }
    }

    /// <summary>All nodes of one kind, in id order of interning.</summary>
    public IEnumerable<int> NodesOf(EntityKind kind)
    {
        for (var n = 0; n < _kinds.Length; n++)
        {
            if (_kinds[n] == kind)
            {
                yield return n;
            }
        }
    }
}
