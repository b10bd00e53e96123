namespace Breakcard.Detection.Internal;

/// <summary>
/// An open-addressing set of 64-bit keys with linear probing and backward-shift deletion: no
/// per-item allocation, no tombstones. Zero is stored as a separate flag. Not thread safe.
/// </summary>
internal sealed class LongHashSet
{
    private ulong[] _slots;
    private int _count;
    private bool _hasZero;

    public LongHashSet(int capacity = 1024)
    {
        _slots = new ulong[(int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(capacity * 2)))];
    }

    public int Count => _count + (_hasZero ? 1 : 0);

    /// <summary>Adds <paramref name="key"/>; false when it was present.</summary>
    public bool Add(ulong key)
    {
        if (key == 0)
        {
            var added = !_hasZero;
            _hasZero = true;
            return added;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Resize(_slots.Length * 2);
        }

        var mask = _slots.Length - 1;
        var i = Slot(key, mask);
        while (_slots[i] != 0)
        {
            if (_slots[i] == key)
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        _slots[i] = key;
        _count++;
        return true;
    }

    public bool Contains(ulong key)
    {
        if (key == 0)
        {
            return _hasZero;
        }

        var mask = _slots.Length - 1;
        var i = Slot(key, mask);
        while (_slots[i] != 0)
        {
            if (_slots[i] == key)
            {
                return true;
            }

            i = (i + 1) & mask;
        }

        return false;
    }

    /// <summary>Removes <paramref name="key"/>; false when absent.</summary>
    public bool Remove(ulong key)
    {
        if (key == 0)
        {
            var had = _hasZero;
            _hasZero = false;
            return had;
        }

        var mask = _slots.Length - 1;
        var i = Slot(key, mask);
        while (_slots[i] != key)
        {
            if (_slots[i] == 0)
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        // Backward-shift deletion: move later members of the probe run into the gap when their
        // home slot does not lie (cyclically) between the gap and their current slot.
        var gap = i;
        var j = (i + 1) & mask;
        while (_slots[j] != 0)
        {
            var home = Slot(_slots[j], mask);
            if (((j - home) & mask) >= ((j - gap) & mask))
            {
                _slots[gap] = _slots[j];
                gap = j;
            }

            j = (j + 1) & mask;
        }

        _slots[gap] = 0;
        _count--;
        return true;
    }

    // Hashing wraps by design; the project checks overflow everywhere else.
    /// <summary>Removes every key, keeping the capacity.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
        _hasZero = false;
    }

    /// <summary>Writes the keys.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        if (_hasZero)
        {
            writer.Write(0UL);
        }

        foreach (var k in _slots)
        {
            if (k != 0)
            {
                writer.Write(k);
            }
        }
    }

    /// <summary>Adds the keys <see cref="Write"/> wrote.</summary>
    public void Read(BinaryReader reader)
    {
        var n = reader.ReadInt32();
        if (n < 0)
        {
            throw new InvalidDataException("negative key count in snapshot");
        }

        for (var i = 0; i < n; i++)
        {
            Add(reader.ReadUInt64());
        }
    }

    private static int Slot(ulong key, int mask) => unchecked((int)((key * 0x9E3779B97F4A7C15UL) >> 32)) & mask;

    private void Resize(int size)
    {
        var old = _slots;
        _slots = new ulong[size];
        _count = 0;
        foreach (var k in old)
        {
            if (k != 0)
            {
                Add(k);
            }
        }
    }
}
