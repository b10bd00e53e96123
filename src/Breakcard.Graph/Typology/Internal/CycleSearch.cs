using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Typology.Internal;

/// <summary>
/// Shortest time-respecting cycles: a path of 2 to L transfers that starts and ends at one
/// account, each transfer later than the one before, all within the cycle window of the first,
/// and each moving between half and all of the previous amount (money going round, less fees —
/// not a friend's repayment of some other sum). Searched from every account with iterative
/// deepening; the length is recorded on every account of the cycle (a cycle only looks
/// time-respecting from its first payer). Busy accounts are not expanded.
/// </summary>
internal sealed class CycleSearch(TemporalGraph graph, long windowTicks, int maxLength, int[] fanOut, int maxExpansion)
{
    private readonly List<int> _path = [];

    public void Run(int[] result)
    {
        for (var start = 0; start < graph.AccountCount; start++)
        {
            if (fanOut[start] == 0 || fanOut[start] > maxExpansion || IsCash(start))
            {
                continue;
            }

            for (var length = 2; length <= maxLength; length++)
            {
                if (Find(start, length))
                {
                    foreach (var member in _path)
                    {
                        result[member] = result[member] == 0 ? length : Math.Min(result[member], length);
                    }

                    break;
                }
            }
        }
    }

    private bool Find(int start, int length)
    {
        foreach (var first in graph.OutEdges(start))
        {
            var next = graph.TargetOf(first);
            _path.Clear();
            _path.Add(start);
            _path.Add(next);
            if (next != start && !IsCash(next) && Extend(start, next, first, graph.TicksOf(first) + windowTicks, length - 1))
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

        var prevFen = graph.FenOf(previous);
        foreach (var e in graph.OutEdges(at))
        {
            if (!EdgeOrder.Precedes(graph.TicksArray, previous, e))
            {
                continue;
            }

            if (graph.TicksOf(e) > deadline)
            {
                break;
            }

            var fen = graph.FenOf(e);
            if (fen * 2 < prevFen || fen > prevFen)
            {
                continue;
            }

            var to = graph.TargetOf(e);
            if (remaining == 1)
            {
                if (to == start)
                {
                    return true;
                }
            }
            else if (to != start && !_path.Contains(to) && !IsCash(to))
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

    private bool IsCash(int account) => (graph.Accounts.FlagsOf(account) & AccountFlags.Cash) != 0;
}
