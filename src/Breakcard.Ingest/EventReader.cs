using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest;

/// <summary>
/// A forward-only pull reader of Core events, in the style of <see cref="System.Xml.XmlReader"/>:
/// call <see cref="Read"/> until it returns false, switch on <see cref="Kind"/> and take
/// <see cref="Transaction"/>, <see cref="Call"/>, <see cref="Sms"/> or <see cref="Login"/>. Bad
/// records never surface here: the reader puts them in its quarantine, counts them and moves on.
/// <para>
/// Readers come from <see cref="EventReaders"/>, which validates the whole file before returning
/// one, so everything a reader yields comes from a file that passed its file-level checks (ADR 30).
/// Apart from the event's own strings a reader allocates nothing per record. Not thread safe.
/// </para>
/// </summary>
public abstract class EventReader : IDisposable
{
    private IQuarantineSink _quarantine;
    private readonly DuplicateTracker _ids;
    private readonly IngestCounts _counts = new();
    private TransactionEvent _transaction;
    private CallEvent _call;
    private SmsEvent _sms;
    private LoginEvent _login;
    private DateTimeOffset _latest = DateTimeOffset.MinValue;

    /// <summary>Creates a reader of <paramref name="source"/> that quarantines into <paramref name="quarantine"/>.</summary>
    /// <param name="source">File path or name, as it should appear in errors and the quarantine.</param>
    /// <param name="quarantine">Where bad records go.</param>
    /// <param name="duplicates">Shared tracker when several readers make one input; null for a reader of its own.</param>
    protected EventReader(string source, IQuarantineSink quarantine, DuplicateTracker? duplicates)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        _quarantine = quarantine ?? throw new ArgumentNullException(nameof(quarantine));
        _ids = duplicates ?? new DuplicateTracker();
    }

    /// <summary>The file (or files) read, as named in errors.</summary>
    public string Source { get; }

    /// <summary>What has been read, accepted, quarantined and skipped so far.</summary>
    public virtual IngestCounts Counts => _counts;

    /// <summary>The kind of the current event; <see cref="IngestEventKind.None"/> before the first and after the last.</summary>
    public IngestEventKind Kind { get; private set; }

    /// <summary>1-based line (or, for XML, the line of the element) where the current event's record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The source's own label for the current event, if it carries one.</summary>
    public EventLabel Label { get; private set; }

    /// <summary>
    /// Indexes resolved for the current event's entities on the reading thread, when the reader is a
    /// <see cref="ParallelEventReader"/> with a <see cref="ParallelEventReader.Resolver"/> (or merges
    /// such readers); <see cref="EventKeys.None"/> otherwise.
    /// </summary>
    public EventKeys Keys { get; private set; } = EventKeys.None;

    /// <summary>The current event's id.</summary>
    public string Id => Kind switch
    {
        IngestEventKind.Transaction => _transaction.Id,
        IngestEventKind.Call => _call.Id,
        IngestEventKind.Sms => _sms.Id,
        IngestEventKind.Login => _login.Id,
        _ => throw NotPositioned(),
    };

    /// <summary>The current event's time.</summary>
    public DateTimeOffset Time => Kind switch
    {
        IngestEventKind.Transaction => _transaction.Time,
        IngestEventKind.Call => _call.Start,
        IngestEventKind.Sms => _sms.Time,
        IngestEventKind.Login => _login.Time,
        _ => throw NotPositioned(),
    };

    /// <summary>The current event when <see cref="Kind"/> is <see cref="IngestEventKind.Transaction"/>.</summary>
    public TransactionEvent Transaction => Kind == IngestEventKind.Transaction ? _transaction : throw NotOn(IngestEventKind.Transaction);

    /// <summary>The current event when <see cref="Kind"/> is <see cref="IngestEventKind.Call"/>.</summary>
    public CallEvent Call => Kind == IngestEventKind.Call ? _call : throw NotOn(IngestEventKind.Call);

    /// <summary>The current event when <see cref="Kind"/> is <see cref="IngestEventKind.Sms"/>.</summary>
    public SmsEvent Sms => Kind == IngestEventKind.Sms ? _sms : throw NotOn(IngestEventKind.Sms);

    /// <summary>The current event when <see cref="Kind"/> is <see cref="IngestEventKind.Login"/>.</summary>
    public LoginEvent Login => Kind == IngestEventKind.Login ? _login : throw NotOn(IngestEventKind.Login);

    /// <summary>Moves to the next accepted event; false at the end of the input.</summary>
    public bool Read()
    {
        if (ReadCore())
        {
            return true;
        }

        Kind = IngestEventKind.None;
        return false;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the input.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Reads records until one is accepted (then calls an Emit method and returns true) or the input ends.</summary>
    protected abstract bool ReadCore();

    /// <summary>Makes <paramref name="e"/> the current event and counts it.</summary>
    protected void Emit(in TransactionEvent e, EventLabel label, long line, bool dateOnly)
    {
        _transaction = e;
        Position(IngestEventKind.Transaction, label, line);
        Count(e.Id, e.Time, dateOnly);
    }

    /// <summary>Makes <paramref name="e"/> the current event and counts it.</summary>
    protected void Emit(in CallEvent e, EventLabel label, long line, bool dateOnly)
    {
        _call = e;
        Position(IngestEventKind.Call, label, line);
        Count(e.Id, e.Start, dateOnly);
    }

    /// <summary>Makes <paramref name="e"/> the current event and counts it.</summary>
    protected void Emit(in SmsEvent e, EventLabel label, long line, bool dateOnly)
    {
        _sms = e;
        Position(IngestEventKind.Sms, label, line);
        Count(e.Id, e.Time, dateOnly);
    }

    /// <summary>Makes <paramref name="e"/> the current event and counts it.</summary>
    protected void Emit(in LoginEvent e, EventLabel label, long line, bool dateOnly)
    {
        _login = e;
        Position(IngestEventKind.Login, label, line);
        Count(e.Id, e.Time, dateOnly);
    }

    /// <summary>Makes another reader's current event this reader's, without counting it again (for merging readers).</summary>
    protected void Relay(EventReader from)
    {
        ArgumentNullException.ThrowIfNull(from);
        switch (from.Kind)
        {
            case IngestEventKind.Transaction: _transaction = from._transaction; break;
            case IngestEventKind.Call: _call = from._call; break;
            case IngestEventKind.Sms: _sms = from._sms; break;
            case IngestEventKind.Login: _login = from._login; break;
            default: throw NotPositioned();
        }

        Position(from.Kind, from.Label, from.Line);
        Keys = from.Keys;
    }

    /// <summary>The duplicate tracker this reader counts ids with (shared or its own).</summary>
    internal DuplicateTracker Duplicates => _ids;

    /// <summary>Sends this reader's quarantined records to <paramref name="sink"/> from now on; returns the sink it used before.</summary>
    internal IQuarantineSink RedirectQuarantine(IQuarantineSink sink)
    {
        var before = _quarantine;
        _quarantine = sink ?? throw new ArgumentNullException(nameof(sink));
        return before;
    }

    /// <summary>Appends the current event to <paramref name="batch"/> (for <see cref="ParallelEventReader"/>).</summary>
    internal void CopyCurrentTo(EventBatch batch)
    {
        switch (Kind)
        {
            case IngestEventKind.Transaction: batch.Add(in _transaction, Label, Line); break;
            case IngestEventKind.Call: batch.Add(in _call, Label, Line); break;
            case IngestEventKind.Sms: batch.Add(in _sms, Label, Line); break;
            case IngestEventKind.Login: batch.Add(in _login, Label, Line); break;
            default: throw NotPositioned();
        }
    }

    /// <summary>The current event's keys as <paramref name="resolver"/> gives them.</summary>
    internal EventKeys ResolveCurrent(IEventKeyResolver resolver) => Kind switch
    {
        IngestEventKind.Transaction => resolver.Resolve(in _transaction),
        IngestEventKind.Call => resolver.Resolve(in _call),
        IngestEventKind.Sms => resolver.Resolve(in _sms),
        IngestEventKind.Login => resolver.Resolve(in _login),
        _ => throw NotPositioned(),
    };

    /// <summary>Makes event <paramref name="index"/> of <paramref name="batch"/> the current event, without counting it again.</summary>
    private protected void Present(EventBatch batch, int index)
    {
        var kind = batch.KindAt(index);
        switch (kind)
        {
            case IngestEventKind.Transaction: _transaction = batch.TransactionAt(index); break;
            case IngestEventKind.Call: _call = batch.CallAt(index); break;
            case IngestEventKind.Sms: _sms = batch.SmsAt(index); break;
            default: _login = batch.LoginAt(index); break;
        }

        Position(kind, batch.LabelAt(index), batch.LineAt(index));
        Keys = batch.KeysAt(index);
    }

    /// <summary>
    /// Hints that the next event will have <paramref name="id"/>: the duplicate check's table slot
    /// is loaded now, while the record is still being parsed (it is a cache miss on large inputs).
    /// </summary>
    protected void Anticipate(IngestEventKind kind, ReadOnlySpan<char> id) => _ids.Touch(kind, id);

    /// <summary>Sizes the duplicate check for the records the validation pass saw, so its table is allocated once.</summary>
    internal void ExpectRecords(long records) => _ids.Reserve(records);

    /// <summary>Quarantines one record and counts it.</summary>
    protected void Reject(long line, string? field, RejectReason reason, string detail, string rawRecord)
    {
        _counts.CountQuarantined(reason);
        _quarantine.Add(new QuarantinedRecord(new InputError(Source, line, field, detail), reason, rawRecord));
    }

    /// <summary>Counts a record the mapping says to skip.</summary>
    protected void Skip(string rule) => _counts.CountSkipped(rule);

    private void Position(IngestEventKind kind, EventLabel label, long line)
    {
        Keys = EventKeys.None;
        Kind = kind;
        Label = label;
        Line = line;
    }

    private void Count(string id, DateTimeOffset time, bool dateOnly)
    {
        _counts.Events++;
        if (!_ids.Add(Kind, id))
        {
            _counts.Duplicates++;
            _counts.FirstDuplicateLine ??= Line;
        }

        if (time < _latest)
        {
            _counts.OutOfOrder++;
        }
        else
        {
            _latest = time;
        }

        if (dateOnly)
        {
            _counts.DateOnlyTimes++;
        }
    }

    private InvalidOperationException NotOn(IngestEventKind wanted) =>
        new($"The reader is positioned on {(Kind == IngestEventKind.None ? "no event" : "a " + Kind)}, not a {wanted}.");

    private static InvalidOperationException NotPositioned() => new("The reader is not positioned on an event; call Read first.");
}
