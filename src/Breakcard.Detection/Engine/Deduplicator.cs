using Breakcard.Detection.Internal;

namespace Breakcard.Detection.Engine;

/// <summary>
/// Remembers the ids (64-bit hashes) of recent events so a repeated event is applied once.
/// Memory is bounded by event time with two generations: ids go into the current generation,
/// and once the watermark has moved a full period past the generation's start the previous
/// generation is cleared and the two swap. An id is therefore remembered for at least one period
/// (retention plus allowed lateness) of watermark time after it arrived — long enough for every
/// duplicate that is not itself older than the retention, which the engine rejects as expired —
/// and at most two. No per-event removal, no allocation once the sets have grown.
/// Two different ids collide with probability about n²/2⁶⁵ for n remembered ids (10⁻⁷ at a
/// million): the one way a distinct event could be taken for a duplicate. Duplicates are counted,
/// never dropped silently. Not thread safe.
/// </summary>
public sealed class Deduplicator
{
    private LongHashSet _current = new();
    private LongHashSet _previous = new();
    private long _generationStart = long.MinValue;

    /// <summary>Creates a de-duplicator whose generations last <paramref name="periodSeconds"/> of watermark time.</summary>
    public Deduplicator(long periodSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periodSeconds, 1);
        Period = periodSeconds;
    }

    /// <summary>Length of a generation (seconds of watermark time).</summary>
    public long Period { get; }

    /// <summary>Ids remembered.</summary>
    public int Count => _current.Count + _previous.Count;

    /// <summary>Remembers <paramref name="hash"/>; false when it is already remembered (a duplicate).</summary>
    public bool TryAdd(ulong hash) => !_previous.Contains(hash) && _current.Add(hash);

    /// <summary>True when <paramref name="hash"/> is remembered.</summary>
    public bool Contains(ulong hash) => _current.Contains(hash) || _previous.Contains(hash);

    /// <summary>Moves to <paramref name="watermark"/>, forgetting the older generation when a period has passed.</summary>
    public void Advance(long watermark)
    {
        if (_generationStart == long.MinValue)
        {
            _generationStart = watermark;
            return;
        }

        if (watermark - _generationStart >= Period)
        {
            (_previous, _current) = (_current, _previous);
            _current.Clear();
            _generationStart = watermark;
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Clear()
    {
        _current.Clear();
        _previous.Clear();
        _generationStart = long.MinValue;
    }

    /// <summary>Writes both generations (for checkpoints).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_generationStart);
        _current.Write(writer);
        _previous.Write(writer);
    }

    /// <summary>Restores what <see cref="Write"/> wrote.</summary>
    public void Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Clear();
        _generationStart = reader.ReadInt64();
        _current.Read(reader);
        _previous.Read(reader);
    }
}
