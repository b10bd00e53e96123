using System.Collections.Concurrent;
using Breakcard.Web.Hosting;
using Breakcard.Web.Links;

namespace Breakcard.Web.Monitoring;

/// <summary>The live monitors, one per institution that sends events, created on first use.</summary>
public sealed class MonitorHub(WebSettings settings, AlertBook alerts) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<InstitutionMonitor>> _monitors = new(StringComparer.Ordinal);
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

    /// <summary>The monitor of an institution.</summary>
    public InstitutionMonitor For(string institutionId) =>
        _monitors.GetOrAdd(institutionId, id => new Lazy<InstitutionMonitor>(() =>
            new InstitutionMonitor(id, Path.Combine(Root, id), Alerts, _worlds.GetValueOrDefault(id)))).Value;

    /// <summary>The monitor of an institution if it has one.</summary>
    public InstitutionMonitor? Find(string institutionId) => _monitors.TryGetValue(institutionId, out var m) ? m.Value : null;

    private string Root => settings.MonitorFolder ?? Path.Combine(Path.GetTempPath(), "breakcard-web-monitor-" + Environment.ProcessId);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var m in _monitors.Values)
        {
            if (m.IsValueCreated)
            {
                m.Value.Dispose();
            }
        }
    }
}
