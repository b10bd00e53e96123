using System.Numerics;

namespace Breakcard.Detection.State;

/// <summary>
/// Tiny distinct-count and membership sketches over entity indexes, for state that must stay a
/// few bytes per entity.
/// </summary>
/// <remarks>
/// Implementation note: a 64-bit linear-counting bitmap (Whang et al., 1990) estimates the number
/// of distinct keys as <c>floor(-64 ln(z/64))</c> for <c>z</c> empty bits: exact up to 10 keys
/// when no two share a bit, within about 10% up to 40 keys and still monotone up to ~200, which is the range the fan-in and fan-out thresholds need.
/// Bitmaps of two half-windows merge with OR, which gives sliding windows for free. Keys are
/// mixed with a multiplicative hash so neighbouring indexes fall on unrelated bits.
/// </remarks>
public static class Sketch
{
    private static readonly ushort[] Estimates = BuildEstimates();

    /// <summary>Largest estimate a full bitmap reports.</summary>
    public const int Saturated = 300;

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

    /// <summary>Estimated number of distinct keys added to <paramref name="bitmap"/>.</summary>
    public static int Estimate(ulong bitmap) => Estimates[BitOperations.PopCount(bitmap)];

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

    private static ushort[] BuildEstimates()
    {
        var table = new ushort[65];
        for (var set = 0; set <= 64; set++)
        {
            var empty = 64 - set;
            table[set] = empty == 0 ? (ushort)Saturated : (ushort)Math.Min(Saturated, Math.Floor(-64.0 * Math.Log(empty / 64.0)));
        }

        return table;
    }
}
