using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tracing.Internal;

/// <summary>
/// An account's in- and out-edges merged into one sequence in (time, id) order, up to a time.
/// For the same edge (a transfer to oneself) the outflow comes before the inflow.
/// </summary>
internal static class NodeHistory
{
    public static void Collect(TemporalGraph graph, int account, long endTicks, List<HistoryItem> into)
    {
        into.Clear();
        var ticks = graph.TicksArray;
        var outs = graph.OutEdges(account).GetEnumerator();
        var ins = graph.InEdges(account).GetEnumerator();
        var hasOut = Next(ref outs, ticks, endTicks);
        var hasIn = Next(ref ins, ticks, endTicks);
        while (hasOut || hasIn)
        {
            // Out first on ties of the same edge; otherwise (time, id) order.
            if (hasOut && (!hasIn || outs.Current == ins.Current || EdgeOrder.Precedes(ticks, outs.Current, ins.Current)))
            {
                into.Add(new HistoryItem(outs.Current, IsIn: false));
                hasOut = Next(ref outs, ticks, endTicks);
            }
            else
            {
                into.Add(new HistoryItem(ins.Current, IsIn: true));
                hasIn = Next(ref ins, ticks, endTicks);
            }
        }
    }

    private static bool Next(ref EdgeRuns.Enumerator e, long[] ticks, long endTicks) => e.MoveNext() && ticks[e.Current] <= endTicks;
}
