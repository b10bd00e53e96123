using Breakcard.Detection;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Ingest;
using Breakcard.Web.Links;

namespace Breakcard.Web.Monitoring;

/// <summary>The engine in this process: Detection's <see cref="MonitorSession"/>, applying each event as it is added.</summary>
public sealed class LocalMonitorEngine : IMonitorEngine
{
    private readonly MonitorSession _session;
    private int _alertsTaken;

    /// <summary>Starts a session writing its files into <paramref name="folder"/>, over <paramref name="world"/>'s reference data when given.</summary>
    public LocalMonitorEngine(string folder, ReferenceWorld? world)
    {
        var options = DetectionOptions.Default;
        _session = new MonitorSession(world?.BuildReference() ?? ReferenceData.Empty(), options, new PointsModel(options), folder);
    }

    /// <inheritdoc />
    public void Add(EventReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        switch (reader.Kind)
        {
            case IngestEventKind.Transaction:
                _session.Process(reader.Transaction);
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
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Alert>> CommitAsync(CancellationToken cancellationToken) => Task.FromResult(TakeAlerts());

    /// <inheritdoc />
    public Task<IReadOnlyList<Alert>> FlushAsync(CancellationToken cancellationToken)
    {
        _session.Engine.Flush();
        return Task.FromResult(TakeAlerts());
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _session.Dispose();
        return ValueTask.CompletedTask;
    }

    private IReadOnlyList<Alert> TakeAlerts()
    {
        var all = _session.Alerts;
        var fresh = new List<Alert>(all.Count - _alertsTaken);
        for (; _alertsTaken < all.Count; _alertsTaken++)
        {
            fresh.Add(all[_alertsTaken]);
        }

        return fresh;
    }
}
