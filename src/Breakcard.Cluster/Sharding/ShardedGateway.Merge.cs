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
    /// The reduce stage: the shards' outputs (as the silos sent them) as one run's files. Returns the number of alerts.
    /// </summary>
    internal static Task<long> MergeAsync(ShardResult[] results, StreamSequencer sequencer, PlaceStage places, string folder, CancellationToken cancel) =>
        MergeAsync([.. results.Select(r => new ShardAlerts(r.Alerts))], [.. results.Select(r => r.Scores)], results[0].Model, results[0].Fingerprint, sequencer, places, folder, cancel);

    /// <summary>
    /// The reduce stage over each shard's <paramref name="alerts"/> and <paramref name="scores"/>;
    /// <paramref name="model"/> and <paramref name="fingerprint"/> (the shards', one for all) go into the summary. Returns the number of alerts.
    /// </summary>
    /// <remarks>
    /// Implementation note (ADR 0436, 0445): the alerts are put in order by a sort of one array of
    /// positions (before, a LINQ chain of four keys over a tuple per alert), and each alert line
    /// is serialized straight into the file's UTF-8 bytes through one reused
    /// <see cref="Utf8JsonWriter"/> with the line options' encoder (before, into a string per alert,
    /// ≈ 7.7 KB of UTF-16 for a line of ≈ 3,850 characters on the bench's city, then encoded again
    /// by a <see cref="StreamWriter"/>): the same bytes. A silo's alert is parsed from its line when
    /// the merge reaches it (the summary and the facts need the alert itself); an in-process shard's
    /// is taken as the shard built it, never serialized before this line (ADR 0445: the line and its
    /// parse were ≈ 0.08 µs per event of the in-process row).
    /// </remarks>
    internal static async Task<long> MergeAsync(ShardAlerts[] alerts, ShardScore[][] scores, string model, string fingerprint, StreamSequencer sequencer, PlaceStage places, string folder, CancellationToken cancel)
    {
        var order = AlertOrder(alerts);
        var merged = new List<Alert>(order.Length);
        await using (var file = new FileStream(Path.Combine(folder, MonitorSession.AlertsFile), FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16))
        {
            await using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = MonitorGrain.LineJson.Encoder });
            foreach (var (shard, index) in order)
            {
                cancel.ThrowIfCancellationRequested();
                var key = alerts[shard][index];
                var alert = places.Facts.Apply(shard, index, key.Device, places.Names.Resolve(alerts[shard].Alert(index))) with { AlertId = "A" + (merged.Count + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) };
                merged.Add(alert);
                JsonSerializer.Serialize(json, alert, MonitorGrain.LineJson);
                json.Flush();
                json.Reset();
                file.WriteByte((byte)'\n');
            }
        }

        var rows = scores.SelectMany(r => r)
            .Select(s => new EntityScore((ScoredKind)s.Kind, 0, s.Id, s.Risk, s.RiskAtEnd, s.PeakAt, s.Alerts, s.FirstAlertAt, s.TopIndicators))
            .ToList();
        rows.Sort(static (a, b) => a.Risk != b.Risk ? b.Risk.CompareTo(a.Risk)
            : a.Kind != b.Kind ? ((byte)a.Kind).CompareTo((byte)b.Kind) : string.CompareOrdinal(a.Id, b.Id));
        ScoreTable.Write(Path.Combine(folder, MonitorSession.ScoresFile), rows);

        var summary = MonitorSummary.From(model, fingerprint, sequencer.Counters with { Pending = 0, Alerts = merged.Count }, merged, rows, sequencer.Invalid);
        await File.WriteAllTextAsync(Path.Combine(folder, MonitorSession.SummaryFile), summary.ToJson(), cancel).ConfigureAwait(false);
        return merged.Count;
    }

    /// <summary>
    /// Every shard's alerts as (shard, index) in the engine's application order, then where in the
    /// event each was raised (ADR 0185), then by shard and the shard's own order — a total order,
    /// as (shard, ordinal) names one alert.
    /// </summary>
    internal static (int Shard, int Index)[] AlertOrder(ShardAlerts[] alerts)
    {
        var order = new (int Shard, int Index)[alerts.Sum(a => a.Count)];
        var n = 0;
        for (var k = 0; k < alerts.Length; k++)
        {
            for (var i = 0; i < alerts[k].Count; i++)
            {
                order[n++] = (k, i);
            }
        }

        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (alerts[x.Shard][x.Index], alerts[y.Shard][y.Index]);
            return a.Release != b.Release ? a.Release.CompareTo(b.Release)
                : a.Step != b.Step ? a.Step.CompareTo(b.Step)
                : x.Shard != y.Shard ? x.Shard.CompareTo(y.Shard)
                : x.Index.CompareTo(y.Index);
        });
        return order;
    }
}
