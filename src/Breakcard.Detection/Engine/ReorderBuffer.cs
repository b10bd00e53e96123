namespace Breakcard.Detection.Engine;

/// <summary>
/// Holds events until the watermark passes them and releases them in (time, tiebreak, id hash)
/// order, so results do not depend on arrival order within the allowed lateness. A ring buffer
/// kept sorted: an event arriving in order is appended in O(1) (the common case); an out-of-order
/// one is placed by binary search and shifts only the events after it. Not thread safe.
/// </summary>
public sealed class ReorderBuffer
{
    // Implementation note (ADR 0427): the ring is allocated at the first insert, not here. An
    // engine that applies only released events (a shard's, ADR 0185: the gateway's sequencer
    // orders the stream) never inserts, and the 64 KB ring it used to allocate at its start was a
    // fifth of a shard engine's construction.
    private readonly int _firstSize;
    private EngineEvent[] _ring = [];
    private int _head;
    private int _count;

    /// <summary>Creates a buffer with room for <paramref name="capacity"/> events before it grows (rounded up to a power of two), allocated when the first event comes.</summary>
    public ReorderBuffer(int capacity = 1024)
    {
        _firstSize = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity));
    }

    /// <summary>Events held.</summary>
    public int Count => _count;

    /// <summary>The earliest event held. Only when <see cref="Count"/> is positive.</summary>
    public ref readonly EngineEvent Head => ref _ring[_head];

    /// <summary>The <paramref name="i"/>-th earliest event held (0 = head), for prefetching.</summary>
    public ref readonly EngineEvent At(int i) => ref _ring[(_head + i) & (_ring.Length - 1)];

    /// <summary>Adds an event in its sorted place.</summary>
    public void Insert(in EngineEvent e)
    {
        if (_count == _ring.Length)
        {
            Grow();
        }

        var mask = _ring.Length - 1;
        if (_count == 0 || EngineEvent.CompareOrder(in e, in _ring[(_head + _count - 1) & mask]) >= 0)
        {
            _ring[(_head + _count) & mask] = e;
            _count++;
            return;
        }

        // Binary search for the first held event that sorts after e (stable for equal keys).
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (EngineEvent.CompareOrder(in _ring[(_head + mid) & mask], in e) <= 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = _count; i > lo; i--)
        {
            _ring[(_head + i) & mask] = _ring[(_head + i - 1) & mask];
        }

        _ring[(_head + lo) & mask] = e;
        _count++;
    }

    /// <summary>Removes and returns the earliest event. Only when <see cref="Count"/> is positive.</summary>
    public EngineEvent PopHead()
    {
        var e = _ring[_head];
        _head = (_head + 1) & (_ring.Length - 1);
        _count--;
        return e;
    }

    /// <summary>Copies the held events, earliest first (for checkpoints).</summary>
    public EngineEvent[] ToArray()
    {
        var a = new EngineEvent[_count];
        for (var i = 0; i < _count; i++)
        {
            a[i] = At(i);
        }

        return a;
    }

    private void Grow()
    {
        var bigger = new EngineEvent[_ring.Length == 0 ? _firstSize : _ring.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            bigger[i] = At(i);
        }

        _ring = bigger;
        _head = 0;
    }
}
