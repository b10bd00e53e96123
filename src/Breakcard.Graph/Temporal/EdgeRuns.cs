namespace Breakcard.Graph.Temporal;

/// <summary>
/// The edges of one account in one direction, in (time, edge id) order: the merge of two sorted
/// runs — the compacted part and the part added since the last compaction (usually empty).
/// Enumerating yields edge ids in order; <see cref="CopyTo"/> materialises them.
/// </summary>
public readonly ref struct EdgeRuns
{
    private readonly long[] _ticks;

    internal EdgeRuns(ReadOnlySpan<int> compacted, ReadOnlySpan<int> pending, long[] ticks)
    {
        Compacted = compacted;
        Pending = pending;
        _ticks = ticks;
    }

    /// <summary>Edges from the compacted adjacency, sorted by (time, id).</summary>
    public ReadOnlySpan<int> Compacted { get; }

    /// <summary>Edges added since the last compaction, sorted by (time, id).</summary>
    public ReadOnlySpan<int> Pending { get; }

    /// <summary>Number of edges.</summary>
    public int Count => Compacted.Length + Pending.Length;

    /// <summary>True when there are no edges.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Copies the edge ids, merged in (time, id) order, into <paramref name="destination"/>.</summary>
    /// <returns>The number of ids written (<see cref="Count"/>).</returns>
    public int CopyTo(Span<int> destination)
    {
        if (destination.Length < Count)
        {
            throw new ArgumentException("Destination is shorter than the edge list.", nameof(destination));
        }

        if (Pending.IsEmpty)
        {
            Compacted.CopyTo(destination);
            return Count;
        }

        var n = 0;
        foreach (var e in this)
        {
            destination[n++] = e;
        }

        return n;
    }

    /// <summary>The edges at or after <paramref name="ticks"/> (binary search in both runs).</summary>
    public EdgeRuns From(long ticks) => new(Compacted[LowerBound(Compacted, ticks)..], Pending[LowerBound(Pending, ticks)..], _ticks);

    /// <summary>Merged enumerator.</summary>
    public Enumerator GetEnumerator() => new(Compacted, Pending, _ticks);

    private int LowerBound(ReadOnlySpan<int> run, long ticks)
    {
        int lo = 0, hi = run.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ticks[run[mid]] < ticks)
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

    /// <summary>Enumerates the merge of both runs in (time, id) order.</summary>
    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<int> _a;
        private readonly ReadOnlySpan<int> _b;
        private readonly long[] _ticks;
        private int _i;
        private int _j;

        internal Enumerator(ReadOnlySpan<int> a, ReadOnlySpan<int> b, long[] ticks)
        {
            _a = a;
            _b = b;
            _ticks = ticks;
            Current = -1;
        }

        /// <summary>The current edge id.</summary>
        public int Current { get; private set; }

        /// <summary>Advances to the next edge.</summary>
        public bool MoveNext()
        {
            if (_i < _a.Length)
            {
                if (_j >= _b.Length || EdgeOrder.Precedes(_ticks, _a[_i], _b[_j]))
                {
                    Current = _a[_i++];
                    return true;
                }
            }

            if (_j < _b.Length)
            {
                Current = _b[_j++];
                return true;
            }

            return false;
        }
    }
}
