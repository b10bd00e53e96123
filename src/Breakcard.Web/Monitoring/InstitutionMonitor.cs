using Breakcard.Core.Events;
using Breakcard.Detection;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;
using Breakcard.Ingest;

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
    private TemporalGraph? _snapshot;
    private int _alertsTaken;

    /// <summary>Starts a monitor writing its files into <paramref name="folder"/>.</summary>
    public InstitutionMonitor(string institutionId, string folder, AlertBook alerts, ReferenceData? reference = null)
    {
        InstitutionId = institutionId;
        _alerts = alerts;
        var options = DetectionOptions.Default;
        _session = new MonitorSession(reference ?? ReferenceData.Empty(), options, new PointsModel(options), folder);
    }

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
                        break;
                }

                applied++;
            }

            Events += applied;
            _snapshot = null;
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
            }

            _snapshot = null;
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
