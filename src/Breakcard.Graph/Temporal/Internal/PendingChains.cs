namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// The delta layer of one direction (ADR 0194): edges added since the last compaction, linked per
/// account into a chain in (time, id) order — a head and tail per account and a successor per
/// edge. Linking an edge that arrives in time order is O(1) (append at the tail); a late edge is
/// inserted at its place by walking the account's chain. Chains only grow: a node is never moved
/// or removed, so a snapshot taken earlier still finds its own edges by skipping ids at or beyond
/// its edge count. Compaction starts a new instance, leaving this one to the snapshots that use it.
/// </summary>
internal sealed class PendingChains
{
    /// <summary>Successor slot value that ends a chain.</summary>
    public const int End = -1;

    public static readonly PendingChains Empty = new(0, 0);

    // Per account: first and last edge of its chain, + 1 (0: no pending edge), and the last
    // edge's time, side by side so that appending reads and writes one cache line (reading the
    // last edge's time from the edge arrays would be a second, dependent cache miss).
    private Ends[] _ends;

    // Per pending edge (edge − FirstEdge): the next edge of its account's chain, or End.
    private int[] _next;

    public PendingChains(int firstEdge, int accounts)
    {
        FirstEdge = firstEdge;
        _ends = accounts == 0 ? [] : new Ends[accounts];
        _next = [];
    }

    /// <summary>The first edge id this layer can hold (the compacted edge count when it was started).</summary>
    public int FirstEdge { get; }

    /// <summary>Edges [<see cref="FirstEdge"/>, <see cref="LinkedEnd"/>) are linked.</summary>
    public int LinkedEnd { get; private set; }

    /// <summary>Chain steps walked to place late edges since this layer was started.</summary>
    public long LateSteps { get; private set; }

    /// <summary>Successors by edge − <see cref="FirstEdge"/> (fetch again after linking, which may replace it).</summary>
    public int[] Next => _next;

    /// <summary>Bytes held.</summary>
    public long Bytes => (16L * _ends.Length) + (4L * _next.Length);

    /// <summary>First pending edge of an account in (time, id) order, or <see cref="End"/>.</summary>
    public int Head(int account) => (uint)account < (uint)_ends.Length ? _ends[account].First - 1 : End;

    /// <summary>
    /// Links edges [<see cref="LinkedEnd"/>, <paramref name="end"/>), keyed by account in
    /// <paramref name="key"/>. Stops early and returns false once late edges have cost more than
    /// <paramref name="lateStepBudget"/> chain steps in total: the caller then compacts, which
    /// sorts any arrival order in linear time, instead of walking long chains edge by edge.
    /// </summary>
    public bool Link(int end, int accountCount, int[] key, long[] ticks, long lateStepBudget)
    {
        if (LinkedEnd < FirstEdge)
        {
            LinkedEnd = FirstEdge;
        }

        EnsureCapacity(end - FirstEdge, accountCount);
        var ends = _ends;
        var next = _next;
        var first = FirstEdge;
        for (var e = LinkedEnd; e < end; e++)
        {
            ref var slot = ref ends[key[e]];
            var t = ticks[e];
            var tail = slot.Last - 1;
            next[e - first] = End;
            if (tail < 0)
            {
                slot = new Ends(e + 1, e + 1, t);
            }
            else if (slot.LastTicks <= t)
            {
                // In time order (the usual case): append. Equal times keep arrival order.
                next[tail - first] = e;
                slot.Last = e + 1;
                slot.LastTicks = t;
            }
            else if (!InsertLate(ref slot, e, t, ticks, lateStepBudget))
            {
                LinkedEnd = e;
                return false;
            }
        }

        LinkedEnd = end;
        return true;
    }

    private bool InsertLate(ref Ends slot, int e, long t, long[] ticks, long budget)
    {
        var next = _next;
        var first = FirstEdge;
        var p = slot.First - 1;
        if (t < ticks[p])
        {
            next[e - first] = p;
            slot.First = e + 1;
            return true;
        }

        // Walk to the last edge at or before t: e has the highest id, so it goes after equal times.
        var steps = 0L;
        for (var q = next[p - first]; q != End && ticks[q] <= t; q = next[q - first])
        {
            p = q;
            steps++;
        }

        LateSteps += steps;
        if (LateSteps > budget)
        {
            return false;
        }

        next[e - first] = next[p - first];
        next[p - first] = e;
        return true;
    }

    private void EnsureCapacity(int pending, int accounts)
    {
        if (pending > _next.Length)
        {
            Array.Resize(ref _next, Math.Max(pending, Math.Min(checked(_next.Length * 2), int.MaxValue - 64)));
        }

        if (accounts > _ends.Length)
        {
            Array.Resize(ref _ends, Math.Max(accounts, Math.Min(checked(_ends.Length * 2), int.MaxValue - 64)));
        }
    }

    /// <summary>First and last edge of a chain, each + 1, and the time of the last.</summary>
    private struct Ends(int first, int last, long lastTicks)
    {
        public int First = first;
        public int Last = last;
        public long LastTicks = lastTicks;
    }
}
