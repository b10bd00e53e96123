using Breakcard.Detection.Internal;

namespace Breakcard.Detection.Engine;

/// <summary>
/// Remembers the ids (64-bit hashes) of recent events so a repeated event is applied once.
/// Memory is bounded by event time: ids are forgotten once their event lies more than the
/// retention behind the watermark, in arrival order (an out-of-order old event is forgotten
/// with its neighbours, which only keeps it longer). Two different ids collide with probability
/// about n²/2⁶⁵ for n remembered ids (10⁻⁷ at a million) — the one way a distinct event could be
/// taken for a duplicate; duplicates are counted, never dropped silently. Not thread safe.
/// </summary>
public sealed class Deduplicator
{
    private readonly LongHashSet _set = new();
    private (ulong Hash, long Time)[] _fifo = new (ulong, long)[1024];
    private int _head;
    private int _count;

    /// <summary>Ids remembered.</summary>
    public int Count => _count;

    /// <summary>Remembers <paramref name="hash"/>; false when it is already remembered (a duplicate).</summary>
    public bool TryAdd(ulong hash, long time)
    {
        if (!_set.Add(hash))
        {
            return false;
        }

        if (_count == _fifo.Length)
        {
            var bigger = new (ulong, long)[_fifo.Length * 2];
            for (var i = 0; i < _count; i++)
            {
                bigger[i] = _fifo[(_head + i) & (_fifo.Length - 1)];
            }

            _fifo = bigger;
            _head = 0;
        }

        _fifo[(_head + _count) & (_fifo.Length - 1)] = (hash, time);
        _count++;
        return true;
    }

    /// <summary>True when <paramref name="hash"/> is remembered.</summary>
    public bool Contains(ulong hash) => _set.Contains(hash);

    /// <summary>Forgets ids from the front of the arrival order while their event time is before <paramref name="before"/>.</summary>
    public void Evict(long before)
    {
        while (_count > 0 && _fifo[_head].Time < before)
        {
            _set.Remove(_fifo[_head].Hash);
            _head = (_head + 1) & (_fifo.Length - 1);
            _count--;
        }
    }

    /// <summary>Forgets everything (when restoring a checkpoint).</summary>
    public void Clear()
    {
        while (_count > 0)
        {
            _set.Remove(_fifo[_head].Hash);
            _head = (_head + 1) & (_fifo.Length - 1);
            _count--;
        }
    }

    /// <summary>The remembered ids with their times, in arrival order (for checkpoints).</summary>
    public (ulong Hash, long Time)[] ToArray()
    {
        var a = new (ulong, long)[_count];
        for (var i = 0; i < _count; i++)
        {
            a[i] = _fifo[(_head + i) & (_fifo.Length - 1)];
        }

        return a;
    }
}
