using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Breakcard.Core.Time;

/// <summary>
/// The calling thread's CPU time in nanoseconds: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> on Linux, so time the
/// thread spends preempted on a loaded machine is not charged to whatever it was running (ADR 414). Elsewhere it falls back to
/// the wall clock (<see cref="Stopwatch"/>), and <see cref="Name"/> says so. A read is a system call (≈ 0.5 µs): a caller
/// timing short spans measures an empty one and subtracts it (the benchmarks' <c>readings</c>, ADR 426). Shared by
/// <c>breakcard screen bench</c> and the benchmarks (ADR 461). Thread safe: each read is of the calling thread.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    private static readonly bool Cpu = OperatingSystem.IsLinux() && Probe();

    /// <summary>What <see cref="Now"/> reads.</summary>
    public static string Name => Cpu ? "thread CPU clock (CLOCK_THREAD_CPUTIME_ID)" : "wall clock (Stopwatch; no thread CPU clock here)";

    /// <summary>Nanoseconds on the thread's CPU clock (or the wall clock), from an arbitrary origin.</summary>
    public static long Now()
    {
        if (Cpu && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0)
        {
            return (t.Seconds * 1_000_000_000L) + t.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);
}
