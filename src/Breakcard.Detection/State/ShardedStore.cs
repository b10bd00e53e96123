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
/// holds state only for the entities it applies. Local slots live in pages of a fixed size,
/// allocated as the slots are given and never copied (ADR 0436). Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note: the map is a <see cref="SlotTable"/>, whose size follows the entities held
/// (ADR 0378; before, a dense <c>int[]</c> by entity index, 4 B per index of the stream on every
/// shard) — a hash and a probe or two per access. With <see cref="EntitySlots.Global"/> it is null
/// and the only cost is one predictable null test per access.
/// Local slots are dense from 0 in first-touch order, so they need no split by shard: slot
/// <c>s</c> is entry <c>s mod P</c> of page <c>s / P</c>, P a power of two of at most 16 KB of
/// state (≥ 16 entries). Before ADR 0436 they were split like entity indexes into arrays that
/// doubled: each array's contents copied at every doubling, ≈ 2× the final capacity allocated over
/// a stream (≈ 60–70 B per event on the bench's six shards), and a capacity of up to 2× the slots used.
/// A snapshot still writes the slots split by <c>slot mod S</c> (<see cref="CopyShard"/>), so its
/// bytes are those of the split arrays.
/// </remarks>
/// <typeparam name="T">The state struct.</typeparam>
public sealed class ShardedStore<T> where T : struct
{
    private readonly T[][] _shards;
    private readonly int _shift;
    private readonly int _mask;
    private readonly T _empty;
    private readonly int _pageShift;
    private T _peeked;
    private SlotTable? _slotOf;
    private int[] _entityOf = [];
    private T[][] _pages = [];
    private int _pageCount;

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
        _pageShift = BitOperations.Log2((uint)Math.Max(16, 16_384 / Unsafe.SizeOf<T>()));
        if (slots == EntitySlots.Local)
        {
            // Local slots fill from 0 in first-touch order: the initial size says nothing about
            // them, and they live in pages given as they fill (none yet).
            _slotOf = new SlotTable();
            Array.Fill(_shards, Array.Empty<T>());
            return;
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

    /// <summary>Entries per page of local slots (a power of two: at most 16 KB of state, at least 16 entries).</summary>
    public int PageSize => 1 << _pageShift;

    /// <summary>The state of entity <paramref name="index"/> (≥ 0), growing the shard when needed (and, with local slots, giving the entity a slot).</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_slotOf is not null)
            {
                // A new slot's page exists once NewSlot returns: no size test here.
                var local = LocalSlot(index);
                return ref _pages[local >> _pageShift][local & PageMask];
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

            return ref _pages[index >> _pageShift][index & PageMask];
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
            if (index >= 0)
            {
                State.Prefetch.Range(ref _pages[index >> _pageShift][index & PageMask], Unsafe.SizeOf<T>());
            }

            return;
        }

        var shard = _shards[index & _mask];
        var slot = index >> _shift;
        if ((uint)slot < (uint)shard.Length)
        {
            State.Prefetch.Range(ref shard[slot], Unsafe.SizeOf<T>());
        }
    }

    /// <summary>
    /// How many runs of used slots <see cref="UsedRun"/> gives: the shards with entity indexes as
    /// slots, the pages with local slots. Together they are every used slot once (for sweeps).
    /// </summary>
    public int UsedRuns => _slotOf is null ? _shards.Length : (Count + PageMask) >> _pageShift;

    /// <summary>Run <paramref name="run"/> of used slots (see <see cref="UsedRuns"/>).</summary>
    public Span<T> UsedRun(int run) =>
        _slotOf is null ? UsedSlots(run) : _pages[run].AsSpan(0, Math.Min(PageSize, Count - (run << _pageShift)));

    /// <summary>How many used slots shard <paramref name="shard"/> has: slots <c>shard</c>, <c>shard + S</c>, … below <see cref="Count"/> (the snapshot's split).</summary>
    public int UsedIn(int shard) => Count > shard ? ((Count - 1 - shard) >> _shift) + 1 : 0;

    /// <summary>Copies the used slots of shard <paramref name="shard"/> from its <paramref name="from"/>-th on, in order, into all of <paramref name="into"/> (for snapshots).</summary>
    public void CopyShard(int shard, int from, Span<T> into)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from + into.Length, UsedIn(shard), nameof(into));
        if (_slotOf is null)
        {
            UsedSlots(shard).Slice(from, into.Length).CopyTo(into);
            return;
        }

        for (var i = 0; i < into.Length; i++)
        {
            var slot = ((from + i) << _shift) + shard;
            into[i] = _pages[slot >> _pageShift][slot & PageMask];
        }
    }

    /// <summary>Sets the used slots of shard <paramref name="shard"/> from <paramref name="from"/>, which must be <see cref="UsedIn"/> long (restoring a snapshot, after <see cref="SetCount"/>).</summary>
    public void FillShard(int shard, ReadOnlySpan<T> from)
    {
        if (from.Length != UsedIn(shard))
        {
            throw new InvalidDataException("the snapshot's shard sizes do not match its entity count");
        }

        if (_slotOf is null)
        {
            from.CopyTo(UsedSlots(shard));
            return;
        }

        for (var i = 0; i < from.Length; i++)
        {
            var slot = (i << _shift) + shard;
            _pages[slot >> _pageShift][slot & PageMask] = from[i];
        }
    }

    /// <summary>Marks slots 0 … <paramref name="count"/> − 1 as in use (when restoring a checkpoint); with local slots, slot <c>i</c> holds entity <c>i</c> until <see cref="SetEntities"/> says otherwise.</summary>
    public void SetCount(int count)
    {
        if (_slotOf is not null)
        {
            _slotOf = new SlotTable();
            Count = 0;
            _pages = [];
            _pageCount = 0;
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
        long n = (long)_pageCount * PageSize * Unsafe.SizeOf<T>();
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

    private int PageMask => (1 << _pageShift) - 1;

    /// <summary>The slots of shard <paramref name="shard"/> in use, with entity indexes as slots.</summary>
    private Span<T> UsedSlots(int shard)
    {
        var used = UsedIn(shard);
        var array = _shards[shard];
        if (used > array.Length)
        {
            array = Grow(shard, used - 1);
        }

        return array.AsSpan(0, used);
    }

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
        if ((slot >> _pageShift) == _pageCount)
        {
            AddPage();
        }

        // The indexer's local path returns before its Count update, and SetCount's loop has none: Count is raised here.
        Count = slot + 1;
        return slot;
    }

    private void AddPage()
    {
        if (_pageCount == _pages.Length)
        {
            Array.Resize(ref _pages, Math.Max(4, _pages.Length * 2));
        }

        var page = new T[PageSize];
        Array.Fill(page, _empty);
        _pages[_pageCount++] = page;
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
