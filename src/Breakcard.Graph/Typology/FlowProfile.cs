using Breakcard.Graph.Internal;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Typology;

/// <summary>
/// Pass-through behaviour of one account: how much came in and went out, and which share of what
/// came in left again within a short window (FIFO). Mules forward nearly everything within minutes
/// or hours (INDICATORS.md: "pass-through"); households spend their income over weeks.
/// </summary>
/// <param name="InFen">Total received (cash deposits included).</param>
/// <param name="OutFen">Total paid out (cash withdrawals included).</param>
/// <param name="FastFen">Received money that left again within the window, by FIFO.</param>
public readonly record struct FlowProfile(long InFen, long OutFen, long FastFen)
{
    /// <summary>Share of received money forwarded within the window (0–1).</summary>
    public double FastShare => InFen == 0 ? 0 : (double)FastFen / InFen;

    /// <summary>
    /// Profiles of every account of <paramref name="graph"/> in one pass over the edges
    /// (O(edges), no allocation per account; accounts in parallel).
    /// </summary>
    public static FlowProfile[] ComputeAll(TemporalGraph graph, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var profiles = new FlowProfile[graph.AccountCount];
        ParallelAccounts.For(graph.AccountCount, () => new Scratch(), (a, scratch) => profiles[a] = Compute(graph, a, window, scratch));
        return profiles;
    }

    /// <summary>The profile of one account.</summary>
    public static FlowProfile Compute(TemporalGraph graph, int account, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Compute(graph, account, window, new Scratch());
    }

    private static FlowProfile Compute(TemporalGraph graph, int account, TimeSpan window, Scratch s)
    {
        var ticks = graph.TicksArray;
        var fen = graph.FenArray;
        var limit = window.Ticks;
        var inDegree = graph.InDegree(account);
        if (s.LotTicks.Length < inDegree)
        {
            s.LotTicks = new long[Math.Max(inDegree, s.LotTicks.Length * 2)];
            s.LotFen = new long[s.LotTicks.Length];
        }

        long inFen = 0, outFen = 0, fastFen = 0;
        int head = 0, tail = 0;
        var outs = graph.OutEdges(account).GetEnumerator();
        var ins = graph.InEdges(account).GetEnumerator();
        var hasOut = outs.MoveNext();
        var hasIn = ins.MoveNext();
        while (hasOut || hasIn)
        {
            if (hasOut && (!hasIn || outs.Current == ins.Current || EdgeOrder.Precedes(ticks, outs.Current, ins.Current)))
            {
                var e = outs.Current;
                var amount = fen[e];
                outFen += amount;
                while (amount > 0 && head < tail)
                {
                    var take = Math.Min(amount, s.LotFen[head]);
                    if (ticks[e] - s.LotTicks[head] <= limit)
                    {
                        fastFen += take;
                    }

                    amount -= take;
                    s.LotFen[head] -= take;
                    if (s.LotFen[head] == 0)
                    {
                        head++;
                    }
                }

                hasOut = outs.MoveNext();
            }
            else
            {
                var e = ins.Current;
                inFen += fen[e];
                s.LotTicks[tail] = ticks[e];
                s.LotFen[tail++] = fen[e];
                hasIn = ins.MoveNext();
            }
        }

        return new FlowProfile(inFen, outFen, fastFen);
    }

    private sealed class Scratch
    {
        public long[] LotTicks = new long[64];
        public long[] LotFen = new long[64];
    }
}
