using System.Text;

namespace Breakcard.Graph.Temporal;

/// <summary>
/// Transaction ids by edge id, compactly: the ids' UTF-8 bytes in one growing pool, an offset per
/// edge, and an open-addressing hash table for lookup by id (about ten bytes plus the id's length
/// per transaction, against some fifty for a string and a dictionary entry). Edge ids are
/// assigned in order by <see cref="Add"/>, matching <see cref="TemporalGraphBuilder.Add(Core.Events.TransactionEvent)"/>.
/// Not thread safe while adding.
/// </summary>
public sealed class TransactionIdIndex
{
    private byte[] _pool = new byte[1024];
    private int _poolLength;
    private int[] _offsets = new int[65];
    private int _count;
    private int[] _table = new int[128];

    /// <summary>Number of ids.</summary>
    public int Count => _count;

    /// <summary>Bytes held.</summary>
    public long MemoryBytes => _pool.Length + (4L * _offsets.Length) + (4L * _table.Length);

    /// <summary>Adds the id of the next edge; returns its edge id.</summary>
    /// <exception cref="ArgumentException">The id is empty or was already added (duplicates must be removed upstream).</exception>
    public int Add(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (TryFind(id, out _))
        {
            throw new ArgumentException("The transaction id is already in the index.", nameof(id));
        }

        var byteCount = Encoding.UTF8.GetByteCount(id);
        while (_poolLength + byteCount > _pool.Length)
        {
            Array.Resize(ref _pool, checked(_pool.Length * 2));
        }

        Encoding.UTF8.GetBytes(id, _pool.AsSpan(_poolLength));
        if (_count + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, checked(_offsets.Length * 2));
        }

        var edge = _count;
        _offsets[edge] = _poolLength;
        _poolLength += byteCount;
        _offsets[edge + 1] = _poolLength;
        _count++;
        if (_count * 2 > _table.Length)
        {
            Rehash(_table.Length * 2);
        }
        else
        {
            Insert(edge);
        }

        return edge;
    }

    /// <summary>The id of an edge.</summary>
    public string IdOf(int edge)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(edge);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(edge, _count);
        return Encoding.UTF8.GetString(Bytes(edge));
    }

    /// <summary>Finds the edge of an id.</summary>
    public bool TryFind(string id, out int edge)
    {
        ArgumentNullException.ThrowIfNull(id);
        Span<byte> key = id.Length <= 128 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(id.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(id.Length)];
        key = key[..Encoding.UTF8.GetBytes(id, key)];
        var mask = _table.Length - 1;
        for (var slot = (int)(Hash(key) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            var stored = _table[slot] - 1;
            if (stored < 0)
            {
                edge = -1;
                return false;
            }

            if (Bytes(stored).SequenceEqual(key))
            {
                edge = stored;
                return true;
            }
        }
    }

    private ReadOnlySpan<byte> Bytes(int edge) => _pool.AsSpan(_offsets[edge], _offsets[edge + 1] - _offsets[edge]);

    private void Insert(int edge)
    {
        var mask = _table.Length - 1;
        var slot = (int)(Hash(Bytes(edge)) & (uint)mask);
        while (_table[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        // Slots hold edge + 1 so that zero means empty.
        _table[slot] = edge + 1;
    }

    private void Rehash(int size)
    {
        _table = new int[size];
        for (var e = 0; e < _count; e++)
        {
            Insert(e);
        }
    }

    private static uint Hash(ReadOnlySpan<byte> key)
    {
        // FNV-1a with a final avalanche (ids often differ only in their last digits).
        var h = 2166136261u;
        foreach (var b in key)
        {
            h = unchecked((h ^ b) * 16777619u);
        }

        h ^= h >> 16;
        h = unchecked(h * 0x7feb352du);
        h ^= h >> 15;
        return h;
    }
}
