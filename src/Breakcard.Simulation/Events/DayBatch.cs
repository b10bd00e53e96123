namespace Breakcard.Simulation.Events;

/// <summary>
/// One day of events: filled by the generator, sorted into event-time order, then handed to the
/// writers. Batches are pooled, so their arrays are allocated once and reused every day.
/// </summary>
internal sealed class DayBatch
{
    private SimEvent[] _events = new SimEvent[1 << 16];
    private int[] _order = new int[1 << 16];
    private readonly int[] _secondCounts = new int[SimCalendar.SecondsPerDay + 1];

    public int Day { get; private set; }

    public int Count { get; private set; }

    public ReadOnlySpan<SimEvent> Events => _events.AsSpan(0, Count);

    /// <summary>Indices into <see cref="Events"/> in event-time order (valid after <see cref="Sort"/>).</summary>
    public ReadOnlySpan<int> Order => _order.AsSpan(0, Count);

    public List<EventLabel> Labels { get; } = [];

    public List<FundFlowRow> Flows { get; } = [];

    public void Reset(int day)
    {
        Day = day;
        Count = 0;
        Labels.Clear();
        Flows.Clear();
    }

    public void Add(in SimEvent e)
    {
        if (Count == _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }

        _events[Count++] = e;
    }

    /// <summary>
    /// Orders the day by event time with a stable counting sort on the second of the day: O(n),
    /// and ties keep generation order, which is deterministic, so the output never depends on a
    /// comparison sort's instability.
    /// </summary>
    public void Sort()
    {
        if (_order.Length < Count)
        {
            _order = new int[_events.Length];
        }

        var counts = _secondCounts;
        Array.Clear(counts);
        var dayStart = (long)Day * SimCalendar.SecondsPerDay;
        for (var i = 0; i < Count; i++)
        {
            var s = _events[i].Time - dayStart;
            if ((ulong)s >= SimCalendar.SecondsPerDay)
            {
                throw new InvalidOperationException($"Event generated for day {Day} falls outside it (second {s}).");
            }

            counts[s + 1]++;
        }

        for (var s = 1; s < counts.Length; s++)
        {
            counts[s] += counts[s - 1];
        }

        for (var i = 0; i < Count; i++)
        {
            var s = (int)(_events[i].Time - dayStart);
            _order[counts[s]++] = i;
        }
    }
}

/// <summary>
/// One row of fund-flow truth: part of a victim payment's money and where it ended. The labels
/// resolve to event ids once their days are sorted.
/// </summary>
internal readonly record struct FundFlowRow(EventLabel Source, string End, EventLabel? EndEvent, int EndAccount, long Fen);
