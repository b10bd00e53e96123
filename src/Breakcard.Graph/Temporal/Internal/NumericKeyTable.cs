using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Breakcard.Graph.Internal;

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

    // Slots for the expected accounts, allocated with the first key: ids that are all text
    // (another institution's scheme) then cost no 16 bytes per expected account.
    private int _sizedFor;

    public NumericKeyTable(int capacity)
    {
        var size = 16;
        while (size < capacity * 2L && size < (1 << 30))
        {
            size <<= 1;
        }

        _sizedFor = size;
        _slots = new Slot[16];
        _shift = 64 - 4;
    }

    public int Count => _count;

    /// <summary>Forgoes the slots for the expected accounts: the table grows by doubling from its size now.</summary>
    public void GrowOnDemand() => _sizedFor = Math.Min(_sizedFor, _slots.Length);

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

        // A card number (16–19 digits) reads its first sixteen in one vector step where there is
        // SSSE3 (ADR 0250); then four UTF-16 digits per step, SWAR in one ulong whose lowest 16
        // bits hold the first digit. Wrapping arithmetic is intended throughout.
        var i = 0;
        var value = 0UL;
        if (text.Length >= 16 && Ssse3.IsSupported)
        {
            if (!TryReadSixteenDigits(text, out value))
            {
                return false;
            }

            i = 16;
        }

        for (; i + 4 <= text.Length; i += 4)
        {
            var x = unchecked(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(i, 4))) - 0x0030_0030_0030_0030UL);

            // A lane below '0' borrows (its high bits fill with ones); a lane above '9' reaches 16
            // or more once 6 is added. Valid lanes (0–9) carry into nothing either way.
            if (((x | unchecked(x + 0x0006_0006_0006_0006UL)) & 0xFFF0_FFF0_FFF0_FFF0UL) != 0)
            {
                return false;
            }

            // Lanes d0 d1 d2 d3 → d0·10 + d1 (lane 0) and d2·10 + d3 (lane 2) → four digits.
            var pairs = unchecked((x * 10) + (x >> 16));
            value = unchecked((value * 10_000) + ((pairs & 0xFFFF) * 100) + ((pairs >> 32) & 0xFFFF));
        }

        for (; i < text.Length; i++)
        {
            var d = unchecked((uint)(text[i] - '0')); // below '0' wraps to a large value
            if (d > 9)
            {
                return false;
            }

            value = unchecked((value * 10) + d);
        }

        key = value;
        return true;
    }

    /// <summary>
    /// The number in the first sixteen characters of <paramref name="text"/> (at least sixteen
    /// long), false when one is not an ASCII digit. Validated as 16-bit lanes (so no character
    /// outside '0'–'9', whatever its low byte, passes), narrowed to bytes, then combined by
    /// multiply-adds: sixteen digits → eight two-digit → four four-digit → two eight-digit numbers.
    /// </summary>
    private static bool TryReadSixteenDigits(ReadOnlySpan<char> text, out ulong value)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var zero = Vector128.Create((ushort)'0');
        var nine = Vector128.Create((ushort)9);

        // A lane below '0' wraps to a large value, so one unsigned comparison checks both ends.
        var low = Vector128.LoadUnsafe(ref first) - zero;
        var high = Vector128.LoadUnsafe(ref first, 8) - zero;
        if (Vector128.GreaterThanAny(low, nine) || Vector128.GreaterThanAny(high, nine))
        {
            value = 0;
            return false;
        }

        var digits = Vector128.Narrow(low, high);
        var pairs = Ssse3.MultiplyAddAdjacent(digits, Vector128.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));
        var fours = Sse2.MultiplyAddAdjacent(pairs, Vector128.Create((short)100, 1, 100, 1, 100, 1, 100, 1));
        var eights = Sse2.MultiplyAddAdjacent(Sse2.PackSignedSaturate(fours, fours), Vector128.Create((short)10_000, 1, 10_000, 1, 10_000, 1, 10_000, 1));
        value = ((ulong)(uint)eights.GetElement(0) * 100_000_000UL) + (uint)eights.GetElement(1);
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

    /// <summary>
    /// The key held in the first slot <paramref name="key"/> probes. Reading it for a batch of keys
    /// before looking them up loads their slots together: the loads do not depend on each other,
    /// so the processor keeps many cache misses in flight at once, where lookups one by one —
    /// each behind the parsing of its key — wait for one miss at a time (ADR 0195).
    /// </summary>
    public ulong FirstSlotKey(ulong key) => _slots[IndexOf(key)].Key;

    /// <summary>True where <see cref="Touch"/> issues a prefetch instruction (x86); elsewhere it does nothing.</summary>
    public static bool TouchPrefetches => Sse.IsSupported;

    /// <summary>
    /// Hints that the first slot <paramref name="key"/> probes will be read soon (ADR 0225). A
    /// prefetch, unlike a load, does not wait for memory, so a key touched when it is queued
    /// arrives while the next edges are parsed; a hint only — if the table grows before the
    /// lookup, it was wasted, never wrong. The slot is not pinned: should the collector move the
    /// array before the prefetch, the hint merely misses (a prefetch never faults). Pinning cost a
    /// zeroed, spilled stack slot per call in the builder's hot loop (ADR 0263).
    /// </summary>
    public unsafe void Touch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[IndexOf(key)]));
        }
    }

    /// <summary>Adds a key known to be absent.</summary>
    public void Add(ulong key, int id)
    {
        if (_count == 0 && _sizedFor > _slots.Length)
        {
            _slots = NewSlots(_sizedFor);
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)_sizedFor);
        }

        if ((_count + 1) * 2L > _slots.Length)
        {
            Grow();
        }

        Insert(key, id);
        _count++;
    }

    /// <summary>
    /// A slot array, backed by huge pages where Linux offers them (ADR 0263): a lookup reads one
    /// random slot of a table of up to tens of megabytes, and with 4 KB pages nearly every one
    /// also misses the TLB, a page walk before the cache miss.
    /// </summary>
    private static Slot[] NewSlots(int length)
    {
        var slots = new Slot[length];
        HugePages.Advise(slots);
        return slots;
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
        _slots = NewSlots(checked(old.Length * 2));
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
