namespace Breakcard.Simulation.Events;

/// <summary>Something that reacts to a scheduled action (a mule forwarding, a sweeper sweeping).</summary>
internal interface IActionHandler
{
    void Run(in ScheduledAction action, EventSink sink);
}

/// <summary>A deferred step: which handler, what kind, and its arguments.</summary>
internal readonly record struct ScheduledAction(long Time, IActionHandler Handler, int Kind, int A, int B, long Value);

/// <summary>
/// Deferred steps in time order. A day's generation drains every action due before midnight; the
/// rest wait in the queue, so nothing is ever emitted into a day already written. Ties are broken
/// by insertion order, which is deterministic.
/// </summary>
internal sealed class ActionQueue
{
    private readonly PriorityQueue<ScheduledAction, (long Time, long Seq)> _queue = new();
    private long _seq;

    public int Count => _queue.Count;

    /// <summary>The most actions ever waiting at once.</summary>
    public int MaxPending { get; private set; }

    public void Schedule(long time, IActionHandler handler, int kind, int a, int b, long value)
    {
        _queue.Enqueue(new ScheduledAction(time, handler, kind, a, b, value), (time, _seq++));
        MaxPending = Math.Max(MaxPending, _queue.Count);
    }

    /// <summary>Runs every action due before <paramref name="end"/>, including ones scheduled while running.</summary>
    public void RunUntil(long end, EventSink sink)
    {
        while (_queue.TryPeek(out var action, out var key) && key.Time < end)
        {
            _queue.Dequeue();
            action.Handler.Run(action, sink);
        }
    }
}
