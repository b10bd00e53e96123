using System.Runtime.CompilerServices;

namespace Breakcard.Detection.State;

/// <summary>
/// Entity index → local slot for a store whose slots are given on first access (ADR 0335, 0378):
/// an open-addressing table of slot + 1 whose size follows the entities held, not the highest
/// index, so a shard holding 1/N of a stream's entities holds 1/N of the map. The key is not
/// stored: a probe checks the slot's entity in the store's slot → entity list, which the store
/// keeps anyway (checkpoints). Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note: 4 B per table entry at a load of 3/8 to 3/4 (a power-of-two capacity that
/// doubles) — 5.3 to 10.7 B per held entity, against 4 B per index of the stream for the dense
/// <c>int[]</c> it replaces: smaller from ≈ 3 shards on, ≈ 0.2–0.4 B per index at 24. Linear
/// probing from a Fibonacci hash of the index; entries are never removed.
/// </remarks>
public sealed class SlotTable
{
    private int[] _table = new int[16];
    private int _shift = 32 - 4;
    private int _count;

    /// <summary>Bytes of the table (its capacity, 4 B an entry).</summary>
    public long Bytes => _table.Length * (long)sizeof(int);

    /// <summary>The slot of <paramref name="index"/> among <paramref name="entityOf"/> (slot → entity), or −1 when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(int index, int[] entityOf)
    {
        var table = _table;
        var mask = table.Length - 1;
        var at = Home(index);
        while (true)
        {
            var entry = table[at];
            if (entry == 0)
            {
                return -1;
            }

            if (entityOf[entry - 1] == index)
            {
                return entry - 1;
            }

            at = (at + 1) & mask;
        }
    }

    /// <summary>Records that <paramref name="index"/> (which has no slot yet) has slot <paramref name="slot"/>; <paramref name="entityOf"/>[slot] must already name it.</summary>
    public void Add(int index, int slot, int[] entityOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        if ((_count + 1) * 4 > _table.Length * 3)
        {
            Grow(entityOf);
        }

        Place(index, slot);
        _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Home(int index) => unchecked((int)((uint)index * 0x9E3779B1u >> _shift));

    private void Place(int index, int slot)
    {
        var mask = _table.Length - 1;
        var at = Home(index);
        while (_table[at] != 0)
        {
            at = (at + 1) & mask;
        }

        _table[at] = slot + 1;
    }

    private void Grow(int[] entityOf)
    {
        var old = _table;
        _table = new int[old.Length * 2];
        _shift--;
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Place(entityOf[entry - 1], entry - 1);
            }
        }
    }
}
