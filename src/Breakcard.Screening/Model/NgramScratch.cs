using Breakcard.Screening.Internal;

namespace Breakcard.Screening.Model;

/// <summary>
/// <see cref="NgramScorer"/>'s per-thread buffers: counts indexed by slot, zero between calls (each call clears what it
/// counted), the slots touched, the characters and the feature vector.
/// </summary>
internal sealed class NgramScratch
{
    public char[] Chars = new char[256];
    public int[] GramCounts = [];
    public int[] GramSlots = new int[256];
    public int[] SortBuffer = new int[256];
    public int[] WordCounts = [];
    public int[] WordSlots = [];
    public float[] Values = new float[256];
    public int[] Indices = new int[256];

    public void Prepare(int chars, int ngramSlots, int signalSlots)
    {
        if (GramCounts.Length < ngramSlots)
        {
            GramCounts = new int[ngramSlots];
        }

        if (WordCounts.Length < signalSlots)
        {
            WordCounts = new int[signalSlots];
            WordSlots = new int[signalSlots];
        }

        if (Chars.Length < chars)
        {
            var size = Math.Max(chars, Chars.Length * 2);
            Chars = new char[size];
        }

        // At most n-gram-length grams per character, never more than the slots.
        var features = (long)chars * GramTable.MaximumLength + signalSlots;
        if (GramSlots.Length < Math.Min(features, ngramSlots + 1L))
        {
            var size = (int)Math.Min(features, ngramSlots + 1L);
            GramSlots = new int[size];
            SortBuffer = new int[size];
        }

        if (Values.Length < Math.Min(features, ngramSlots + (long)signalSlots))
        {
            var size = (int)Math.Min(features, ngramSlots + (long)signalSlots);
            Values = new float[size];
            Indices = new int[size];
        }
    }

    public void ClearGrams(int grams)
    {
        for (var k = 0; k < grams; k++)
        {
            GramCounts[GramSlots[k]] = 0;
        }
    }

    public void ClearWords(int words)
    {
        for (var k = 0; k < words; k++)
        {
            WordCounts[WordSlots[k]] = 0;
        }
    }

    public void Clear(int grams, int words)
    {
        ClearGrams(Math.Max(0, grams));
        ClearWords(Math.Max(0, words));
    }

    /// <summary>
    /// Sorts the first <paramref name="count"/> gram slots: least significant digit first, at most 11 bits a pass (two
    /// passes of 9 bits for a dictionary under 262,144 slots), linear where the comparison sort was a quarter of the
    /// scorer's time; a short list by the comparison sort.
    /// </summary>
    public void SortGrams(int count, int digitBits, int passes)
    {
        if (count < 64)
        {
            Array.Sort(GramSlots, 0, count);
            return;
        }

        var from = GramSlots;
        var to = SortBuffer;
        var mask = (1 << digitBits) - 1;
        Span<int> start = stackalloc int[1 << digitBits];
        for (var pass = 0; pass < passes; pass++)
        {
            var shift = pass * digitBits;
            start.Clear();
            for (var k = 0; k < count; k++)
            {
                start[(from[k] >> shift) & mask]++;
            }

            var sum = 0;
            for (var d = 0; d < start.Length; d++)
            {
                (start[d], sum) = (sum, sum + start[d]);
            }

            for (var k = 0; k < count; k++)
            {
                to[start[(from[k] >> shift) & mask]++] = from[k];
            }

            (from, to) = (to, from);
        }

        if (!ReferenceEquals(from, GramSlots))
        {
            Array.Copy(from, GramSlots, count);
        }
    }
}
