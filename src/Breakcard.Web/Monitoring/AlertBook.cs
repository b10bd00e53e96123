using System.Collections.Concurrent;
using System.Text.Json;
using Breakcard.Detection.Alerts;
using Breakcard.Storage.Web;

namespace Breakcard.Web.Monitoring;

/// <summary>
/// Every alert the host knows, by id and by entity, with the highest risk raised per entity —
/// what the decision endpoint reads. Readers never block: alerts are appended under a lock and the
/// risk index is a concurrent dictionary.
/// </summary>
public sealed class AlertBook
{
    private readonly Lock _gate = new();
    private readonly List<AlertRecord> _all = [];
    private readonly Dictionary<string, AlertRecord> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Institution, string Entity), AlertRecord> _highest = new();
    private readonly Dictionary<string, TriageRow> _triage = new(StringComparer.Ordinal);

    /// <summary>Number of alerts.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _all.Count;
            }
        }
    }

    /// <summary>Adds an alert raised by <paramref name="institutionId"/>'s monitor. Ids are prefixed with the institution so two monitors never collide.</summary>
    public AlertRecord Add(Alert alert, string institutionId)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var record = new AlertRecord(alert with { AlertId = institutionId + ":" + alert.AlertId }, institutionId);
        lock (_gate)
        {
            if (_byId.TryGetValue(record.Alert.AlertId, out var existing))
            {
                return existing;
            }

            _all.Add(record);
            _byId[record.Alert.AlertId] = record;
            if (_triage.TryGetValue(record.Alert.AlertId, out var triage))
            {
                Apply(record, triage);
            }
        }

        _highest.AddOrUpdate((institutionId, alert.Entity), record, (_, old) => old.Alert.Risk >= record.Alert.Risk ? old : record);
        return record;
    }

    /// <summary>
    /// The triage state kept in the store (<see cref="AlertTriage"/>): applied to the alerts
    /// already here and to each alert added later with the same id (alerts are re-raised or
    /// reloaded after a restart; their triage is not lost).
    /// </summary>
    public void Restore(IEnumerable<TriageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        lock (_gate)
        {
            foreach (var row in rows)
            {
                _triage[row.AlertId] = row;
                if (_byId.TryGetValue(row.AlertId, out var record))
                {
                    Apply(record, row);
                }
            }
        }
    }

    private static void Apply(AlertRecord record, TriageRow row)
    {
        record.Status = row.Status == "escalated" ? AlertStatus.Escalated : AlertStatus.Dismissed;
        record.ClueId = row.ClueId;
        record.DismissReason = row.Reason;
    }

    /// <summary>Loads an <c>alerts.jsonl</c> file; returns how many alerts it held. Bad lines throw naming the line.</summary>
    public int Load(string path, string institutionId)
    {
        var n = 0;
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            Alert alert;
            try
            {
                alert = JsonSerializer.Deserialize<Alert>(text) ?? throw new JsonException("null record");
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{line}: not an alert record: {ex.Message}", ex);
            }

            Add(alert, institutionId);
            n++;
        }

        return n;
    }

    /// <summary>An alert by id.</summary>
    public AlertRecord? Find(string alertId)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(alertId);
        }
    }

    /// <summary>The alerts of an institution, newest first, after the filter.</summary>
    public IReadOnlyList<AlertRecord> Query(string institutionId, Func<AlertRecord, bool>? filter = null)
    {
        lock (_gate)
        {
            var list = new List<AlertRecord>();
            for (var i = _all.Count - 1; i >= 0; i--)
            {
                var r = _all[i];
                if (r.InstitutionId == institutionId && (filter is null || filter(r)))
                {
                    list.Add(r);
                }
            }

            return list;
        }
    }

    /// <summary>The highest-risk alert raised about an entity by an institution's monitor, or null.</summary>
    public AlertRecord? Highest(string institutionId, string entity) => _highest.GetValueOrDefault((institutionId, entity));
}
