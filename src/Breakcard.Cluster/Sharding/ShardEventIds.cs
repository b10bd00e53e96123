namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The ids (and release positions) of the last <see cref="Capacity"/> events a shard applied, by
/// their stream sequence, so the shard's alerts can name their evidence as <c>MonitorSession</c>'s
/// do (ADR 0155). A shard sees a subset of the stream's sequences, not in sequence order, so the
/// engine's <c>EventIdStore</c> (contiguous sequences) does not fit. Not thread safe.
/// </summary>
/// <remarks>
/// Implementation note (ADR 0276, 0403): no object per event (a million retained records and
/// strings made the collector's copying a large share of a shard's cost, ADR 0276). Entries live
/// in chunks of <see cref="ChunkSize"/> events, each chunk a few arrays of numbers and one array of
/// its ids' characters, allocated when the shard first reaches them and reused once the ring wraps,
/// so nothing is copied into a larger array. Growing the arrays, a text ring and a sequence → slot
/// dictionary by doubling put ≈ 35 MB of large arrays per 120,580-event bench run on the
/// large-object heap and cost a full collection per run (ADR 0397, 0403), and
/// chunks below that heap's threshold are copied at every collection they survive (ADR 0324): a
/// chunk is large, so it is allocated once on the large-object heap and never copied. There is no
/// map by sequence: each page of <see cref="PageSize"/> events keeps its smallest and largest
/// sequence and the largest added before it, and a sequence is looked for in the pages whose range
/// holds it, newest first, stopping at the first page before which nothing reached that high.
/// Events come nearly in sequence order, so a look-up (an alert's evidence) reads one or two pages.
/// An add searches nothing (ADR 0411): a shard is given each release, so each sequence, once
/// (<see cref="ShardSession"/> refuses a batch whose releases do not rise past every one before),
/// so the search for a repeated sequence that each late add (one below the largest so far) paid
/// before could never find one.
/// </remarks>
internal sealed class ShardEventIds
{
    /// <summary>Events per chunk (the unit of allocation): 128 KB per array of sequences.</summary>
    internal const int ChunkSize = 1 << 14;

    /// <summary>Events per page (the unit of search): 4 KB of sequences.</summary>
    internal const int PageSize = 512;

    private readonly int _capacity;
    private readonly int _chunkSize;
    private readonly int _pageSize;
    private readonly Chunk?[] _chunks;
    private long _added;
    private long _largest = long.MinValue;
    private long _chars;

    /// <summary>Keeps the last <paramref name="capacity"/> events.</summary>
    public ShardEventIds(int capacity)
        : this(capacity, ChunkSize, PageSize)
    {
    }

    /// <summary>
    /// Keeps the last <paramref name="capacity"/> events in chunks of <paramref name="chunkSize"/>
    /// and pages of <paramref name="pageSize"/> (tests use small ones); a chunk is a whole number of
    /// pages, and no larger than the capacity needs.
    /// </summary>
    internal ShardEventIds(int capacity, int chunkSize, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, pageSize);
        if (chunkSize % pageSize != 0)
        {
            throw new ArgumentException($"a chunk ({chunkSize}) must be a whole number of pages ({pageSize})", nameof(chunkSize));
        }

        _capacity = capacity;
        _pageSize = pageSize;
        _chunkSize = (int)Math.Min(chunkSize, ((long)capacity + pageSize - 1) / pageSize * pageSize);
        // The kept events span at most one chunk more than the capacity fills, so one spare chunk
        // lets a new chunk start while the oldest one still holds kept events.
        _chunks = new Chunk?[((capacity + _chunkSize - 1) / _chunkSize) + 1];
    }

    /// <summary>Events kept at most.</summary>
    public int Capacity => _capacity;

    /// <summary>Events kept now.</summary>
    public int Count => (int)Math.Min(_added, _capacity);

    /// <summary>
    /// Keeps event <paramref name="sequence"/>'s id and release, dropping the oldest beyond the
    /// capacity. The caller adds each sequence once (a shard applies each release once, ADR 0411);
    /// nothing here looks for an earlier add of it.
    /// </summary>
    public void Add(long sequence, ReadOnlySpan<char> id, long release)
    {
        var (chunk, i) = Locate(_added);
        if (chunk is null)
        {
            // Text for the ids' mean length so far and an eighth more (16 characters each for the first chunk).
            var perId = _added == 0 ? 16 : (int)Math.Min(int.MaxValue / _chunkSize, ((_chars / _added) * 9 / 8) + 1);
            chunk = _chunks[(int)(_added / _chunkSize % _chunks.Length)] = new Chunk(_chunkSize, _pageSize, _chunkSize * perId);
        }

        if (i % _pageSize == 0)
        {
            // A new page, in a new chunk or one whose events have all fallen out of the capacity.
            chunk.Start(i, _largest);
        }

        chunk.Add(i, sequence, id, release);
        _chars += id.Length;
        _largest = Math.Max(_largest, sequence);
        _added++;
    }

    /// <summary>The id of event <paramref name="sequence"/>, or null when it is not (or no longer) kept.</summary>
    public string? IdOf(long sequence)
    {
        var n = Find(sequence);
        return n < 0 ? null : IdAt(n);
    }

    /// <summary>The kept events, oldest first: sequence, id and release (for checkpoints).</summary>
    public IEnumerable<(long Sequence, string Id, long Release)> InOrder()
    {
        for (var n = _added - Count; n < _added; n++)
        {
            var (chunk, i) = Locate(n);
            yield return (chunk!.Sequences[i], IdAt(n), chunk.Releases[i]);
        }
    }

    // The position (events added before it) of the kept event with this sequence, or -1.
    private long Find(long sequence)
    {
        var oldest = _added - Count;
        for (var p = (_added - 1) / _pageSize; _added > 0 && p >= oldest / _pageSize; p--)
        {
            var first = p * _pageSize;
            var (chunk, i) = Locate(first);
            var page = i / _pageSize;
            if (sequence >= chunk!.Smallest[page] && sequence <= chunk.Largest[page])
            {
                var from = (int)(Math.Max(oldest, first) - first);
                var to = (int)(Math.Min(_added, first + _pageSize) - first);
                var at = chunk.Sequences.AsSpan(i + from, to - from).IndexOf(sequence);
                if (at >= 0)
                {
                    return first + from + at;
                }
            }

            if (sequence > chunk.LargestBefore[page])
            {
                return -1;
            }
        }

        return -1;
    }

    private (Chunk? Chunk, int Index) Locate(long n) => (_chunks[(int)(n / _chunkSize % _chunks.Length)], (int)(n % _chunkSize));

    private string IdAt(long n)
    {
        var (chunk, i) = Locate(n);
        return new string(chunk!.Text, chunk.Starts[i], chunk.Lengths[i]);
    }

    /// <summary>One chunk's events: numbers by offset, their ids' characters one after another, and each page's range of sequences.</summary>
    private sealed class Chunk(int size, int pageSize, int textLength)
    {
        public readonly long[] Sequences = new long[size];
        public readonly long[] Releases = new long[size];
        public readonly int[] Starts = new int[size];
        public readonly int[] Lengths = new int[size];
        public readonly long[] Smallest = new long[size / pageSize];
        public readonly long[] Largest = new long[size / pageSize];

        /// <summary>By page, the largest sequence added before it (ends a search).</summary>
        public readonly long[] LargestBefore = new long[size / pageSize];

        public char[] Text = new char[textLength];
        public int TextEnd;

        public void Start(int offset, long largestBefore)
        {
            var page = offset / pageSize;
            if (page == 0)
            {
                TextEnd = 0;
            }

            Smallest[page] = long.MaxValue;
            Largest[page] = long.MinValue;
            LargestBefore[page] = largestBefore;
        }

        public void Add(int offset, long sequence, ReadOnlySpan<char> id, long release)
        {
            if (TextEnd + id.Length > Text.Length)
            {
                // Grows only while the chunk is first filled or meets longer ids; kept when the chunk is reused.
                Array.Resize(ref Text, Math.Max(Text.Length * 2, TextEnd + id.Length));
            }

            id.CopyTo(Text.AsSpan(TextEnd));
            Starts[offset] = TextEnd;
            Lengths[offset] = id.Length;
            TextEnd += id.Length;
            Sequences[offset] = sequence;
            Releases[offset] = release;
            var page = offset / pageSize;
            Smallest[page] = Math.Min(Smallest[page], sequence);
            Largest[page] = Math.Max(Largest[page], sequence);
        }
    }
}
