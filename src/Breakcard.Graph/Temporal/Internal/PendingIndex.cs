namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// Edges added since the last compaction, indexed by account: <see cref="Accounts"/> is sorted
/// and <see cref="Edges"/> is parallel to it, so the edges of one account are a contiguous,
/// time-sorted run found by binary search. Small by construction (compaction keeps it so).
/// </summary>
internal sealed class PendingIndex(int[] accounts, int[] edges)
{
    public static readonly PendingIndex Empty = new([], []);

    public int[] Accounts { get; } = accounts;

    public int[] Edges { get; } = edges;

    public int Count => Edges.Length;

    public ReadOnlySpan<int> Of(int account)
    {
        if (Accounts.Length == 0)
        {
            return [];
        }

        var span = Accounts.AsSpan();
        var lo = LowerBound(span, account);
        var hi = lo;
        while (hi < span.Length && span[hi] == account)
        {
            hi++;
        }

        return Edges.AsSpan(lo, hi - lo);
    }

    /// <summary>Builds the index for edges [first, end) keyed by <paramref name="key"/>.</summary>
    public static PendingIndex Build(int first, int end, int[] key, long[] ticks)
    {
        var n = end - first;
        if (n == 0)
        {
            return Empty;
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = first + i;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = key[a].CompareTo(key[b]);
            return c != 0 ? c : EdgeOrder.Compare(ticks, a, b);
        });
        var accounts = new int[n];
        for (var i = 0; i < n; i++)
        {
            accounts[i] = key[order[i]];
        }

        return new PendingIndex(accounts, order);
    }

    public long Bytes => 8L * Edges.Length;

    private static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
