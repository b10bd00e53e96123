using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// A gateway's intake of one batch (ADR 0477): the batch's events are numbered in one pass
/// (<see cref="StreamKeyLog.Add"/>, in the stream's order, so every index is the one the
/// single-process engine gives), then sequenced in a second; before, each event was numbered and
/// sequenced in turn. The same calls in the same order, so the same indexes, items and outputs;
/// what changes is that the interners' tables are walked back to back, and that the numbering's
/// CPU can be read per batch (<see cref="NumberingCpu"/>) — issue 9's "numbering gap" measured
/// in the run itself rather than attributed from a profile.
/// Not thread safe (one stream's loop).
/// </summary>
public sealed class BatchIntake
{
    private readonly StreamKeyLog _keys;
    private readonly StreamSequencer _sequencer;
    private readonly List<WireEvent> _pending;
    private EventRefs[] _refs;
    private long _sequence;

    /// <summary>An intake numbering into <paramref name="keys"/> and releasing through <paramref name="sequencer"/>, batches of about <paramref name="batchSize"/> events.</summary>
    public BatchIntake(StreamKeyLog keys, StreamSequencer sequencer, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(sequencer);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _keys = keys;
        _sequencer = sequencer;
        // Sized for a usual batch; a larger one grows them once (a test's batch may be the whole stream).
        _pending = new List<WireEvent>(Math.Min(batchSize, 1 << 14));
        _refs = new EventRefs[_pending.Capacity];
    }

    /// <summary>Events taken and not yet sequenced.</summary>
    public int Pending => _pending.Count;

    /// <summary>
    /// Process CPU spent numbering so far (every thread's, read around each batch's numbering pass:
    /// two readings per batch; in process nothing else runs during the pass).
    /// </summary>
    public TimeSpan NumberingCpu { get; private set; }

    /// <summary>Takes <paramref name="e"/>, the next event of the stream; it is numbered and sequenced by <see cref="Release"/>.</summary>
    public void Add(WireEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        _pending.Add(e);
    }

    /// <summary>Numbers the events taken since the last call, in order, then hands them to the sequencer at their stream positions.</summary>
    public void Release()
    {
        if (_refs.Length < _pending.Count)
        {
            _refs = new EventRefs[_pending.Capacity];
        }

        var before = Environment.CpuUsage.TotalTime;
        for (var i = 0; i < _pending.Count; i++)
        {
            _refs[i] = _keys.Add(_pending[i]);
        }

        NumberingCpu += Environment.CpuUsage.TotalTime - before;
        for (var i = 0; i < _pending.Count; i++)
        {
            _sequencer.Add(_pending[i], _sequence++, _refs[i]);
        }

        _pending.Clear();
    }
}
