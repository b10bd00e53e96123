using Breakcard.Core.Events;
using Breakcard.Detection;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;
using Breakcard.Ingest;
using Breakcard.Graph.Links;
using Breakcard.Web.Links;

namespace Breakcard.Web.Monitoring;

/// <summary>
/// One institution's live stream: Detection's <see cref="MonitorSession"/> (alerts into the
/// <see cref="AlertBook"/>), the temporal graph its traces run on, and the event ids already
/// received (so a batch sent twice is applied once). One writer at a time; traces read a snapshot.
/// </summary>
public sealed class InstitutionMonitor : IDisposable
{
    private readonly Lock _gate = new();
    private readonly MonitorSession _session;
    private readonly TemporalGraphBuilder _graph = new();
    private readonly DuplicateTracker _seen = new();
    private readonly AlertBook _alerts;
    private readonly List<LoginEvent> _logins = [];
    private TemporalGraph? _snapshot;
    private LinkReport? _links;
    private int _alertsTaken;

    /// <summary>
    /// Starts a monitor writing its files into <paramref name="folder"/>; with a
    /// <paramref name="world"/>, its reference data (holders, devices, bound phones) feeds the
    /// indicators and its entities the link analysis.
    /// </summary>
    public InstitutionMonitor(string institutionId, string folder, AlertBook alerts, ReferenceWorld? world = null)
    {
        InstitutionId = institutionId;
        _alerts = alerts;
        World = world;
        var options = DetectionOptions.Default;
        _session = new MonitorSession(world?.BuildReference() ?? ReferenceData.Empty(), options, new PointsModel(options), folder);
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
    /// Applies every event the reader hands out, skipping ids already received. Returns the
    /// events applied and the duplicates skipped.
    /// </summary>
    public (long Applied, long Duplicates) Apply(EventReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        long applied = 0, duplicates = 0;
        lock (_gate)
        {
            while (reader.Read())
            {
                if (!_seen.Add(reader.Kind, reader.Id))
                {
                    duplicates++;
                    continue;
                }

                switch (reader.Kind)
                {
                    case IngestEventKind.Transaction:
                        var t = reader.Transaction;
                        _session.Process(t);
                        _graph.Add(t);
                        break;
                    case IngestEventKind.Call:
                        _session.Process(reader.Call);
                        break;
                    case IngestEventKind.Sms:
                        _session.Process(reader.Sms);
                        break;
                    case IngestEventKind.Login:
                        _session.Process(reader.Login);
                        _logins.Add(reader.Login);
                        break;
                }

                applied++;
            }

            Events += applied;
            _snapshot = null;
            _links = null;
            TakeAlerts();
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
    public void Flush()
    {
        lock (_gate)
        {
            _session.Engine.Flush();
            TakeAlerts();
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
    public void Dispose() => _session.Dispose();

    private void TakeAlerts()
    {
        var all = _session.Alerts;
        for (; _alertsTaken < all.Count; _alertsTaken++)
        {
            _alerts.Add(all[_alertsTaken], InstitutionId);
        }
    }
}
