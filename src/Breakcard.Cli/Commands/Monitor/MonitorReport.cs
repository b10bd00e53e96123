using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Evaluation;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>The tables a monitoring run prints (and the demo's report reuses).</summary>
internal static class MonitorReport
{
    public static void Print(CliContext cli, MonitorOutcome o)
    {
        var console = cli.Console;
        console.Write(RunTable(o));
        if (o.Evaluation is { } e)
        {
            console.Write(Table("Evaluation against ground truth (" + o.TruthFolder + ")", ["", "positives", "precision", "recall", "F1", "false positives", "median time to detect", "detected ≤ 24 h"], EvaluationRows(e)));
            console.Write(Table("Recall per typology", ["kind", "typology", "positives", "detected", "recall"], TypologyRows(e)));
        }
    }

    public static Table RunTable(MonitorOutcome o)
    {
        var rows = RunRows(o);
        return Table(null, ["", "count"], rows);
    }

    public static List<string[]> RunRows(MonitorOutcome o)
    {
        var rows = new List<string[]>
        {
            new[] { "records read", N(o.Ingest.RecordsRead) },
            new[] { "events taken", N(o.InputPosition) + (o.Resumed ? $" ({N(o.EventsThisRun)} this run, after resuming)" : "") },
            new[] { "quarantined (quarantine.csv)", N(o.Quarantined) },
        };
        foreach (var f in o.Entities)
        {
            rows.Add([$"  {f.File} rows accepted", $"{N(f.Accepted)} of {N(f.Rows)}"]);
        }

        if (o.Summary is { } s)
        {
            rows.Add(["duplicates dropped", N(s.Events.Duplicates)]);
            rows.Add(["late events applied / rejected", $"{N(s.Events.LateApplied)} / {N(s.Events.LateRejected + s.Events.Expired)}"]);
            rows.Add(["accounts scored / alerted", $"{N(s.Accounts)} / {N(s.AccountsAlerted)}"]);
            rows.Add(["numbers scored / alerted", $"{N(s.Phones)} / {N(s.PhonesAlerted)}"]);
            rows.Add(["alerts", N(o.Alerts.Count)]);
            var bands = new[] { "re-verify", "delay settlement", "restrict", "suspend" };
            for (var i = 0; i < s.AlertsByBand.Length; i++)
            {
                rows.Add([$"  band {i + 1} ({bands[i]})", N(s.AlertsByBand[i])]);
            }
        }

        var seconds = Math.Max(o.Elapsed.TotalSeconds, 1e-3);
        rows.Add(["time", string.Create(CultureInfo.InvariantCulture, $"{o.Elapsed.TotalSeconds:F1} s ({o.EventsThisRun / seconds:N0} events/s)")]);
        rows.Add(["  stages", o.Stages.ToString()]);
        return rows;
    }

    public static List<string[]> EvaluationRows(EvaluationReport e) =>
    [
        KindRow("accounts (mule cards and accounts)", e.Accounts),
        KindRow("phone numbers", e.Phones),
    ];

    public static List<string[]> TypologyRows(EvaluationReport e) =>
        [.. new[] { e.Accounts, e.Phones }.SelectMany(k => k.ByTypology.Select(t => new[] { k.Kind, t.Typology, N(t.Positives), N(t.Detected), P(t.Recall) }))];

    /// <summary>One alert as a short text: entity (masked), risk, reasons, measure.</summary>
    public static string[] AlertRow(Alert a) =>
    [
        a.EntityKind + " " + a.EntityMasked,
        a.Time,
        a.Risk.ToString(CultureInfo.InvariantCulture),
        string.Join("; ", a.Reasons.Take(3).Select(r => $"{r.Name} ({r.Points:F0})")),
        a.ControlMeasure.Description,
    ];

    public static Table Table(string? title, string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        foreach (var h in headers)
        {
            table.AddColumn(Markup.Escape(h));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    public static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string P(double share) => share.ToString("F3", CultureInfo.InvariantCulture);

    private static string[] KindRow(string label, KindEvaluation k) =>
    [
        label,
        N(k.Overall.TruePositives + k.Overall.FalseNegatives),
        P(k.Overall.Precision),
        P(k.Overall.Recall),
        P(k.Overall.F1),
        N(k.Overall.FalsePositives),
        k.TimeToDetect.Count == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{k.TimeToDetect.MedianHours:F1} h"),
        k.TimeToDetect.Count == 0 ? "—" : P(k.TimeToDetect.Within24Hours),
    ];
}
