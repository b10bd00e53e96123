namespace Breakcard.Ingest;

/// <summary>
/// What a reader has seen so far. Every record read ends in exactly one of accepted, quarantined
/// or skipped, so <c>RecordsRead == RecordsAccepted + Quarantined + Skipped</c> always holds; an
/// accepted record yields one event, or two when a mapping splits a cash payment.
/// Not thread safe: one reader updates it.
/// </summary>
public sealed class IngestCounts
{
    private readonly long[] _byReason = new long[RejectReasons.All.Count + 1];
    private readonly Dictionary<string, long> _skippedBy = new(StringComparer.Ordinal);

    /// <summary>Data records read (header rows, blank lines and XML envelopes are not records).</summary>
    public long RecordsRead { get; internal set; }

    /// <summary>Records that produced events.</summary>
    public long RecordsAccepted { get; internal set; }

    /// <summary>Events produced (more than <see cref="RecordsAccepted"/> when cash payments are split).</summary>
    public long Events { get; internal set; }

    /// <summary>Records written to the quarantine.</summary>
    public long Quarantined { get; internal set; }

    /// <summary>Records the mapping explicitly told the reader to skip (for example AMLworld reinvestments).</summary>
    public long Skipped { get; internal set; }

    /// <summary>Events whose id (per event kind) was already seen in this input. They are still emitted: the engine de-duplicates.</summary>
    public long Duplicates { get; internal set; }

    /// <summary>Line of the first duplicate, if any.</summary>
    public long? FirstDuplicateLine { get; internal set; }

    /// <summary>Events whose time is earlier than the previous event's from the same file (the engine expects event-time order).</summary>
    public long OutOfOrder { get; internal set; }

    /// <summary>Events whose source gave only a date; their time is the start of that day and hour-of-day means nothing.</summary>
    public long DateOnlyTimes { get; internal set; }

    /// <summary>Blank lines ignored in CSV and JSON Lines files.</summary>
    public long BlankLines { get; internal set; }

    /// <summary>Quarantined records per reason (only reasons that occurred).</summary>
    public IReadOnlyDictionary<RejectReason, long> QuarantinedByReason =>
        RejectReasons.All.Where(r => _byReason[(int)r] > 0).ToDictionary(r => r, r => _byReason[(int)r]);

    /// <summary>Skipped records per mapping rule (the rule's stated reason).</summary>
    public IReadOnlyDictionary<string, long> SkippedByRule => _skippedBy;

    /// <summary>Adds another reader's counts (for inputs of several files).</summary>
    public void Add(IngestCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        RecordsRead += other.RecordsRead;
        RecordsAccepted += other.RecordsAccepted;
        Events += other.Events;
        Quarantined += other.Quarantined;
        Skipped += other.Skipped;
        Duplicates += other.Duplicates;
        FirstDuplicateLine ??= other.FirstDuplicateLine;
        OutOfOrder += other.OutOfOrder;
        DateOnlyTimes += other.DateOnlyTimes;
        BlankLines += other.BlankLines;
        for (var i = 0; i < _byReason.Length; i++)
        {
            _byReason[i] += other._byReason[i];
        }

        foreach (var (rule, n) in other._skippedBy)
        {
            _skippedBy[rule] = _skippedBy.GetValueOrDefault(rule) + n;
        }
    }

    internal void CountQuarantined(RejectReason reason)
    {
        Quarantined++;
        _byReason[(int)reason]++;
    }

    internal void CountSkipped(string rule)
    {
        Skipped++;
        _skippedBy[rule] = _skippedBy.GetValueOrDefault(rule) + 1;
    }
}
