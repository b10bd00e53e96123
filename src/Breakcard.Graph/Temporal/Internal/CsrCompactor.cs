namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// Folds the edges added since the last compaction into a new CSR. Linear in edges and accounts:
/// a counting sort by account keeps arrival order within each account, and arrival order is
/// almost always time order, so a run needs sorting only when events arrived out of time order.
/// </summary>
internal static class CsrCompactor
{
    /// <summary>
    /// A CSR over edges [0, <paramref name="edgeEnd"/>) keyed by <paramref name="key"/> (source or
    /// target per edge), from <paramref name="compacted"/> which covers edges [0, <paramref name="compactedEnd"/>).
    /// </summary>
    public static Csr Merge(Csr compacted, int compactedEnd, int edgeEnd, int accountCount, int[] key, long[] ticks)
    {
        var offsets = new int[accountCount + 1];

        // Degrees: compacted runs plus new edges, shifted by one for the prefix sum below.
        var oldAccounts = compacted.AccountCount;
        for (var a = 0; a < oldAccounts; a++)
        {
            offsets[a + 1] = compacted.Offsets[a + 1] - compacted.Offsets[a];
        }

        for (var e = compactedEnd; e < edgeEnd; e++)
        {
            offsets[key[e] + 1]++;
        }

        for (var a = 0; a < accountCount; a++)
        {
            offsets[a + 1] += offsets[a];
        }

        var edges = new int[edgeEnd];
        var cursor = new int[accountCount];

        // The time of the last edge placed in each run, to notice late arrivals while placing.
        var last = new long[accountCount];
        Array.Fill(last, long.MinValue);
        for (var a = 0; a < accountCount; a++)
        {
            var run = compacted.Of(a);
            run.CopyTo(edges.AsSpan(offsets[a]));
            cursor[a] = offsets[a] + run.Length;
            if (run.Length > 0)
            {
                last[a] = ticks[run[^1]];
            }
        }

        // New edges in arrival order: reading ticks sequentially here is far cheaper than checking
        // every run afterwards through random reads.
        List<int>? unsorted = null;
        for (var e = compactedEnd; e < edgeEnd; e++)
        {
            var a = key[e];
            var t = ticks[e];
            if (t < last[a])
            {
                (unsorted ??= []).Add(a);
            }
            else
            {
                last[a] = t;
            }

            edges[cursor[a]++] = e;
        }

        if (unsorted is not null)
        {
            // Restore (time, id) order where events arrived late; ids break ties.
            var comparison = new Comparison<int>((x, y) => EdgeOrder.Compare(ticks, x, y));
            foreach (var a in unsorted.Distinct())
            {
                edges.AsSpan(offsets[a], offsets[a + 1] - offsets[a]).Sort(comparison);
            }
        }

        return new Csr(offsets, edges);
    }
}
