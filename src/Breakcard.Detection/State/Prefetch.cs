using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Breakcard.Detection.State;

/// <summary>
/// Cache prefetch hints. Implementation note: at a million accounts the state of an account an
/// event touches is almost never in cache; asking for the next events' state a few events ahead
/// overlaps those memory fetches with useful work. A prefetch never faults and never changes
/// program behaviour — a stale address (the GC moved the array) only wastes the hint — so taking
/// the address of a managed array element here is safe. No-op where SSE is unavailable.
/// </summary>
internal static class Prefetch
{
    /// <summary>Hints that <paramref name="bytes"/> bytes from <paramref name="first"/> will be read soon.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Range<T>(ref T first, int bytes)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var p = (byte*)Unsafe.AsPointer(ref first);
        for (var offset = 0; offset < bytes; offset += 64)
        {
            Sse.Prefetch0(p + offset);
        }
    }
}
