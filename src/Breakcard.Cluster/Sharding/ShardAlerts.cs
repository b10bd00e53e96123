using Breakcard.Detection.Alerts;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// One shard's alerts as the merge reads them (ADR 0445): each one's <see cref="AlertKey"/> and the
/// alert, by ordinal. In process the shard's own alerts (never serialized); from a silo the
/// lines of its <see cref="ShardResult"/>, parsed one at a time as the merge reaches them.
/// </summary>
internal sealed class ShardAlerts
{
    private readonly IReadOnlyList<AlertKey> _keys;
    private readonly Func<int, Alert> _alert;

    /// <summary>A shard's alerts held as objects (in process).</summary>
    public ShardAlerts(IReadOnlyList<AlertKey> keys, IReadOnlyList<Alert> alerts)
    {
        if (keys.Count != alerts.Count)
        {
            throw new ArgumentException($"{keys.Count} alert keys for {alerts.Count} alerts", nameof(alerts));
        }

        (_keys, _alert) = (keys, i => alerts[i]);
    }

    /// <summary>A shard's alerts as a silo sent them: each line parsed when the merge reaches it.</summary>
    public ShardAlerts(ShardAlert[] lines)
    {
        _keys = [.. lines.Select((a, i) => a.Ordinal == i
            ? new AlertKey(a.Release, a.Step, a.Device)
            : throw new InvalidDataException($"a shard sent its alert {i} with ordinal {a.Ordinal}: a shard's alerts come in their order, ordinal = index"))];
        _alert = i => System.Text.Json.JsonSerializer.Deserialize<Alert>(lines[i].Json, Grains.MonitorGrain.LineJson)
            ?? throw new InvalidDataException("a shard sent an empty alert");
    }

    /// <summary>How many alerts.</summary>
    public int Count => _keys.Count;

    /// <summary>Alert <paramref name="ordinal"/>'s place in the order.</summary>
    public AlertKey this[int ordinal] => _keys[ordinal];

    /// <summary>Alert <paramref name="ordinal"/> itself, with its provisional id.</summary>
    public Alert Alert(int ordinal) => _alert(ordinal);
}
