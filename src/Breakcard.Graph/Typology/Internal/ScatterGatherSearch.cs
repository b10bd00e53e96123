using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Typology.Internal;

/// <summary>
/// Scatter-gather: a source S pays several intermediaries M, each of which pays the same
/// destination D within the window after receiving. For every S the search counts, per D, the
/// distinct M that reach it, and records the largest count on S, on D and on each such M.
/// Busy accounts (fan-out above the cap) are not expanded.
/// </summary>
internal sealed class ScatterGatherSearch(TemporalGraph graph, long windowTicks, int[] fanOut, int maxExpansion)
{
    private readonly int[] _count = new int[graph.AccountCount];
    private readonly int[] _lastVia = new int[graph.AccountCount];
    private readonly List<int> _touched = [];
    private readonly List<(int Via, int Destination)> _paths = [];
    private readonly HashSet<int> _vias = [];
    private int[] _buffer = new int[64];

    public void Run(int[] result)
    {
        Array.Fill(_lastVia, -1);
        for (var s = 0; s < graph.AccountCount; s++)
        {
            if (fanOut[s] >= 2 && fanOut[s] <= maxExpansion && !IsCash(s))
            {
                Search(s, result);
            }
        }
    }

    private void Search(int s, int[] result)
    {
        var ticks = graph.TicksArray;
        _vias.Clear();
        _paths.Clear();
        foreach (var first in graph.OutEdges(s))
        {
            var m = graph.TargetOf(first);
            if (m == s || IsCash(m) || fanOut[m] > maxExpansion)
            {
                continue;
            }

            _vias.Add(m);
            var outs = graph.OutEdges(m);
            if (_buffer.Length < outs.Count)
            {
                _buffer = new int[Math.Max(outs.Count, _buffer.Length * 2)];
            }

            var n = outs.CopyTo(_buffer);
            var start = ticks[first];
            for (var i = LowerBound(_buffer, n, ticks, start); i < n && ticks[_buffer[i]] - start <= windowTicks; i++)
            {
                var d = graph.TargetOf(_buffer[i]);
                if (d == s || d == m || IsCash(d) || _lastVia[d] == m)
                {
                    continue;
                }

                if (_count[d] == 0)
                {
                    _touched.Add(d);
                }

                _lastVia[d] = m;
                _count[d]++;
                _paths.Add((m, d));
            }
        }

        var best = 0;
        foreach (var (m, d) in _paths)
        {
            var k = _count[d];
            if (k >= 2)
            {
                result[m] = Math.Max(result[m], k);
                result[d] = Math.Max(result[d], k);
                best = Math.Max(best, k);
            }
        }

        result[s] = Math.Max(result[s], best);
        foreach (var d in _touched)
        {
            _count[d] = 0;
            _lastVia[d] = -1;
        }

        _touched.Clear();
    }

    private static int LowerBound(int[] edges, int n, long[] ticks, long t)
    {
        int lo = 0, hi = n;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ticks[edges[mid]] < t)
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

    private bool IsCash(int account) => (graph.Accounts.FlagsOf(account) & AccountFlags.Cash) != 0;
}
