using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Typology.Internal;

/// <summary>
/// Layered stacks: the longest time-respecting chain of pass-through accounts through each
/// account, where each transfer follows the one into the account within the window.
/// Two dynamic programmes over the edges in time order (upstream) and reverse time order
/// (downstream), each keeping a sliding-window maximum per pass-through account.
/// </summary>
internal static class StackDepth
{
    public static int[] Compute(TemporalGraph graph, bool[] passThrough, long windowTicks)
    {
        var order = TimeOrder(graph);
        var from = graph.SourceArray;
        var to = graph.TargetArray;
        var ticks = graph.TicksArray;
        var windows = new SlidingMax?[graph.AccountCount];

        // Upstream: chain(e) = pass-through accounts ending at the payer of e.
        var upEnding = new int[graph.AccountCount];
        foreach (var e in order)
        {
            var u = from[e];
            var chain = passThrough[u] ? 1 + (windows[u]?.Query(ticks[e], windowTicks) ?? 0) : 0;
            var v = to[e];
            if (passThrough[v])
            {
                (windows[v] ??= new SlidingMax()).Push(ticks[e], chain);
                upEnding[v] = Math.Max(upEnding[v], chain + 1);
            }
        }

        // Downstream, symmetrically in reverse time.
        Array.Clear(windows);
        var downStarting = new int[graph.AccountCount];
        for (var i = order.Length - 1; i >= 0; i--)
        {
            var e = order[i];
            var v = to[e];
            var chain = passThrough[v] ? 1 + (windows[v]?.Query(ticks[e], windowTicks) ?? 0) : 0;
            var u = from[e];
            if (passThrough[u])
            {
                (windows[u] ??= new SlidingMax()).Push(ticks[e], chain);
                downStarting[u] = Math.Max(downStarting[u], chain + 1);
            }
        }

        var depth = new int[graph.AccountCount];
        for (var a = 0; a < depth.Length; a++)
        {
            if (passThrough[a])
            {
                depth[a] = Math.Max(upEnding[a], 1) + Math.Max(downStarting[a], 1) - 1;
            }
        }

        return depth;
    }

    /// <summary>All edge ids in (time, id) order.</summary>
    private static int[] TimeOrder(TemporalGraph graph)
    {
        var n = graph.EdgeCount;
        var keys = new long[n];
        var ids = new int[n];
        Array.Copy(graph.TicksArray, keys, n);
        var sorted = true;
        for (var e = 0; e < n; e++)
        {
            ids[e] = e;
            sorted &= e == 0 || keys[e - 1] <= keys[e];
        }

        if (sorted)
        {
            return ids;
        }

        Array.Sort(keys, ids);

        // Array.Sort is not stable: restore id order within equal times.
        for (int start = 0, end; start < n; start = end)
        {
            end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(ids, start, end - start);
            }
        }

        return ids;
    }
}
