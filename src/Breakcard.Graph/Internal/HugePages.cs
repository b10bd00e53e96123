using System.Runtime.InteropServices;

namespace Breakcard.Graph.Internal;

/// <summary>
/// Asks Linux to back a large, randomly read array with 2 MB pages (transparent huge pages,
/// <c>madvise(MADV_HUGEPAGE)</c>; ADR 0263). A lookup in a table of tens of megabytes otherwise
/// misses the TLB almost every time (one 4 KB page in thousands), and a page walk in a virtual
/// machine costs about as much as the cache miss itself. Only the 2 MB-aligned interior of the
/// array can be covered; pages the process has already touched stay as they are until the
/// kernel merges them. A hint: it changes no content, and where it is not available (another
/// system, huge pages switched off) nothing happens.
/// </summary>
internal static class HugePages
{
    /// <summary>Arrays below this size gain too little to be worth a system call.</summary>
    public const int MinimumBytes = 4 << 20;

    private const int HugePageBytes = 2 << 20;
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE in Linux's mman-common.h

    /// <summary>
    /// Advises huge pages for the 2 MB-aligned interior of <paramref name="array"/>; false when
    /// nothing was advised (not Linux, too small, or the kernel refused).
    /// </summary>
    public static unsafe bool Advise<T>(T[] array)
        where T : unmanaged
    {
        var bytes = (nuint)array.Length * (nuint)sizeof(T);
        if (!OperatingSystem.IsLinux() || bytes < MinimumBytes)
        {
            return false;
        }

        // The advice concerns the address range, not the object: should the collector ever move
        // the array (large objects are not compacted by default), a hint is lost, nothing worse.
        fixed (T* first = array)
        {
            var start = ((nuint)first + HugePageBytes - 1) & ~(nuint)(HugePageBytes - 1);
            var end = ((nuint)first + bytes) & ~(nuint)(HugePageBytes - 1);
            return end > start && Madvise(start, end - start, AdviseHugePage) == 0;
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nuint address, nuint length, int advice);
}
