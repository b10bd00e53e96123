using Breakcard.Detection.Internal;

namespace Breakcard.Detection.Engine;

/// <summary>
/// A caller's outbound calls on its current local day, as the engine counts them for the heavy
/// mark of SIM_CLUSTER: a SIM becomes a heavy caller at the first call with a cell on a day on which
/// it has made at least <c>HeavyCalls</c> outbound calls (counting this one). It depends only on the
/// caller's own calls in engine order, so a sequencing host can mark calls before the cells count
/// them (ADR 0188). Mutable; not thread safe.
/// </summary>
public struct CallerDay
{
    /// <summary>The local day counted (<see cref="int.MinValue"/> before the first call).</summary>
    public int Day;

    /// <summary>Outbound calls on <see cref="Day"/> (saturating, as the engine's counter).</summary>
    public ushort Calls;

    /// <summary>Whether the caller is a heavy caller on <see cref="Day"/>.</summary>
    public bool Heavy;

    /// <summary>A caller never seen.</summary>
    public static CallerDay Empty => new() { Day = int.MinValue };

    /// <summary>
    /// Counts one outbound call on local day <paramref name="day"/>; returns whether this call made
    /// the caller heavy (<paramref name="heavy"/>: whether it is heavy after the call).
    /// </summary>
    public bool Call(int day, bool hasCell, int heavyCalls, out bool heavy)
    {
        if (day != Day)
        {
            Day = day;
            Calls = 0;
            Heavy = false;
        }

        Calls = Sat.Inc(Calls);
        var crossed = hasCell && !Heavy && Calls >= heavyCalls;
        Heavy |= crossed;
        heavy = Heavy;
        return crossed;
    }
}
