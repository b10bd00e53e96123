namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// Open-addressing map from a numeric account key — an account number of 1–19 digits without a
/// leading zero, read as a <see cref="ulong"/> — to a dense id. Bank card and account numbers are
/// such keys; interning them this way hashes one integer and compares one integer held in the
/// slot itself, instead of hashing and comparing a string that lives elsewhere in memory (a cache
/// miss per lookup on a large table). Linear probing, power-of-two size, at most half full.
/// </summary>
internal sealed class NumericKeyTable
{
    private ulong[] _keys;
    private int[] _ids; // id + 1; 0 = empty slot
    private int _count;
    private int _shift;

    public NumericKeyTable(int capacity)
    {
        var size = 16;
        while (size < capacity * 2L && size < (1 << 30))
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _ids = new int[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    public int Count => _count;

    /// <summary>Bytes held by the slots.</summary>
    public long Bytes => _keys.Length * 12L;

    /// <summary>Reads <paramref name="text"/> as a numeric key; false when it is not one (letters,
    /// a leading zero, more than 19 digits), so the mapping between texts and keys is one to one.</summary>
    public static bool TryKey(ReadOnlySpan<char> text, out ulong key)
    {
        key = 0;
        if (text.Length is 0 or > 19 || (text[0] == '0' && text.Length > 1))
        {
            return false;
        }

        foreach (var c in text)
        {
            var d = unchecked((uint)(c - '0')); // below '0' wraps to a large value
            if (d > 9)
            {
                return false;
            }

            key = (key * 10) + d;
        }

        return true;
    }

    public bool TryGet(ulong key, out int id)
    {
        var mask = _keys.Length - 1;
        for (var i = Slot(key); ; i = (i + 1) & mask)
        {
            var stored = _ids[i];
            if (stored == 0)
            {
                id = -1;
                return false;
            }

            if (_keys[i] == key)
            {
                id = stored - 1;
                return true;
            }
        }
    }

    /// <summary>Adds a key known to be absent.</summary>
    public void Add(ulong key, int id)
    {
        if ((_count + 1) * 2L > _keys.Length)
        {
            Grow();
        }

        Insert(key, id);
        _count++;
    }

    // Fibonacci hashing: the multiply is meant to wrap.
    private int Slot(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Insert(ulong key, int id)
    {
        var mask = _keys.Length - 1;
        var i = Slot(key);
        while (_ids[i] != 0)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = key;
        _ids[i] = id + 1;
    }

    private void Grow()
    {
        var keys = _keys;
        var ids = _ids;
        _keys = new ulong[checked(keys.Length * 2)];
        _ids = new int[_keys.Length];
        _shift--;
        for (var i = 0; i < keys.Length; i++)
        {
            if (ids[i] != 0)
            {
                Insert(keys[i], ids[i] - 1);
            }
        }
    }
}
