using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary>
/// Which types this process allocates, from the runtime's allocation ticks (one event per ≈ 100 KB
/// allocated, naming the type of the object that crossed the mark): a sample, proportional to bytes,
/// for <c>cluster bench --allocations</c> (ADR 0276). Small- and large-object-heap allocations are
/// kept apart. Listening costs CPU (the runtime's events go through an in-process session), so
/// rows measured with it are not timing figures.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _on;

    /// <summary>Starts or stops counting (the listener stays attached).</summary>
    public bool Counting
    {
        get => _on;
        set => _on = value;
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var amount = Payload(eventData, "AllocationAmount64") is ulong a ? (long)a : Convert.ToInt64(Payload(eventData, "AllocationAmount") ?? 0, CultureInfo.InvariantCulture);
        var kind = Convert.ToInt32(Payload(eventData, "AllocationKind") ?? 0, CultureInfo.InvariantCulture) == 1 ? " (large)" : string.Empty;
        var type = (Payload(eventData, "TypeName") as string ?? "?") + kind;
        _bytes.AddOrUpdate(type, amount, (_, v) => v + amount);
    }

    /// <summary>The <paramref name="top"/> types by sampled bytes, as bytes per event over <paramref name="events"/> events.</summary>
    public IEnumerable<string> Report(long events, int top) =>
        _bytes.OrderByDescending(kv => kv.Value).Take(top)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"  {kv.Value / (double)events,8:N0} B per event  {kv.Key}"));

    private static object? Payload(EventWrittenEventArgs e, string name)
    {
        var i = e.PayloadNames!.IndexOf(name);
        return i < 0 ? null : e.Payload![i];
    }
}
