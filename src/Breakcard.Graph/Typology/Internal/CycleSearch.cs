using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Typology.Internal;

/// <summary>
/// Shortest time-respecting cycles: a path of 2 to L transfers that starts and ends at one
/// account, each transfer later than the one before, all within the cycle window of the first,
/// and each moving between half and all of the previous amount (money going round, less fees —
/// not a friend's repayment of some other sum). Searched from every account with iterative
/// deepening; each step looks only at the time-sorted out-edges after the previous transfer
/// (binary search). The length is recorded on every account of the cycle (a cycle only looks
/// time-respecting from its first payer). Busy accounts are not expanded. One instance per
/// worker thread; partial results are merged by minimum.
/// </summary>
internal sealed class CycleSearch(TemporalGraph graph, long windowTicks, int maxLength, int[] fanOut, int maxExpansion)
{
    private readonly List<int> _path = [];
    private readonly List<int> _firsts = [];

    /// <summary>This worker's partial result (0 = no cycle found).</summary>
    public int[] Result { get; } = new int[graph.AccountCount];

    public void Search(int start)
    {
        if (fanOut[start] == 0 || fanOut[start] > maxExpansion || graph.InDegree(start) == 0 || graph.IsCashAccount(start))
        {
            return;
        }

        // First transfers after which something comes back that could close any cycle.
        _firsts.Clear();
        foreach (var first in graph.OutEdges(start))
        {
            var next = graph.TargetArray[first];
            if (next != start && !graph.IsCashAccount(next) && MayReturn(start, first, maxLength))
            {
                _firsts.Add(first);
            }
        }

        for (var length = 2; length <= maxLength && _firsts.Count > 0; length++)
        {
            if (Find(start, length))
            {
                foreach (var member in _path)
                {
                    Result[member] = Result[member] == 0 ? length : Math.Min(Result[member], length);
                }

                return;
            }
        }
    }

    /// <summary>Folds a partial result into <paramref name="into"/> by minimum of the non-zero lengths.</summary>
    public void MergeInto(int[] into)
    {
        for (var a = 0; a < into.Length; a++)
        {
            var r = Result[a];
            if (r != 0 && (into[a] == 0 || r < into[a]))
            {
                into[a] = r;
            }
        }
    }

    private bool Find(int start, int length)
    {
        foreach (var first in _firsts)
        {
            var next = graph.TargetArray[first];
            _path.Clear();
            _path.Add(start);
            _path.Add(next);
            if (Extend(start, next, first, graph.TicksArray[first] + windowTicks, length - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="start"/> receives, within the window after <paramref name="first"/>,
    /// a transfer that could close a cycle of <paramref name="length"/>: amounts shrink by at most
    /// half per hop, so the last one is between first/2^(length−1) and first. Rules out most
    /// starts with one binary search before any path is explored.
    /// </summary>
    private bool MayReturn(int start, int first, int length)
    {
        var ticks = graph.TicksArray;
        var fen = graph.FenArray;
        var firstFen = fen[first];
        var least = firstFen >> (length - 1);
        foreach (var e in graph.InEdges(start).From(ticks[first]))
        {
            if (ticks[e] > ticks[first] + windowTicks)
            {
                return false;
            }

            if (fen[e] <= firstFen && fen[e] >= least && EdgeOrder.Precedes(ticks, first, e))
            {
                return true;
            }
        }

        return false;
    }

    private bool Extend(int start, int at, int previous, long deadline, int remaining)
    {
        if (fanOut[at] > maxExpansion)
        {
            return false;
        }

        var ticks = graph.TicksArray;
        var fenOf = graph.FenArray;
        var prevFen = fenOf[previous];
        foreach (var e in graph.OutEdges(at).From(ticks[previous]))
        {
            if (ticks[e] > deadline)
            {
                break;
            }

            var fen = fenOf[e];
            if (!EdgeOrder.Precedes(ticks, previous, e) || fen * 2 < prevFen || fen > prevFen)
            {
                continue;
            }

            var to = graph.TargetArray[e];
            if (remaining == 1)
            {
                if (to == start)
                {
                    return true;
                }
            }
            else if (to != start && !_path.Contains(to) && !graph.IsCashAccount(to))
            {
                _path.Add(to);
                if (Extend(start, to, e, deadline, remaining - 1))
                {
                    return true;
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }

        return false;
    }
}
