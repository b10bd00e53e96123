using System.Globalization;
using System.Text;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Pipeline;

/// <summary>Builds and writes <c>scores.csv</c>: one row per account and number in the reference data or seen in events (cash points excluded).</summary>
public static class ScoreTable
{
    /// <summary>The columns of scores.csv.</summary>
    public static readonly string[] Columns = ["id", "kind", "risk", "risk_at_end", "peak_at", "alerts", "first_alert_at", "top_indicators"];

    /// <summary>Most reason codes listed per row.</summary>
    public const int TopCount = 3;

    /// <summary>Scores of every entity, highest risk first, then kind and id.</summary>
    public static List<EntityScore> Build(MonitoringEngine engine, IReadOnlyList<Alert> alerts)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(alerts);
        var byEntity = new Dictionary<(string Kind, string Id), (int Count, string First, Alert Last)>();
        foreach (var a in alerts)
        {
            var key = (a.EntityKind, a.Entity);
            byEntity[key] = byEntity.TryGetValue(key, out var v) ? (v.Count + 1, v.First, a) : (1, a.Time, a);
        }

        var reference = engine.Reference;
        var format = new AlertFactory(reference, new EventIdStore(1), engine.Clock.UtcOffset);
        var rows = new List<EntityScore>();
        for (var i = 0; i < reference.Accounts.Count; i++)
        {
            var profile = reference.Account(i);
            if ((profile.Flags & AccountFlags.Cash) != 0)
            {
                continue;
            }

            // Peek: a shard's engine holds only the entities it applied (ADR 0335); the others read as never seen.
            ref readonly var state = ref engine.Accounts.Peek(i);
            var seen = state.LastSeen != EngineTime.Never;
            if (!seen && (profile.Flags & AccountFlags.InReference) == 0)
            {
                continue;
            }

            // A shard holds the text of its own identifiers only (ADR 0358); the others are not its rows.
            if (!reference.Accounts.TryKeyOf(i, out var key))
            {
                continue;
            }

            rows.Add(Row(ScoredKind.Account, i, key, seen ? state.Score : ScoreState.Empty, engine, byEntity, format));
        }

        for (var i = 0; i < reference.Phones.Count; i++)
        {
            ref readonly var state = ref engine.Phones.Peek(i);
            var seen = state.FirstSeen != EngineTime.Never;
            if (!seen && !reference.Phone(i).InReference)
            {
                continue;
            }

            if (!reference.Phones.TryKeyOf(i, out var key))
            {
                continue;
            }

            rows.Add(Row(ScoredKind.Phone, i, key, seen ? state.Score : ScoreState.Empty, engine, byEntity, format));
        }

        rows.Sort(static (a, b) => a.Risk != b.Risk ? b.Risk.CompareTo(a.Risk)
            : a.Kind != b.Kind ? ((byte)a.Kind).CompareTo((byte)b.Kind) : string.CompareOrdinal(a.Id, b.Id));
        return rows;
    }

    /// <summary>Writes the rows as CSV.</summary>
    public static void Write(string path, IReadOnlyList<EntityScore> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', Columns));
        foreach (var r in rows)
        {
            writer.Write(Csv.Field(r.Id));
            writer.Write(',');
            writer.Write(AlertFactory.KindText(r.Kind));
            writer.Write(',');
            writer.Write(r.Risk.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(r.RiskAtEnd.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(r.PeakAt ?? string.Empty);
            writer.Write(',');
            writer.Write(r.Alerts.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(r.FirstAlertAt ?? string.Empty);
            writer.Write(',');
            writer.WriteLine(string.Join(';', r.TopIndicators));
        }
    }

    private static EntityScore Row(ScoredKind kind, int index, string id, ScoreState score, MonitoringEngine engine,
        Dictionary<(string, string), (int Count, string First, Alert Last)> alerts, AlertFactory format)
    {
        IReadOnlyList<string> top;
        var hasAlerts = alerts.TryGetValue((AlertFactory.KindText(kind), id), out var a);
        if (hasAlerts)
        {
            top = a.Last.Reasons.Take(TopCount).Select(r => r.Code).ToList();
        }
        else
        {
            top = score.Risk > 0
                ? engine.Model.Explain(kind, in score.Strengths).Take(TopCount).Select(c => IndicatorCatalog.Of(c.Indicator).Code).ToList()
                : [];
        }

        return new EntityScore(kind, index, id, score.PeakRisk, score.Risk,
            score.PeakAt == EngineTime.Never ? null : format.FormatTime(score.PeakAt),
            hasAlerts ? a.Count : 0, hasAlerts ? a.First : null, top);
    }
}
