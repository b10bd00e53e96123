using System.Numerics;

namespace Breakcard.Detection.Reference;

/// <summary>
/// Which indexes of 0 … <see cref="Indexes"/> − 1 are kept, and each kept index's row 0 …
/// <see cref="Count"/> − 1 in index order (ADR 0378): a shard stores the profiles of the entities it
/// reads in full in arrays as long as its own share, and finds an index's row here. Read-only after
/// construction; safe for concurrent readers.
/// </summary>
/// <remarks>
/// Implementation note: a bitmap (1 bit per index) and the number of kept indexes before each
/// 64-bit word (4 B per 64 indexes) — ≈ 0.19 B per index whatever is kept, where an
/// <c>int[]</c> by index costs 4 B and a dictionary of the kept ones ≈ 20–30 B each (it beats the
/// dense array only beyond ≈ 5 shards; the bitmap beats both at any shard count).
/// A look-up is two loads and a population count, no hashing and no probing.
/// </remarks>
public sealed class KeptRows
{
    private readonly ulong[] _bits;
    private readonly int[] _before;

    /// <summary>Keeps the indexes of 0 … <paramref name="indexes"/> − 1 for which <paramref name="keep"/> is true.</summary>
    public KeptRows(int indexes, Func<int, bool> keep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(indexes);
        ArgumentNullException.ThrowIfNull(keep);
        Indexes = indexes;
        var words = (indexes + 63) / 64;
        _bits = new ulong[words];
        _before = new int[words];
        var kept = 0;
        for (var w = 0; w < words; w++)
        {
            _before[w] = kept;
            var end = Math.Min(indexes, (w + 1) * 64);
            ulong bits = 0;
            for (var i = w * 64; i < end; i++)
            {
                if (keep(i))
                {
                    bits |= 1UL << (i & 63);
                }
            }

            _bits[w] = bits;
            kept += BitOperations.PopCount(bits);
        }

        Count = kept;
    }

    /// <summary>The indexes this covers (an index at or past it is never kept).</summary>
    public int Indexes { get; }

    /// <summary>Kept indexes (the rows).</summary>
    public int Count { get; }

    /// <summary>Bytes of the bitmap and the counts (an estimate of what is held: arrays' contents, no headers).</summary>
    public long EstimatedBytes => (_bits.Length * (long)sizeof(ulong)) + (_before.Length * (long)sizeof(int));

    /// <summary>The row of <paramref name="index"/>, or −1 when it is not kept (or out of range).</summary>
    public int RowOf(int index)
    {
        if (unchecked((uint)index) >= (uint)Indexes)
        {
            return -1;
        }

        var w = index >> 6;
        var bit = 1UL << (index & 63);
        var word = _bits[w];
        return (word & bit) == 0 ? -1 : _before[w] + BitOperations.PopCount(word & (bit - 1));
    }

    /// <summary>The kept indexes in order (row 0 first).</summary>
    public IEnumerable<int> Kept()
    {
        for (var w = 0; w < _bits.Length; w++)
        {
            var word = _bits[w];
            while (word != 0)
            {
                yield return (w * 64) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}
