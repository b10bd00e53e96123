namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// Open-addressing map from a numeric account key — an account number of 1–19 digits without a
/// leading zero, read as a <see cref="ulong"/> — to a dense id. Bank card and account numbers are
/// such keys; interning them this way hashes one integer and compares one integer held in the
/// slot itself, instead of hashing and comparing a string that lives elsewhere in memory (a cache
/// miss per lookup on a large table). Key and id share a slot, so a probe reads one cache line.
/// Linear probing, power-of-two size, at most half full.
/// </summary>
internal sealed class NumericKeyTable
{
    private Slot[] _slots;
    private int _count;
    private int _shift;

    public NumericKeyTable(int capacity)
    {
        var size = 16;
        while (size < capacity * 2L && size < (1 << 30))
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    public int Count => _count;

    /// <summary>Bytes held by the slots.</summary>
    public long Bytes => _slots.Length * 16L;

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
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = IndexOf(key); ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Id == 0)
            {
                id = -1;
                return false;
            }

            if (slot.Key == key)
            {
                id = slot.Id - 1;
                return true;
            }
        }
    }

    /// <summary>Adds a key known to be absent.</summary>
    public void Add(ulong key, int id)
    {
        if ((_count + 1) * 2L > _slots.Length)
        {
            Grow();
        }

        Insert(key, id);
        _count++;
    }

    // Fibonacci hashing: the multiply is meant to wrap.
    private int IndexOf(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Insert(ulong key, int id)
    {
        var mask = _slots.Length - 1;
        var i = IndexOf(key);
        while (_slots[i].Id != 0)
        {
            i = (i + 1) & mask;
        }

        _slots[i] = new Slot(key, id + 1);
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[checked(old.Length * 2)];
        _shift--;
        foreach (var slot in old)
        {
            if (slot.Id != 0)
            {
                Insert(slot.Key, slot.Id - 1);
            }
        }
    }

    /// <summary>A key and its id + 1 (0: empty).</summary>
    private readonly record struct Slot(ulong Key, int Id);
}
