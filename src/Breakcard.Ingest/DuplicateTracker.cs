using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Breakcard.Ingest;

/// <summary>
/// Remembers the (kind, id) pairs seen in one input, to count duplicate event ids. Share one
/// tracker between the readers of an input made of several files.
/// <para>
/// Implementation note: it stores a 64-bit hash of each id in an open-addressing table (8–16
/// bytes per id) instead of the ids themselves, so tracking 10 million ids costs about 128 MiB,
/// not the gigabytes a set of strings would. Two different ids share a hash with probability
/// about n²/2⁶⁵: for 10⁸ ids in one input that is 3 in 10,000 — a duplicate count may then be one
/// too high, and an event is never dropped for it (readers emit duplicates; the engine
/// de-duplicates by id). The hash is fixed, so counts are reproducible. Not thread safe.
/// </para>
/// </summary>
public sealed class DuplicateTracker
{
    private ulong[] _slots = new ulong[1 << 12];
    private int _count;

    /// <summary>Distinct ids seen.</summary>
    public long Count => _count;

    /// <summary>
    /// Makes room for <paramref name="more"/> further ids at once (readers call it with the record
    /// count the validation pass saw), so the table is allocated once instead of doubling.
    /// </summary>
    public void Reserve(long more)
    {
        var target = _count + Math.Max(more, 0);
        var size = _slots.Length;
        while (target * 4 > (long)size * 3 && size < 1 << 30)
        {
            size *= 2;
        }

        if (size != _slots.Length)
        {
            Resize(size);
        }
    }

    /// <summary>Adds an id; returns false when it was already there.</summary>
    public bool Add(IngestEventKind kind, ReadOnlySpan<char> id)
    {
        var hash = Hash(kind, id) | 1UL; // 0 marks an empty slot
        if ((long)(_count + 1) * 4 > (long)_slots.Length * 3)
        {
            Grow();
        }

        var mask = _slots.Length - 1;
        for (var i = (int)(uint)(hash >> 33) & mask; ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                _slots[i] = hash;
                _count++;
                return true;
            }

            if (slot == hash)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Loads the table slot where <paramref name="id"/> will be looked up, so that the cache miss
    /// overlaps with the parsing that happens before <see cref="Add"/>. A hint only.
    /// </summary>
    internal unsafe void Touch(IngestEventKind kind, ReadOnlySpan<char> id)
    {
        var hash = Hash(kind, id) | 1UL;
        var index = (int)(uint)(hash >> 33) & (_slots.Length - 1);
        if (Sse.IsSupported)
        {
            // A prefetch does not wait for memory, unlike a load: the line arrives while the rest
            // of the record is parsed. The slot is in bounds (index is masked to the length).
            fixed (ulong* slot = &_slots[index])
            {
                Sse.Prefetch0(slot);
            }
        }
    }

    private void Grow() => Resize(_slots.Length * 2);

    private void Resize(int size)
    {
        var old = _slots;
        _slots = new ulong[size];
        var mask = _slots.Length - 1;
        foreach (var hash in old)
        {
            if (hash == 0)
            {
                continue;
            }

            var i = (int)(uint)(hash >> 33) & mask;
            while (_slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = hash;
        }
    }

    /// <summary>A 64-bit hash of the UTF-16 code units (multiply-rotate rounds, then MurmurHash3's finaliser).</summary>
    internal static ulong Hash(IngestEventKind kind, ReadOnlySpan<char> id)
    {
        const ulong K1 = 0x9E3779B185EBCA87UL;
        const ulong K2 = 0xC2B2AE3D27D4EB4FUL;
        unchecked
        {
            var h = ((ulong)kind * K2) ^ ((ulong)id.Length * K1);
            var bytes = MemoryMarshal.AsBytes(id);
            while (bytes.Length >= 8)
            {
                h = BitOperations.RotateLeft(h ^ (MemoryMarshal.Read<ulong>(bytes) * K1), 31) * K2;
                bytes = bytes[8..];
            }

            ulong tail = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                tail |= (ulong)bytes[i] << (8 * i);
            }

            h = BitOperations.RotateLeft(h ^ (tail * K1), 31) * K2;
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCDUL;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 33;
            return h;
        }
    }
}
