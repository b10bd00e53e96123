using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing.Internal;

namespace Breakcard.Graph.Typology.Internal;

/// <summary>
/// Sliding-window distinct counterparties of every account: fan-in, fan-out and gather-scatter
/// (min of distinct payers and payees within one window). Cash points are not counterparties.
/// O(edges) with counting arrays reused across accounts; one instance per worker thread.
/// </summary>
internal sealed class WindowCounts(TemporalGraph graph, long windowTicks)
{
    private readonly int[] _inCount = new int[graph.AccountCount];
    private readonly int[] _outCount = new int[graph.AccountCount];
    private readonly List<HistoryItem> _history = [];
    private int[] _buffer = new int[64];

    public (int FanIn, int FanOut, int GatherScatter) Measure(int account)
    {
        var fanIn = MaxDistinct(graph.InEdges(account), source: true);
        var fanOut = MaxDistinct(graph.OutEdges(account), source: false);
        var gatherScatter = Math.Min(fanIn, fanOut) < 2 ? Math.Min(fanIn, fanOut) : GatherScatter(account);
        return (fanIn, fanOut, gatherScatter);
    }

    private int MaxDistinct(EdgeRuns runs, bool source)
    {
        if (_buffer.Length < runs.Count)
        {
            _buffer = new int[Math.Max(runs.Count, _buffer.Length * 2)];
        }

        var n = runs.CopyTo(_buffer);
        var ticks = graph.TicksArray;
        var ends = source ? graph.SourceArray : graph.TargetArray;
        int best = 0, distinct = 0, left = 0;
        for (var right = 0; right < n; right++)
        {
            var other = ends[_buffer[right]];
            if (!IsCash(other) && _inCount[other]++ == 0)
            {
                distinct++;
            }

            while (ticks[_buffer[right]] - ticks[_buffer[left]] > windowTicks)
            {
                var gone = ends[_buffer[left++]];
                if (!IsCash(gone) && --_inCount[gone] == 0)
                {
                    distinct--;
                }
            }

            best = Math.Max(best, distinct);
        }

        for (var i = left; i < n; i++)
        {
            var other = ends[_buffer[i]];
            if (!IsCash(other))
            {
                _inCount[other] = 0;
            }
        }

        return best;
    }

    private int GatherScatter(int account)
    {
        NodeHistory.Collect(graph, account, long.MaxValue, _history);
        var ticks = graph.TicksArray;
        int best = 0, payers = 0, payees = 0, left = 0;
        for (var right = 0; right < _history.Count; right++)
        {
            Add(_history[right], +1, ref payers, ref payees);
            while (ticks[_history[right].Edge] - ticks[_history[left].Edge] > windowTicks)
            {
                Add(_history[left++], -1, ref payers, ref payees);
            }

            best = Math.Max(best, Math.Min(payers, payees));
        }

        for (var i = left; i < _history.Count; i++)
        {
            Add(_history[i], -1, ref payers, ref payees);
        }

        return best;
    }

    private void Add(HistoryItem item, int delta, ref int payers, ref int payees)
    {
        var other = item.IsIn ? graph.SourceArray[item.Edge] : graph.TargetArray[item.Edge];
        if (IsCash(other))
        {
            return;
        }

        var counts = item.IsIn ? _inCount : _outCount;
        var before = counts[other];
        counts[other] = before + delta;
        var change = (before == 0 && delta > 0) ? 1 : (before == 1 && delta < 0) ? -1 : 0;
        if (item.IsIn)
        {
            payers += change;
        }
        else
        {
            payees += change;
        }
    }

    private bool IsCash(int account) => graph.IsCashAccount(account);
}
