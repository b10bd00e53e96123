using System.Collections.Concurrent;
using Breakcard.Web.Hosting;

namespace Breakcard.Web.Monitoring;

/// <summary>The live monitors, one per institution that sends events, created on first use.</summary>
public sealed class MonitorHub(WebSettings settings, AlertBook alerts) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<InstitutionMonitor>> _monitors = new(StringComparer.Ordinal);

    /// <summary>The alerts of every monitor.</summary>
    public AlertBook Alerts { get; } = alerts;

    /// <summary>The monitor of an institution.</summary>
    public InstitutionMonitor For(string institutionId) =>
        _monitors.GetOrAdd(institutionId, id => new Lazy<InstitutionMonitor>(() =>
            new InstitutionMonitor(id, Path.Combine(Root, id), Alerts))).Value;

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
