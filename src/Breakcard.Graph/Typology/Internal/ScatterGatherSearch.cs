using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Typology.Internal;

/// <summary>
/// Scatter-gather: a source S pays several intermediaries M, each of which pays the same
/// destination D within the window after receiving. For every S the search counts, per D, the
/// distinct M that reach it, and records the largest count on S, on D and on each such M.
/// Busy accounts (fan-out above the cap) are not expanded. One instance per worker thread; the
/// partial results are merged by maximum.
/// </summary>
internal sealed class ScatterGatherSearch
{
    private readonly TemporalGraph _graph;
    private readonly long _windowTicks;
    private readonly int[] _fanOut;
    private readonly int _maxExpansion;
    private readonly int[] _count;
    private readonly int[] _lastVia;
    private readonly List<int> _touched = [];
    private readonly List<(int Via, int Destination)> _paths = [];

    public ScatterGatherSearch(TemporalGraph graph, long windowTicks, int[] fanOut, int maxExpansion)
    {
        _graph = graph;
        _windowTicks = windowTicks;
        _fanOut = fanOut;
        _maxExpansion = maxExpansion;
        _count = new int[graph.AccountCount];
        _lastVia = new int[graph.AccountCount];
        Array.Fill(_lastVia, -1);
        Result = new int[graph.AccountCount];
    }

    /// <summary>This worker's partial result.</summary>
    public int[] Result { get; }

    public void Search(int s)
    {
        if (_fanOut[s] < 2 || _fanOut[s] > _maxExpansion || _graph.IsCashAccount(s))
        {
            return;
        }

        var graph = _graph;
        var ticks = graph.TicksArray;
        var to = graph.TargetArray;
        var result = Result;
        _paths.Clear();
        foreach (var first in graph.OutEdges(s))
        {
            var m = to[first];
            if (m == s || graph.IsCashAccount(m) || _fanOut[m] > _maxExpansion)
            {
                continue;
            }

            var start = ticks[first];
            foreach (var next in graph.OutEdges(m).From(start))
            {
                if (ticks[next] - start > _windowTicks)
                {
                    break;
                }

                var d = to[next];
                if (d == s || d == m || graph.IsCashAccount(d) || _lastVia[d] == m)
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

    /// <summary>Folds a partial result into <paramref name="into"/> by maximum.</summary>
    public void MergeInto(int[] into)
    {
        for (var a = 0; a < into.Length; a++)
        {
            into[a] = Math.Max(into[a], Result[a]);
        }
    }
}
