using Breakcard.Graph.Temporal.Internal;

namespace Breakcard.Graph.Temporal;

/// <summary>
/// The edges of one account in one direction, in (time, edge id) order: the merge of the
/// compacted run and the account's chain of edges added since the last compaction (usually empty;
/// ADR 0194). Enumerating yields edge ids in order; <see cref="CopyTo"/> materialises them.
/// </summary>
public readonly ref struct EdgeRuns
{
    private readonly long[] _ticks;
    private readonly int[] _next;
    private readonly int _nextBase;
    private readonly int _head;
    private readonly int _limit;

    internal EdgeRuns(ReadOnlySpan<int> compacted, long[] ticks)
        : this(compacted, PendingChains.End, [], 0, 0, ticks)
    {
    }

    internal EdgeRuns(ReadOnlySpan<int> compacted, int head, int[] next, int nextBase, int limit, long[] ticks)
    {
        Compacted = compacted;
        _head = head;
        _next = next;
        _nextBase = nextBase;
        _limit = limit;
        _ticks = ticks;
    }

    /// <summary>Edges from the compacted adjacency, sorted by (time, id).</summary>
    public ReadOnlySpan<int> Compacted { get; }

    /// <summary>Number of edges added since the last compaction (a walk of the account's chain).</summary>
    public int PendingCount
    {
        get
        {
            var n = 0;
            for (var e = _head; e != PendingChains.End; e = _next[e - _nextBase])
            {
                if (e < _limit)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>Number of edges.</summary>
    public int Count => Compacted.Length + (_head == PendingChains.End ? 0 : PendingCount);

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

        if (_head == PendingChains.End)
        {
            Compacted.CopyTo(destination);
            return Compacted.Length;
        }

        var n = 0;
        foreach (var e in this)
        {
            destination[n++] = e;
        }

        return n;
    }

    /// <summary>The edges at or after <paramref name="ticks"/> (binary search in the compacted run, a walk of the chain).</summary>
    public EdgeRuns From(long ticks)
    {
        // Edges beyond this snapshot are skipped unread: the snapshot's arrays may be shorter than
        // the builder's by now.
        var head = _head;
        while (head != PendingChains.End && (head >= _limit || _ticks[head] < ticks))
        {
            head = _next[head - _nextBase];
        }

        return new(Compacted[LowerBound(Compacted, ticks)..], head, _next, _nextBase, _limit, _ticks);
    }

    /// <summary>Merged enumerator.</summary>
    public Enumerator GetEnumerator() => new(Compacted, _head, _next, _nextBase, _limit, _ticks);

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
        private readonly int[] _next;
        private readonly int _nextBase;
        private readonly int _limit;
        private readonly long[] _ticks;
        private int _i;
        private int _b;

        internal Enumerator(ReadOnlySpan<int> a, int head, int[] next, int nextBase, int limit, long[] ticks)
        {
            _a = a;
            _next = next;
            _nextBase = nextBase;
            _limit = limit;
            _ticks = ticks;
            _b = Visible(head);
            Current = -1;
        }

        /// <summary>The current edge id.</summary>
        public int Current { get; private set; }

        /// <summary>Advances to the next edge.</summary>
        public bool MoveNext()
        {
            if (_i < _a.Length)
            {
                if (_b == PendingChains.End || EdgeOrder.Precedes(_ticks, _a[_i], _b))
                {
                    Current = _a[_i++];
                    return true;
                }
            }

            if (_b != PendingChains.End)
            {
                Current = _b;
                _b = Visible(_next[_b - _nextBase]);
                return true;
            }

            return false;
        }

        /// <summary>The first chain edge from <paramref name="e"/> on that the snapshot sees (ids below its edge count).</summary>
        private readonly int Visible(int e)
        {
            while (e != PendingChains.End && e >= _limit)
            {
                e = _next[e - _nextBase];
            }

            return e;
        }
    }
}
