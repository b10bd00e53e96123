using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Ingest;

/// <summary>
/// Runs another reader on a thread of its own, a bounded number of blocks of events ahead of the
/// consumer, so parsing and validating a file overlaps with whatever consumes its events (the
/// monitoring engine, a merge of several such readers). What the consumer sees is exactly what
/// the inner reader would have yielded — the same events in the same order, and the same
/// quarantined records handed to the quarantine in the same place among them, on the consumer's
/// thread. A failure of the inner reader is thrown to the consumer after the events read before it.
/// <para>
/// <see cref="Counts"/> are the inner reader's: complete once <see cref="EventReader.Read"/> has
/// returned false; before that they include the records read ahead. Readers wrapped side by side
/// must not share a <see cref="DuplicateTracker"/> (it is not thread safe): see <see cref="WrapAll"/>.
/// Disposing stops the thread and disposes the inner reader.
/// </para>
/// </summary>
public sealed class ParallelEventReader : EventReader
{
    /// <summary>Events per block handed from the reading thread to the consumer.</summary>
    public const int BatchSize = 1024;

    /// <summary>Blocks in flight per reader: how far the reading thread may run ahead.</summary>
    public const int Depth = 4;

    private readonly EventReader _inner;
    private readonly IQuarantineSink _quarantine;
    private readonly CaptureSink _capture = new();
    private readonly BlockingCollection<EventBatch> _free = new(new ConcurrentQueue<EventBatch>());
    private readonly BlockingCollection<EventBatch> _full = new(new ConcurrentQueue<EventBatch>());
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private IEventKeyResolver? _resolver;
    private EventBatch? _batch;
    private int _index;
    private int _nextQuarantined;
    private bool _done;
    private bool _disposed;

    /// <summary>Starts reading <paramref name="inner"/> (owned from now on) on a thread of its own.</summary>
    public ParallelEventReader(EventReader inner)
        : base((inner ?? throw new ArgumentNullException(nameof(inner))).Source, new RefusingQuarantine(), null)
    {
        _inner = inner;
        _quarantine = inner.RedirectQuarantine(_capture);
        for (var i = 0; i < Depth; i++)
        {
            _free.Add(new EventBatch(BatchSize));
        }

        _thread = new Thread(Produce) { IsBackground = true, Name = "breakcard read " + Path.GetFileName(inner.Source) };
        _thread.Start();
    }

    /// <inheritdoc />
    public override IngestCounts Counts => _inner.Counts;

    /// <summary>
    /// Resolves each event's entities to the consumer's indexes on the reading thread from the
    /// next event read on (ADR 0163); null (the default) for none. Events read before it is set
    /// carry <see cref="EventKeys.None"/>. May be set while the reader runs; called concurrently
    /// when several parallel readers share it.
    /// </summary>
    public IEventKeyResolver? Resolver
    {
        get => Volatile.Read(ref _resolver);
        set => Volatile.Write(ref _resolver, value);
    }

    /// <summary>
    /// Wraps each of <paramref name="readers"/> to read on its own thread. Throws when two of them
    /// share a duplicate tracker: open readers that will run side by side each with their own.
    /// </summary>
    public static IReadOnlyList<EventReader> WrapAll(IReadOnlyList<EventReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        if (readers.Select(r => r.Duplicates).Distinct().Count() != readers.Count)
        {
            throw new ArgumentException("Readers that run side by side need a DuplicateTracker each (it is not thread safe).", nameof(readers));
        }

        return [.. readers.Select(r => (EventReader)new ParallelEventReader(r))];
    }

    /// <inheritdoc />
    protected override bool ReadCore()
    {
        while (!_done)
        {
            _batch ??= Next();
            var quarantined = _batch.Quarantined;
            while (_nextQuarantined < quarantined.Count && quarantined[_nextQuarantined].Before <= _index)
            {
                _quarantine.Add(quarantined[_nextQuarantined++].Record);
            }

            if (_index < _batch.Count)
            {
                Present(_batch, _index++);
                return true;
            }

            var last = _batch;
            _batch = null;
            if (last.IsLast)
            {
                _done = true;
                var failure = last.Failure;
                Recycle(last);
                if (failure is not null)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }

                return false;
            }

            Recycle(last);
        }

        return false;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            _stop.Cancel();
            _thread.Join();
            _inner.Dispose();
            _stop.Dispose();
            _free.Dispose();
            _full.Dispose();
        }

        base.Dispose(disposing);
    }

    private EventBatch Next()
    {
        _index = 0;
        _nextQuarantined = 0;
        return _full.Take();
    }

    private void Recycle(EventBatch batch)
    {
        batch.Reset();
        _free.Add(batch);
    }

    private void Produce()
    {
        EventBatch batch;
        try
        {
            batch = _free.Take(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        _capture.Batch = batch;
        try
        {
            while (_inner.Read())
            {
                _inner.CopyCurrentTo(batch);
                if (Volatile.Read(ref _resolver) is { } resolver)
                {
                    batch.SetLastKeys(_inner.ResolveCurrent(resolver));
                }
                if (batch.IsFull)
                {
                    _full.Add(batch);
                    batch = _free.Take(_stop.Token);
                    _capture.Batch = batch;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // Any failure is the consumer's to see, in its place among the events.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            batch.Failure = ex;
        }

        batch.IsLast = true;
        _full.Add(batch);
    }

    /// <summary>Collects the inner reader's quarantined records into the block being filled.</summary>
    private sealed class CaptureSink : IQuarantineSink
    {
        public EventBatch? Batch { get; set; }

        public void Add(QuarantinedRecord record) => (Batch ?? throw new InvalidOperationException("No block is being filled.")).AddQuarantined(record);
    }

    private sealed class RefusingQuarantine : IQuarantineSink
    {
        public void Add(QuarantinedRecord record) =>
            throw new InvalidOperationException("A parallel reader quarantines nothing itself; its inner reader does.");
    }
}
