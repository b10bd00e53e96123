using System.Text.Json;
using Breakcard.Cluster.Grains;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Sharding;

/// <summary>The reduce stage (ADR 0155, 0185): the shards' outputs as one run's files.</summary>
public sealed partial class ShardedGateway
{
    /// <summary>
    /// The reduce stage: the shards' outputs as one run's files. Returns the number of alerts.
    /// </summary>
    /// <remarks>
    /// Implementation note (ADR 0436): the alerts are put in order by a sort of one array of
    /// positions (before, a LINQ chain of four keys over a tuple per alert), and each alert line
    /// is serialized straight into the file's UTF-8 bytes through one reused
    /// <see cref="Utf8JsonWriter"/> with the line options' encoder (before, into a string per alert,
    /// ≈ 7.7 KB of UTF-16 for a line of ≈ 3,850 characters on the bench's city, then encoded again
    /// by a <see cref="StreamWriter"/>): the same bytes. Each alert is still read from its line,
    /// as the summary and the facts need the alert itself.
    /// </remarks>
    internal static async Task<long> MergeAsync(ShardResult[] results, StreamSequencer sequencer, PlaceStage places, string folder, CancellationToken cancel)
    {
        var order = AlertOrder(results);
        var alerts = new List<Alert>(order.Length);
        await using (var file = new FileStream(Path.Combine(folder, MonitorSession.AlertsFile), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16))
        {
            await using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = MonitorGrain.LineJson.Encoder });
            foreach (var (shard, index) in order)
            {
                cancel.ThrowIfCancellationRequested();
                var a = results[shard].Alerts[index];
                var alert = JsonSerializer.Deserialize<Alert>(a.Json, MonitorGrain.LineJson) ?? throw new InvalidDataException("a shard sent an empty alert");
                alert = places.Facts.Apply(shard, a, places.Names.Resolve(alert)) with { AlertId = "A" + (alerts.Count + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) };
                alerts.Add(alert);
                JsonSerializer.Serialize(json, alert, MonitorGrain.LineJson);
                json.Flush();
                json.Reset();
                file.WriteByte((byte)'\n');
            }
        }

        var scores = results.SelectMany(r => r.Scores)
            .Select(s => new EntityScore((ScoredKind)s.Kind, 0, s.Id, s.Risk, s.RiskAtEnd, s.PeakAt, s.Alerts, s.FirstAlertAt, s.TopIndicators))
            .ToList();
        scores.Sort(static (a, b) => a.Risk != b.Risk ? b.Risk.CompareTo(a.Risk)
            : a.Kind != b.Kind ? ((byte)a.Kind).CompareTo((byte)b.Kind) : string.CompareOrdinal(a.Id, b.Id));
        ScoreTable.Write(Path.Combine(folder, MonitorSession.ScoresFile), scores);

        var summary = MonitorSummary.From(results[0].Model, results[0].Fingerprint, sequencer.Counters with { Pending = 0, Alerts = alerts.Count }, alerts, scores, sequencer.Invalid);
        await File.WriteAllTextAsync(Path.Combine(folder, MonitorSession.SummaryFile), summary.ToJson(), cancel).ConfigureAwait(false);
        return alerts.Count;
    }

    /// <summary>
    /// Every shard's alerts as (shard, index) in the engine's application order, then where in the
    /// event each was raised (ADR 0185), then by shard and the shard's own order — a total order,
    /// as (shard, ordinal) names one alert.
    /// </summary>
    internal static (int Shard, int Index)[] AlertOrder(ShardResult[] results)
    {
        var order = new (int Shard, int Index)[results.Sum(r => r.Alerts.Length)];
        var n = 0;
        for (var k = 0; k < results.Length; k++)
        {
            for (var i = 0; i < results[k].Alerts.Length; i++)
            {
                order[n++] = (k, i);
            }
        }

        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (results[x.Shard].Alerts[x.Index], results[y.Shard].Alerts[y.Index]);
            return a.Release != b.Release ? a.Release.CompareTo(b.Release)
                : a.Step != b.Step ? a.Step.CompareTo(b.Step)
                : x.Shard != y.Shard ? x.Shard.CompareTo(y.Shard)
                : a.Ordinal.CompareTo(b.Ordinal);
        });
        return order;
    }
}
