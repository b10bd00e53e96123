using System.Runtime.CompilerServices;

namespace Breakcard.Graph.Temporal;

/// <summary>
/// The one order of events everywhere in the graph: by event time, then by edge id (arrival order).
/// Edge ids break ties so that equal timestamps still give one deterministic order.
/// </summary>
public static class EdgeOrder
{
    /// <summary>True when edge <paramref name="a"/> comes before edge <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Precedes(long[] ticks, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var ta = ticks[a];
        var tb = ticks[b];
        return ta < tb || (ta == tb && a < b);
    }

    /// <summary>Compares two edges by (time, id).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(long[] ticks, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        var c = ticks[a].CompareTo(ticks[b]);
        return c != 0 ? c : a.CompareTo(b);
    }
}
