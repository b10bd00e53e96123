using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest;

/// <summary>
/// Interleaves several readers in event-time order — for example the transactions.csv,
/// calls.csv, sms.csv and logins.csv of one world folder — the way events.jsonl interleaves them.
/// Each input must itself be in event-time order (readers count the events that are not, in
/// <see cref="IngestCounts.OutOfOrder"/>); ties go to the earlier reader in the list. Counts are
/// the sum of the inputs' counts; give the inputs one shared <see cref="DuplicateTracker"/> to
/// count duplicate ids across them. Disposes its inputs.
/// </summary>
public sealed class MergedEventReader : EventReader
{
    private readonly EventReader[] _readers;
    private readonly bool[] _live;
    private int _advance = -2; // -2: not started; -1: nothing to advance; else the reader whose event was handed out

    /// <summary>Merges <paramref name="readers"/> (at least one).</summary>
    public MergedEventReader(IReadOnlyList<EventReader> readers)
        : base(string.Join(", ", (readers ?? throw new ArgumentNullException(nameof(readers))).Select(r => r.Source)), new NoQuarantine(), null)
    {
        if (readers.Count == 0)
        {
            throw new ArgumentException("Give at least one reader.", nameof(readers));
        }

        _readers = [.. readers];
        _live = new bool[_readers.Length];
    }

    /// <summary>The sum of the inputs' counts (a new object on each call).</summary>
    public override IngestCounts Counts
    {
        get
        {
            var total = new IngestCounts();
            foreach (var reader in _readers)
            {
                total.Add(reader.Counts);
            }

            return total;
        }
    }

    /// <inheritdoc />
    protected override bool ReadCore()
    {
        if (_advance == -2)
        {
            for (var i = 0; i < _readers.Length; i++)
            {
                _live[i] = _readers[i].Read();
            }
        }
        else if (_advance >= 0)
        {
            _live[_advance] = _readers[_advance].Read();
        }

        var next = -1;
        for (var i = 0; i < _readers.Length; i++)
        {
            if (_live[i] && (next < 0 || _readers[i].Time < _readers[next].Time))
            {
                next = i;
            }
        }

        _advance = next;
        if (next < 0)
        {
            return false;
        }

        Relay(_readers[next]);
        return true;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var reader in _readers)
            {
                reader.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private sealed class NoQuarantine : IQuarantineSink
    {
        public void Add(QuarantinedRecord record) =>
            throw new InvalidOperationException("A merged reader quarantines nothing itself; its inputs do.");
    }
}
