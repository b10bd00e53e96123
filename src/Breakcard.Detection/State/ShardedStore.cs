using System.Numerics;
using System.Runtime.CompilerServices;

namespace Breakcard.Detection.State;

/// <summary>
/// Per-entity state split into shards by entity index: entity <c>i</c> lives in shard
/// <c>i mod S</c> at slot <c>i / S</c>, each shard one flat struct array. A shard is the unit a
/// cluster host would own (an Orleans grain per shard); here all shards live in one process and
/// are reached by index arithmetic. Arrays grow on demand (the only allocation, and rare).
/// With <see cref="EntitySlots.Local"/> the index is first mapped to a local slot, given on the
/// entity's first access (ADR 0335): an engine that applies a part of a stream (a cluster shard)
/// holds state only for the entities it applies. Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note: the map is a <see cref="SlotTable"/>, whose size follows the entities held
/// (ADR 0378; before, a dense <c>int[]</c> by entity index, 4 B per index of the stream on every
/// shard) — a hash and a probe or two per access. With <see cref="EntitySlots.Global"/> it is null
/// and the only cost is one predictable null test per access.
/// </remarks>
/// <typeparam name="T">The state struct.</typeparam>
public sealed class ShardedStore<T> where T : struct
{
    private readonly T[][] _shards;
    private readonly int _shift;
    private readonly int _mask;
    private readonly T _empty;
    private T _peeked;
    private SlotTable? _slotOf;
    private int[] _entityOf = [];

    /// <summary>Creates <paramref name="shards"/> shards (a power of two) whose unused slots hold <paramref name="empty"/>, one slot per entity index.</summary>
    public ShardedStore(int shards, T empty, int initialEntities = 0)
        : this(shards, empty, initialEntities, EntitySlots.Global)
    {
    }

    /// <summary>Creates <paramref name="shards"/> shards (a power of two) whose unused slots hold <paramref name="empty"/>, slots given as <paramref name="slots"/> says.</summary>
    public ShardedStore(int shards, T empty, int initialEntities, EntitySlots slots)
    {
        if (shards < 1 || !BitOperations.IsPow2(shards))
        {
            throw new ArgumentOutOfRangeException(nameof(shards), shards, "The shard count must be a power of two.");
        }

        _shift = BitOperations.Log2((uint)shards);
        _mask = shards - 1;
        _empty = empty;
        _shards = new T[shards][];
        if (slots == EntitySlots.Local)
        {
            // Local slots fill from 0 in first-touch order: the initial size says nothing about them.
            _slotOf = new SlotTable();
            initialEntities = 0;
        }

        var perShard = Math.Max(16, (initialEntities >> _shift) + 1);
        for (var k = 0; k < shards; k++)
        {
            _shards[k] = new T[perShard];
            Array.Fill(_shards[k], empty);
        }
    }

    /// <summary>Number of shards.</summary>
    public int ShardCount => _shards.Length;

    /// <summary>Highest slot ever touched, plus one: with <see cref="EntitySlots.Global"/> the highest entity index plus one, with <see cref="EntitySlots.Local"/> the number of entities held.</summary>
    public int Count { get; private set; }

    /// <summary>Whether slots are entity indexes or given on first access.</summary>
    public EntitySlots Slots => _slotOf is null ? EntitySlots.Global : EntitySlots.Local;

    /// <summary>The state of entity <paramref name="index"/> (≥ 0), growing the shard when needed (and, with local slots, giving the entity a slot).</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_slotOf is not null)
            {
                index = LocalSlot(index);
            }

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

    /// <summary>
    /// The state of entity <paramref name="index"/> (≥ 0) without giving it a slot or growing a
    /// shard: the empty state when it has none. For readers that may name an entity this store never
    /// applied (a shard's score table, alert facts naming another shard's device). The reference is
    /// to a copy when the entity has no slot: writes through it are lost.
    /// </summary>
    public ref readonly T Peek(int index)
    {
        if (_slotOf is not null)
        {
            index = _slotOf.Find(index, _entityOf);
            if (index < 0)
            {
                _peeked = _empty;
                return ref _peeked;
            }
        }

        var shard = _shards[index & _mask];
        var slot = index >> _shift;
        if ((uint)slot >= (uint)shard.Length)
        {
            _peeked = _empty;
            return ref _peeked;
        }

        return ref shard[slot];
    }

    /// <summary>Hints that entity <paramref name="index"/>'s state will be read soon (no growth, no effect on results).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(int index)
    {
        if (_slotOf is not null)
        {
            index = _slotOf.Find(index, _entityOf);
            if (index < 0)
            {
                return;
            }
        }

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

    /// <summary>Marks slots 0 … <paramref name="count"/> − 1 as in use (when restoring a checkpoint); with local slots, slot <c>i</c> holds entity <c>i</c> until <see cref="SetEntities"/> says otherwise.</summary>
    public void SetCount(int count)
    {
        if (_slotOf is not null)
        {
            _slotOf = new SlotTable();
            Count = 0;
            for (var i = 0; i < count; i++)
            {
                _ = LocalSlot(i);
            }

            return;
        }

        if (count > 0)
        {
            _ = this[count - 1];
        }

        Count = count;
    }

    /// <summary>The entity index of each local slot in slot order (empty with <see cref="EntitySlots.Global"/>; for checkpoints).</summary>
    public ReadOnlySpan<int> Entities => _slotOf is null ? [] : _entityOf.AsSpan(0, Count);

    /// <summary>Gives local slot <c>i</c> to entity <paramref name="entities"/>[i] (restoring a checkpoint, after <see cref="SetCount"/>).</summary>
    /// <exception cref="InvalidDataException">The list is not one entity per used slot, or names an entity twice.</exception>
    public void SetEntities(ReadOnlySpan<int> entities)
    {
        if (_slotOf is null)
        {
            throw new InvalidOperationException("a store whose slots are entity indexes has no slot map");
        }

        if (entities.Length != Count)
        {
            throw new InvalidDataException("the snapshot's slot map does not have one entity per used slot");
        }

        foreach (var e in entities)
        {
            if (e < 0)
            {
                throw new InvalidDataException("the snapshot's slot map names a negative entity index");
            }
        }

        // The table finds a slot's entity in the slot list: the list first, then the table over it.
        entities.CopyTo(_entityOf);
        var table = new SlotTable();
        for (var i = 0; i < entities.Length; i++)
        {
            if (table.Find(entities[i], _entityOf) >= 0)
            {
                throw new InvalidDataException("the snapshot's slot map gives an entity two slots");
            }

            table.Add(entities[i], i, _entityOf);
        }

        _slotOf = table;
    }

    /// <summary>Bytes held by the shard arrays and the slot map (capacity, not just used slots).</summary>
    public long AllocatedBytes()
    {
        long n = 0;
        foreach (var s in _shards)
        {
            n += (long)s.Length * Unsafe.SizeOf<T>();
        }

        return n + (_slotOf?.Bytes ?? 0) + ((long)_entityOf.Length * sizeof(int));
    }

    /// <summary>Bytes of the used slots, whatever the arrays' spare capacity.</summary>
    public long SlotBytes() => (long)Count * Unsafe.SizeOf<T>();

    /// <summary>Bytes of the slot map (its table's capacity, which doubles with the entities held) and its inverse in use; 0 with <see cref="EntitySlots.Global"/>.</summary>
    public long MapBytes() => _slotOf is null ? 0 : _slotOf.Bytes + ((long)Count * sizeof(int));

    /// <summary>The local slot of entity <paramref name="index"/>, given now when it has none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int LocalSlot(int index)
    {
        var slot = _slotOf!.Find(index, _entityOf);
        return slot >= 0 ? slot : NewSlot(index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int NewSlot(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var slot = Count;
        if (slot >= _entityOf.Length)
        {
            Array.Resize(ref _entityOf, Math.Max(16, _entityOf.Length * 2));
        }

        _entityOf[slot] = index;
        _slotOf!.Add(index, slot, _entityOf);
        // The caller's indexer raises Count past the slot; SetCount's loop has no caller to do it.
        Count = slot + 1;
        return slot;
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
