using System.Numerics;
using System.Runtime.CompilerServices;

namespace Breakcard.Detection.State;

/// <summary>
/// Per-entity state split into shards by entity index: entity <c>i</c> lives in shard
/// <c>i mod S</c> at slot <c>i / S</c>, each shard one flat struct array. A shard is the unit a
/// cluster host would own (an Orleans grain per shard); here all shards live in one process and
/// are reached by index arithmetic. Arrays grow on demand (the only allocation, and rare).
/// Not thread safe.
/// </summary>
/// <typeparam name="T">The state struct.</typeparam>
public sealed class ShardedStore<T> where T : struct
{
    private readonly T[][] _shards;
    private readonly int _shift;
    private readonly int _mask;
    private readonly T _empty;

    /// <summary>Creates <paramref name="shards"/> shards (a power of two) whose unused slots hold <paramref name="empty"/>.</summary>
    public ShardedStore(int shards, T empty, int initialEntities = 0)
    {
        if (shards < 1 || !BitOperations.IsPow2(shards))
        {
            throw new ArgumentOutOfRangeException(nameof(shards), shards, "The shard count must be a power of two.");
        }

        _shift = BitOperations.Log2((uint)shards);
        _mask = shards - 1;
        _empty = empty;
        _shards = new T[shards][];
        var perShard = Math.Max(16, (initialEntities >> _shift) + 1);
        for (var k = 0; k < shards; k++)
        {
            _shards[k] = new T[perShard];
            Array.Fill(_shards[k], empty);
        }
    }

    /// <summary>Number of shards.</summary>
    public int ShardCount => _shards.Length;

    /// <summary>Highest entity index ever touched, plus one.</summary>
    public int Count { get; private set; }

    /// <summary>The shard that owns entity <paramref name="index"/>.</summary>
    public int ShardOf(int index) => index & _mask;

    /// <summary>The state of entity <paramref name="index"/> (≥ 0), growing the shard when needed.</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var shard = _shards[index & _mask];
            var slot = index >> _shift;
            if ((uint)slot >= (uint)shard.Length)
            {
                shard = Grow(index & _mask, slot);
            }

            if (index >= Count)
            {
                Count = index + 1;
            }

            return ref shard[slot];
        }
    }

    /// <summary>Hints that entity <paramref name="index"/>'s state will be read soon (no growth, no effect on results).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index)
    {
        var shard = _shards[index & _mask];
        var slot = index >> _shift;
        if ((uint)slot < (uint)shard.Length)
        {
            State.Prefetch.Range(ref shard[slot], Unsafe.SizeOf<T>());
        }
    }

    /// <summary>The slots of shard <paramref name="shard"/> in use (for checkpoints).</summary>
    public Span<T> UsedSlots(int shard)
    {
        var used = Count > shard ? ((Count - 1 - shard) >> _shift) + 1 : 0;
        var array = _shards[shard];
        if (used > array.Length)
        {
            array = Grow(shard, used - 1);
        }

        return array.AsSpan(0, used);
    }

    /// <summary>Marks entities 0 … <paramref name="count"/> − 1 as in use (when restoring a checkpoint).</summary>
    public void SetCount(int count)
    {
        if (count > 0)
        {
            _ = this[count - 1];
        }

        Count = count;
    }

    /// <summary>Bytes held by the shard arrays (capacity, not just used slots).</summary>
    public long AllocatedBytes()
    {
        long n = 0;
        foreach (var s in _shards)
        {
            n += (long)s.Length * Unsafe.SizeOf<T>();
        }

        return n;
    }

    private T[] Grow(int shard, int slot)
    {
        var old = _shards[shard];
        var bigger = new T[Math.Max(slot + 1, old.Length * 2)];
        old.CopyTo(bigger, 0);
        Array.Fill(bigger, _empty, old.Length, bigger.Length - old.Length);
        _shards[shard] = bigger;
        return bigger;
    }
}
