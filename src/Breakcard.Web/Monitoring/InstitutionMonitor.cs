using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;
using Breakcard.Ingest;
using Breakcard.Graph.Links;
using Breakcard.Web.Links;

namespace Breakcard.Web.Monitoring;

/// <summary>
/// One institution's live stream: its detection engine (<see cref="IMonitorEngine"/>: a session in
/// this process or a stream on a monitoring cluster; alerts into the <see cref="AlertBook"/>), the
/// temporal graph its traces run on, and the event ids already received (so a batch sent twice is
/// applied once). One writer at a time, which waits for the engine after every
/// <see cref="CommitEvery"/> events (back-pressure); traces read a snapshot.
/// </summary>
public sealed class InstitutionMonitor : IAsyncDisposable
{
    /// <summary>Events added to the engine between two commits (a cluster engine's batch; the writer waits for each).</summary>
    public const int CommitEvery = 2_000;

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly IMonitorEngine _engine;
    private readonly TemporalGraphBuilder _graph = new();
    private readonly DuplicateTracker _seen = new();
    private readonly AlertBook _alerts;
    private readonly List<LoginEvent> _logins = [];
    private TemporalGraph? _snapshot;
    private LinkReport? _links;

    /// <summary>
    /// A monitor over <paramref name="engine"/> (made with <paramref name="world"/>'s reference data
    /// when there is one); the world's entities also feed the link analysis.
    /// </summary>
    public InstitutionMonitor(string institutionId, IMonitorEngine engine, AlertBook alerts, ReferenceWorld? world = null)
    {
        InstitutionId = institutionId;
        _engine = engine;
        _alerts = alerts;
        World = world;
    }

    /// <summary>A monitor whose engine runs in this process, writing its files into <paramref name="folder"/>.</summary>
    public InstitutionMonitor(string institutionId, string folder, AlertBook alerts, ReferenceWorld? world = null)
        : this(institutionId, new LocalMonitorEngine(folder, world), alerts, world)
    {
    }

    /// <summary>The reference world, when the monitor has one.</summary>
    public ReferenceWorld? World { get; }

    /// <summary>Accounts the monitor's reference data knows (0 without a world).</summary>
    public int ReferenceAccounts => World?.Accounts.Count ?? 0;

    /// <summary>The institution.</summary>
    public string InstitutionId { get; }

    /// <summary>Events applied.</summary>
    public long Events { get; private set; }

    /// <summary>Transactions in the trace graph.</summary>
    public int Transactions
    {
        get
        {
            lock (_gate)
            {
                return _graph.EdgeCount;
            }
        }
    }

    /// <summary>
    /// Applies every event the reader hands out, skipping ids already received, and returns — with
    /// the events applied and the duplicates skipped — only when the engine has applied them all:
    /// every <see cref="CommitEvery"/> events the writer waits for the engine, so a slow engine
    /// slows the caller and nothing is dropped. Should the engine fail (a cluster unreachable past
    /// its failover time), the events read so far stay with the engine and are applied before the
    /// next batch's; their ids count as received.
    /// </summary>
    public async Task<(long Applied, long Duplicates)> ApplyAsync(EventReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long applied = 0, duplicates = 0;
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var more = true;
            while (more)
            {
                var added = 0;
                lock (_gate)
                {
                    while (added < CommitEvery && (more = reader.Read()))
                    {
                        if (!_seen.Add(reader.Kind, reader.Id))
                        {
                            duplicates++;
                            continue;
                        }

                        if (reader.Kind == IngestEventKind.Transaction)
                        {
                            _graph.Add(reader.Transaction);
                        }
                        else if (reader.Kind == IngestEventKind.Login)
                        {
                            _logins.Add(reader.Login);
                        }

                        _engine.Add(reader);
                        added++;
                    }

                    Events += added;
                    _snapshot = null;
                    _links = null;
                }

                applied += added;
                Take(await _engine.CommitAsync(cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            _writer.Release();
        }

        return (applied, duplicates);
    }

    /// <summary>Adds the transactions to the trace graph only (their alerts were loaded from a monitor's file).</summary>
    public long ApplyGraphOnly(EventReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long n = 0;
        lock (_gate)
        {
            while (reader.Read())
            {
                if (reader.Kind == IngestEventKind.Transaction && _seen.Add(reader.Kind, reader.Id))
                {
                    _graph.Add(reader.Transaction);
                    n++;
                }
                else if (reader.Kind == IngestEventKind.Login && _seen.Add(reader.Kind, reader.Id))
                {
                    _logins.Add(reader.Login);
                }
            }

            _snapshot = null;
            _links = null;
        }

        return n;
    }

    /// <summary>Applies every event held back by the watermark (end of input): alerts for the tail of the stream.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Take(await _engine.FlushAsync(cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Traces money from an account over the transactions received so far; null when the account never transacted.</summary>
    public TraceResult? Trace(string account, TraceOptions options)
    {
        TemporalGraph graph;
        lock (_gate)
        {
            graph = _snapshot ??= _graph.Snapshot();
        }

        if (!graph.Accounts.TryGetId(account, out var id))
        {
            return null;
        }

        return new FundTracer(graph).Trace(TraceStart.FromAccount(id), options);
    }

    /// <summary>
    /// Link analysis over the data received so far (reference entities, logins, transactions);
    /// computed once per change of the data, outside the writer's lock.
    /// </summary>
    public LinkReport Links()
    {
        TemporalGraph graph;
        LoginEvent[] logins;
        lock (_gate)
        {
            if (_links is { } cached)
            {
                return cached;
            }

            graph = _snapshot ??= _graph.Snapshot();
            logins = [.. _logins];
        }

        var entities = new EntityGraphBuilder();
        World?.AddTo(entities);
        foreach (var login in logins)
        {
            entities.Add(login);
        }

        var report = LinkReport.Run(entities.Build(), graph, World);
        lock (_gate)
        {
            // Kept only if no batch arrived meanwhile (a newer batch cleared the snapshot).
            if (ReferenceEquals(_snapshot, graph))
            {
                _links = report;
            }
        }

        return report;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync().ConfigureAwait(false);
        _writer.Dispose();
    }

    private void Take(IReadOnlyList<Detection.Alerts.Alert> fresh)
    {
        foreach (var alert in fresh)
        {
            _alerts.Add(alert, InstitutionId);
        }
    }
}
