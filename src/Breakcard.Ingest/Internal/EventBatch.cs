using Breakcard.Core.Events;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest.Internal;

/// <summary>
/// A block of events one reader has read on its own thread, with the records it quarantined on the
/// way, each tagged with the event it came before, so the consumer can hand both on in exactly the
/// order a sequential read would have produced them. Reused: the consumer gives it back empty.
/// </summary>
internal sealed class EventBatch(int capacity)
{
    private readonly IngestEventKind[] _kinds = new IngestEventKind[capacity];
    private readonly EventLabel[] _labels = new EventLabel[capacity];
    private readonly long[] _lines = new long[capacity];
    private readonly EventKeys[] _keys = new EventKeys[capacity];
    private readonly List<(int Before, QuarantinedRecord Record)> _quarantined = [];
    private TransactionEvent[]? _transactions;
    private CallEvent[]? _calls;
    private SmsEvent[]? _sms;
    private LoginEvent[]? _logins;

    /// <summary>Events in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>True when no further event fits.</summary>
    public bool IsFull => Count == _kinds.Length;

    /// <summary>True for the reader's last batch (its input ended or it failed).</summary>
    public bool IsLast { get; set; }

    /// <summary>What stopped the reader, thrown to the consumer after the events read before it.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Quarantined records with the index of the event they precede (Count for those after the last event).</summary>
    public List<(int Before, QuarantinedRecord Record)> Quarantined => _quarantined;

    public IngestEventKind KindAt(int i) => _kinds[i];

    public EventLabel LabelAt(int i) => _labels[i];

    public long LineAt(int i) => _lines[i];

    public EventKeys KeysAt(int i) => _keys[i];

    /// <summary>Sets the resolved keys of the event added last.</summary>
    public void SetLastKeys(EventKeys keys) => _keys[Count - 1] = keys;

    public ref readonly TransactionEvent TransactionAt(int i) => ref _transactions![i];

    public ref readonly CallEvent CallAt(int i) => ref _calls![i];

    public ref readonly SmsEvent SmsAt(int i) => ref _sms![i];

    public ref readonly LoginEvent LoginAt(int i) => ref _logins![i];

    public void Add(in TransactionEvent e, EventLabel label, long line) => (_transactions ??= new TransactionEvent[_kinds.Length])[Next(IngestEventKind.Transaction, label, line)] = e;

    public void Add(in CallEvent e, EventLabel label, long line) => (_calls ??= new CallEvent[_kinds.Length])[Next(IngestEventKind.Call, label, line)] = e;

    public void Add(in SmsEvent e, EventLabel label, long line) => (_sms ??= new SmsEvent[_kinds.Length])[Next(IngestEventKind.Sms, label, line)] = e;

    public void Add(in LoginEvent e, EventLabel label, long line) => (_logins ??= new LoginEvent[_kinds.Length])[Next(IngestEventKind.Login, label, line)] = e;

    public void AddQuarantined(QuarantinedRecord record) => _quarantined.Add((Count, record));

    /// <summary>Empties the batch for reuse; the event arrays are cleared so they hold no strings alive.</summary>
    public void Reset()
    {
        if (_transactions is not null)
        {
            Array.Clear(_transactions, 0, Count);
        }

        if (_calls is not null)
        {
            Array.Clear(_calls, 0, Count);
        }

        if (_sms is not null)
        {
            Array.Clear(_sms, 0, Count);
        }

        if (_logins is not null)
        {
            Array.Clear(_logins, 0, Count);
        }

        Array.Clear(_labels, 0, Count);
        _quarantined.Clear();
        Count = 0;
        IsLast = false;
        Failure = null;
    }

    private int Next(IngestEventKind kind, EventLabel label, long line)
    {
        var i = Count++;
        _kinds[i] = kind;
        _labels[i] = label;
        _lines[i] = line;
        _keys[i] = EventKeys.None;
        return i;
    }
}
