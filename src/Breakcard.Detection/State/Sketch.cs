using System.Numerics;

namespace Breakcard.Detection.State;

/// <summary>
/// Tiny distinct-count and membership sketches over entity indexes, for state that must stay a
/// few bytes per entity.
/// </summary>
/// <remarks>
/// Implementation note: a 64-bit bitmap per window; a key sets one bit chosen by a multiplicative
/// hash. The count reported is the number of set bits — a guaranteed lower bound of the distinct
/// keys, exact while no two keys share a bit, so an explanation such as "at least 12 unrelated
/// payers" is always true and thresholds err towards fewer alerts. Linear counting
/// (Whang et al., 1990) would estimate more closely at high loads but overstates small counts of
/// distinct keys; the thresholds here (3–30) sit where the lower bound is within a few keys.
/// Bitmaps of two half-windows merge with OR, which gives sliding windows for free.
/// </remarks>
public static class Sketch
{
    /// <summary>A 64-bit mix of an entity index.</summary>
    public static ulong Mix(int key)
    {
        unchecked
        {
            var x = (ulong)(uint)key * 0x9E3779B97F4A7C15UL;
            return x ^ (x >> 29);
        }
    }

    /// <summary>Sets <paramref name="key"/>'s bit; true when the bit was not yet set.</summary>
    public static bool Add(ref ulong bitmap, int key)
    {
        var bit = 1UL << (int)(Mix(key) >> 58);
        var added = (bitmap & bit) == 0;
        bitmap |= bit;
        return added;
    }

    /// <summary>True when <paramref name="key"/>'s bit is set (possibly by another key).</summary>
    public static bool MayContain(ulong bitmap, int key) => (bitmap & (1UL << (int)(Mix(key) >> 58))) != 0;

    /// <summary>A lower bound of the distinct keys added to <paramref name="bitmap"/> (its set bits; at most 64).</summary>
    public static int AtLeast(ulong bitmap) => BitOperations.PopCount(bitmap);

    /// <summary>Adds <paramref name="key"/> to a 128-bit Bloom filter with two hash functions.</summary>
    public static void BloomAdd(ref ulong low, ref ulong high, int key)
    {
        var m = Mix(key);
        SetBit(ref low, ref high, (int)(m >> 57));
        SetBit(ref low, ref high, (int)((m >> 40) & 127));
    }

    /// <summary>True when <paramref name="key"/> may be in the Bloom filter (false positives possible, no false negatives).</summary>
    public static bool BloomMayContain(ulong low, ulong high, int key)
    {
        var m = Mix(key);
        return IsSet(low, high, (int)(m >> 57)) && IsSet(low, high, (int)((m >> 40) & 127));
    }

    private static void SetBit(ref ulong low, ref ulong high, int bit)
    {
        if (bit < 64)
        {
            low |= 1UL << bit;
        }
        else
        {
            high |= 1UL << (bit - 64);
        }
    }

    private static bool IsSet(ulong low, ulong high, int bit) =>
        bit < 64 ? (low & (1UL << bit)) != 0 : (high & (1UL << (bit - 64))) != 0;
}
