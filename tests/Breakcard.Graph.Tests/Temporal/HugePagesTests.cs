using System.Globalization;
using System.Runtime.InteropServices;
using Breakcard.Graph.Internal;

namespace Breakcard.Graph.Tests.Temporal;

/// <summary>
/// The huge-page advice on the account key tables' slot arrays (ADR 0263): given for large
/// arrays on Linux, visible in the kernel's own record of the address range, and not given for
/// small ones.
/// </summary>
public sealed class HugePagesTests
{
    [Fact]
    public void Advise_LargeArrayOnLinux_KernelMarksItsRangeForHugePages()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "madvise is Linux's");
        var array = new long[HugePages.MinimumBytes / sizeof(long) * 2];

        Assert.True(HugePages.Advise(array));

        // /proc/self/smaps lists the ranges of the address space with their flags; "hg" is
        // MADV_HUGEPAGE. The first 2 MB boundary inside the array must lie in a range so flagged.
        var boundary = AlignedInside(array);
        Assert.Contains("hg", FlagsOfRangeHolding(boundary).Split(' '));
    }

    [Fact]
    public void Advise_SmallArray_NothingAdvised()
    {
        Assert.False(HugePages.Advise(new long[(HugePages.MinimumBytes / sizeof(long)) - 1]));
    }

    private static ulong AlignedInside(long[] array)
    {
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        try
        {
            const ulong huge = 2UL << 20;
            return ((ulong)handle.AddrOfPinnedObject() + huge - 1) & ~(huge - 1);
        }
        finally
        {
            handle.Free();
        }
    }

    private static string FlagsOfRangeHolding(ulong address)
    {
        var inRange = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash
                && ulong.TryParse(line.AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                && ulong.TryParse(line.AsSpan(dash + 1, space - dash - 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end))
            {
                inRange = address >= start && address < end;
            }
            else if (inRange && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Trim();
            }
        }

        throw new InvalidOperationException($"No mapped range holds 0x{address:x}.");
    }
}
