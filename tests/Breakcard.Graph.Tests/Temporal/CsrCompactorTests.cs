using Breakcard.Graph.Temporal.Internal;
using CsCheck;

namespace Breakcard.Graph.Tests.Temporal;

/// <summary>
/// The in-order compaction (ADR 0250) against the counting sort and against a plain sort of each
/// account's edges by (time, id): same offsets, same edges, for any split between compacted and
/// new edges, accounts first seen after the compaction, and stretches of accounts without new edges.
/// </summary>
public sealed class CsrCompactorTests
{
    [Fact]
    public void MergeInOrder_EdgesInTimeOrder_SameAsCountingSortAndPlainSort()
    {
        var gen = Gen.Select(Gen.Int[1, 12], Gen.Int[0, 40], Gen.Int[0, 100], Gen.Int[0, 100], Gen.Int[0, int.MaxValue],
            (accounts, edges, split, oldShare, seed) => (accounts, edges, split, oldShare, seed));
        gen.Sample(c =>
        {
            var random = new Random(c.seed);
            var oldAccounts = c.accounts * c.oldShare / 100;
            var compactedEnd = oldAccounts == 0 ? 0 : c.edges * c.split / 100;
            var key = new int[c.edges];
            var ticks = new long[c.edges];
            for (var e = 0; e < c.edges; e++)
            {
                // Time never goes back; equal times are common, across the split too.
                ticks[e] = (e == 0 ? 0 : ticks[e - 1]) + random.Next(0, 3);
                key[e] = random.Next(0, e < compactedEnd ? oldAccounts : c.accounts);
            }

            var compacted = CsrCompactor.Merge(Csr.Empty, 0, compactedEnd, oldAccounts, key, ticks);
            var merged = CsrCompactor.MergeInOrder(compacted, compactedEnd, c.edges, c.accounts, key);
            var reference = CsrCompactor.Merge(compacted, compactedEnd, c.edges, c.accounts, key, ticks);

            Assert.Equal(reference.Offsets, merged.Offsets);
            Assert.Equal(reference.Edges, merged.Edges);
            for (var a = 0; a < c.accounts; a++)
            {
                var sorted = Enumerable.Range(0, c.edges).Where(e => key[e] == a).OrderBy(e => ticks[e]).ThenBy(e => e);
                Assert.Equal(sorted, merged.Of(a).ToArray());
            }
        }, iter: 2_000);
    }

    [Fact]
    public void MergeInOrder_StretchBoundaries_HandChecked()
    {
        // Accounts 0–4 compacted: 0 → {0}, 1 → {}, 2 → {1, 2}, 3 → {}, 4 → {3}. New edges 4–7 go
        // to accounts 0 (first), 4 (last old), 5 and 6 (interned after the compaction); accounts
        // 1–3 form a stretch without new edges, copied in one piece.
        int[] key = [0, 2, 2, 4, 0, 4, 6, 5];
        long[] ticks = [1, 2, 2, 3, 5, 5, 6, 7];
        var compacted = CsrCompactor.Merge(Csr.Empty, 0, 4, 5, key, ticks);

        var merged = CsrCompactor.MergeInOrder(compacted, 4, 8, 7, key);

        Assert.Equal([0, 2, 2, 4, 4, 6, 7, 8], merged.Offsets);
        Assert.Equal([0, 4, 1, 2, 3, 5, 7, 6], merged.Edges);
    }

    [Fact]
    public void MergeInOrder_NoNewEdges_CopiesTheCompactedRuns()
    {
        int[] key = [1, 0, 1];
        long[] ticks = [1, 2, 3];
        var compacted = CsrCompactor.Merge(Csr.Empty, 0, 3, 2, key, ticks);

        var merged = CsrCompactor.MergeInOrder(compacted, 3, 3, 3, key);

        Assert.Equal([0, 1, 3, 3], merged.Offsets);
        Assert.Equal([1, 0, 2], merged.Edges);
    }

    [Fact]
    public void MergeInOrder_CompactedEndNotTheCompactedEdges_Throws()
    {
        int[] key = [0, 0];
        long[] ticks = [1, 2];
        var compacted = CsrCompactor.Merge(Csr.Empty, 0, 1, 1, key, ticks);
        Assert.Throws<InvalidOperationException>(() => CsrCompactor.MergeInOrder(compacted, 2, 2, 1, key));
    }
}
