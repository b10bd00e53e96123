using System.Globalization;

namespace Breakcard.Cli.Infrastructure;

/// <summary>
/// What this process has spent so far — CPU, bytes allocated on the managed heap, garbage
/// collections and the time the runtime paused for them — so a command can report the cost of a
/// stretch of work as the difference of two readings (ADR 0276). Process-wide: in one process that
/// hosts a gateway and loopback silos (<c>cluster bench</c>) it is their sum; a <c>cluster silo</c>
/// or <c>cluster ingest</c> process reports its own part.
/// </summary>
/// <param name="Cpu">User and kernel CPU time of every thread.</param>
/// <param name="Allocated">Bytes allocated on the managed heap (precise).</param>
/// <param name="Gen0">Generation-0 collections (every collection counts here: a generation-1 or -2 collection also collects generation 0).</param>
/// <param name="Gen1">Generation-1 collections (including generation-2 ones).</param>
/// <param name="Gen2">Generation-2 collections.</param>
/// <param name="Pause">Time the runtime paused managed threads for collections.</param>
internal readonly record struct ProcessCost(TimeSpan Cpu, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    /// <summary>The process's totals now.</summary>
    public static ProcessCost Now() =>
        new(Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    /// <summary>What was spent since <paramref name="start"/>.</summary>
    public ProcessCost Since(ProcessCost start) =>
        new(Cpu - start.Cpu, Allocated - start.Allocated, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Pause - start.Pause);

    /// <summary>CPU µs per event.</summary>
    public double CpuMicros(long events) => Cpu.TotalMicroseconds / events;

    /// <summary>Bytes allocated per event.</summary>
    public double BytesPer(long events) => (double)Allocated / events;

    /// <summary>GC pause µs per event.</summary>
    public double PauseMicros(long events) => Pause.TotalMicroseconds / events;

    /// <summary>One line for operators: the totals, and per event when <paramref name="events"/> is positive.</summary>
    public string Describe(long events) => string.Create(CultureInfo.InvariantCulture,
        $"CPU {Cpu.TotalSeconds:0.00} s, allocated {Allocated / 1048576.0:N1} MiB, collections gen0/1/2 {Gen0}/{Gen1}/{Gen2}, GC pauses {Pause.TotalMilliseconds:N0} ms")
        + (events > 0 ? string.Create(CultureInfo.InvariantCulture, $"; per event: {CpuMicros(events):0.00} µs CPU, {BytesPer(events):N0} B allocated, {PauseMicros(events):0.00} µs paused") : string.Empty);
}
