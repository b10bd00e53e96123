using System.Collections.Concurrent;
using Breakcard.Web.Hosting;
using Breakcard.Web.Links;

namespace Breakcard.Web.Monitoring;

/// <summary>
/// The live monitors, one per institution that sends events, created on first use with an engine
/// from the host's <see cref="IMonitorEngineFactory"/> (in this process, or a cluster stream).
/// </summary>
public sealed class MonitorHub(WebSettings settings, AlertBook alerts, IMonitorEngineFactory engines) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<InstitutionMonitor>>> _monitors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReferenceWorld> _worlds = new(StringComparer.Ordinal);

    /// <summary>
    /// Gives an institution's monitor its reference data; must come before the monitor's first use
    /// (a running monitor keeps the reference it started with).
    /// </summary>
    public void SetWorld(string institutionId, ReferenceWorld world)
    {
        if (_monitors.ContainsKey(institutionId))
        {
            throw new InvalidOperationException($"the monitor of {institutionId} is already running; reference data is set before its first event");
        }

        _worlds[institutionId] = world;
    }

    /// <summary>The alerts of every monitor.</summary>
    public AlertBook Alerts { get; } = alerts;

    /// <summary>What the engines run on.</summary>
    public string Engines => engines.Description;

    /// <summary>The monitor of an institution, started on first use. A start that failed (a cluster not reachable) is tried again on the next call.</summary>
    public async Task<InstitutionMonitor> ForAsync(string institutionId, CancellationToken cancellationToken)
    {
        var lazy = _monitors.GetOrAdd(institutionId, id => new Lazy<Task<InstitutionMonitor>>(() => StartAsync(id)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            _monitors.TryRemove(new KeyValuePair<string, Lazy<Task<InstitutionMonitor>>>(institutionId, lazy));
            throw;
        }
    }

    /// <summary>The monitor of an institution if it has one that has started.</summary>
    public InstitutionMonitor? Find(string institutionId) =>
        _monitors.TryGetValue(institutionId, out var m) && m.IsValueCreated && m.Value.IsCompletedSuccessfully ? m.Value.Result : null;

    private string Root => settings.MonitorFolder ?? Path.Combine(Path.GetTempPath(), "breakcard-web-monitor-" + Environment.ProcessId);

    // Not tied to a request: a client that goes away must not leave a half-opened engine behind.
    private async Task<InstitutionMonitor> StartAsync(string id)
    {
        var world = _worlds.GetValueOrDefault(id);
        var engine = await engines.CreateAsync(id, Path.Combine(Root, id), world, CancellationToken.None).ConfigureAwait(false);
        return new InstitutionMonitor(id, engine, Alerts, world);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var m in _monitors.Values)
        {
            if (m.IsValueCreated && m.Value.IsCompletedSuccessfully)
            {
                await m.Value.Result.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
