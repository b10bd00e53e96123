using Breakcard.Detection.Alerts;
using Breakcard.Ingest;

namespace Breakcard.Web.Monitoring;

/// <summary>
/// The detection engine behind one institution's live monitor (ADR 0180): Detection's
/// <c>MonitorSession</c> in this process (<see cref="LocalMonitorEngine"/>), or a stream on a
/// monitoring cluster that a host referencing both this project and the cluster plugs in through
/// <see cref="IMonitorEngineFactory"/> — so the web project stays free of Orleans. The monitor adds
/// events one by one, then commits; a commit returns only when every event added has been applied,
/// which is how a slow engine slows the client that posts events (back-pressure). One caller at a time.
/// </summary>
public interface IMonitorEngine : IAsyncDisposable
{
    /// <summary>Adds the event <paramref name="reader"/> stands on (after a <see cref="EventReader.Read"/> that returned true).</summary>
    void Add(EventReader reader);

    /// <summary>Returns once every event added has been applied, with the alerts raised since the last commit, in order.</summary>
    Task<IReadOnlyList<Alert>> CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// End of an input: applies (after the events added) every event held back for late arrivals
    /// and returns the alerts raised since the last commit. The engine still takes events afterwards.
    /// </summary>
    Task<IReadOnlyList<Alert>> FlushAsync(CancellationToken cancellationToken);
}
