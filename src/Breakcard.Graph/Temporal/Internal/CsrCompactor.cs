namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// Folds the edges added since the last compaction into a new CSR. Linear in edges and accounts:
/// a counting sort by account keeps arrival order within each account, and arrival order is
/// almost always time order, so a run needs sorting only when events arrived out of time order.
/// When the new edges are already linked into per-account chains in (time, id) order (ADR 0194),
/// <see cref="MergeChains"/> appends each chain to its account's run in one sequential pass.
/// </summary>
internal static class CsrCompactor
{
    /// <summary>
    /// A CSR over edges [0, <paramref name="edgeEnd"/>): each account's compacted run followed by
    /// its pending chain, which must hold every edge [<see cref="PendingChains.FirstEdge"/>,
    /// <paramref name="edgeEnd"/>). Both are sorted; where the chain starts before the run ends
    /// (a late arrival across the compaction) the account's run is sorted again.
    /// </summary>
    public static Csr MergeChains(Csr compacted, PendingChains chains, int edgeEnd, int accountCount, long[] ticks)
    {
        // Every slot of both arrays is written below, so they need not be zeroed first (at ten
        // million edges that is 40 MB of writes saved per direction and compaction).
        var offsets = GC.AllocateUninitializedArray<int>(accountCount + 1);
        var edges = GC.AllocateUninitializedArray<int>(edgeEnd);
        var next = chains.Next;
        var nextBase = chains.FirstEdge;
        var w = 0;
        List<int>? unsorted = null;
        for (var a = 0; a < accountCount; a++)
        {
            offsets[a] = w;
            var run = compacted.Of(a);
            run.CopyTo(edges.AsSpan(w));
            w += run.Length;
            var e = chains.Head(a);
            if (e == PendingChains.End)
            {
                continue;
            }

            if (run.Length > 0 && ticks[e] < ticks[run[^1]])
            {
                (unsorted ??= []).Add(a);
            }

            for (; e != PendingChains.End; e = next[e - nextBase])
            {
                edges[w++] = e;
            }
        }

        offsets[accountCount] = w;
        if (w != edgeEnd)
        {
            throw new InvalidOperationException($"The pending chains hold {w - compacted.Edges.Length} edges, not {edgeEnd - nextBase}.");
        }

        if (unsorted is not null)
        {
            var comparison = new Comparison<int>((x, y) => EdgeOrder.Compare(ticks, x, y));
            foreach (var a in unsorted)
            {
                edges.AsSpan(offsets[a], offsets[a + 1] - offsets[a]).Sort(comparison);
            }
        }

        return new Csr(offsets, edges);
    }

    /// <summary>
    /// As <see cref="Merge"/>, for new edges that each arrived no earlier in time than every edge
    /// before them (a feed in time order; ADR 0250). Each account's run is then its compacted run
    /// followed by its new edges in arrival order, already in (time, id) order: no time is read,
    /// no chain walked, and the fill state is one int per account (the offsets array itself).
    /// Compacted runs are copied one stretch of accounts without new edges at a time.
    /// </summary>
    public static Csr MergeInOrder(Csr compacted, int compactedEnd, int edgeEnd, int accountCount, int[] key)
    {
        var oldOffsets = compacted.Offsets;
        var oldEdges = compacted.Edges;
        var oldAccounts = compacted.AccountCount;
        if (oldEdges.Length != compactedEnd || oldAccounts > accountCount)
        {
            throw new InvalidOperationException($"The compacted graph holds {oldEdges.Length} edges of {oldAccounts} accounts, not {compactedEnd} of at most {accountCount}.");
        }

        // offsets[a + 1] counts account a's new edges first; the pass over accounts below turns it
        // into where a's new edges go, and placing them moves it on to where a's run ends, which is
        // where a + 1's run starts.
        var offsets = new int[accountCount + 1];
        for (var e = compactedEnd; e < edgeEnd; e++)
        {
            offsets[key[e] + 1]++;
        }

        // Every slot is written below: by a stretch copy or by a new edge.
        var edges = GC.AllocateUninitializedArray<int>(edgeEnd);
        var shift = 0; // new edges of the accounts before a: how far a's compacted run moves
        var stretch = 0; // first compacted edge not copied yet
        for (var a = 0; a < accountCount; a++)
        {
            var added = offsets[a + 1];
            var oldEnd = oldOffsets[Math.Min(a + 1, oldAccounts)];
            offsets[a + 1] = oldEnd + shift;
            if (added != 0)
            {
                Array.Copy(oldEdges, stretch, edges, stretch + shift, oldEnd - stretch);
                stretch = oldEnd;
                shift += added;
            }
        }

        Array.Copy(oldEdges, stretch, edges, stretch + shift, oldEdges.Length - stretch);
        for (var e = compactedEnd; e < edgeEnd; e++)
        {
            edges[offsets[key[e] + 1]++] = e;
        }

        if (offsets[accountCount] != edgeEnd)
        {
            throw new InvalidOperationException($"The compaction placed {offsets[accountCount]} edges, not {edgeEnd}.");
        }

        return new Csr(offsets, edges);
    }

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

        // Every slot of these is written before it is read.
        var edges = GC.AllocateUninitializedArray<int>(edgeEnd);

        // Per account, in one 16-byte entry so that placing an edge of a random account costs one
        // cache miss rather than one per array (ADR 0225): where its next edge goes, where its run
        // starts, and the time of the last edge placed in it, to notice late arrivals while
        // placing — read from the compacted run only for accounts that receive new edges
        // (long.MaxValue, beyond any DateTime, marks "not read yet"), so repeated compactions of
        // a large graph do not pay a random read per account.
        var runs = GC.AllocateUninitializedArray<RunEnd>(accountCount);
        for (var a = 0; a < accountCount; a++)
        {
            var run = compacted.Of(a);
            run.CopyTo(edges.AsSpan(offsets[a]));
            runs[a] = new RunEnd { Last = long.MaxValue, Next = offsets[a] + run.Length, Start = offsets[a] };
        }

        // New edges in arrival order: reading ticks sequentially here is far cheaper than checking
        // every run afterwards through random reads.
        List<int>? unsorted = null;
        for (var e = compactedEnd; e < edgeEnd; e++)
        {
            ref var r = ref runs[key[e]];
            var t = ticks[e];
            var l = r.Last;
            if (l == long.MaxValue)
            {
                l = r.Next > r.Start ? ticks[edges[r.Next - 1]] : long.MinValue;
            }

            if (t < l)
            {
                (unsorted ??= []).Add(key[e]);
                r.Last = l;
            }
            else
            {
                r.Last = t;
            }

            edges[r.Next++] = e;
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

    /// <summary>The fill state of one account's run while new edges are placed.</summary>
    private struct RunEnd
    {
        public long Last;
        public int Next;
        public int Start;
    }
}
