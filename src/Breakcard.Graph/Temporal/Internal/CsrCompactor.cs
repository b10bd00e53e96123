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
        for (var a = 0; a < accountCount; a++)
        {
            var run = compacted.Of(a);
            run.CopyTo(edges.AsSpan(offsets[a]));
            cursor[a] = offsets[a] + run.Length;
        }

        for (var e = compactedEnd; e < edgeEnd; e++)
        {
            edges[cursor[key[e]]++] = e;
        }

        // Restore (time, id) order where new edges arrived earlier in time than edges before them.
        // New ids are larger than old ones, so a run is sorted iff every neighbour pair is.
        var comparison = new Comparison<int>((x, y) => EdgeOrder.Compare(ticks, x, y));
        for (var a = 0; a < accountCount; a++)
        {
            var start = offsets[a];
            var end = offsets[a + 1];
            if (end - start < 2 || (a < oldAccounts && end - start == compacted.Degree(a)))
            {
                continue;
            }

            var sorted = true;
            for (var i = start + 1; i < end; i++)
            {
                if (!EdgeOrder.Precedes(ticks, edges[i - 1], edges[i]))
                {
                    sorted = false;
                    break;
                }
            }

            if (!sorted)
            {
                edges.AsSpan(start, end - start).Sort(comparison);
            }
        }

        return new Csr(offsets, edges);
    }
}
