using System.Globalization;
using Breakcard.Cli.Commands.Monitor;
using Breakcard.Cli.Reporting;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Evaluation;
using Breakcard.Detection.Pipeline;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// The demo's monitoring stage: runs the monitoring engine (points model) over the simulated
/// city's entity and event files as a bank and an operator would see them, writes
/// <c>&lt;work&gt;/monitor/alerts.jsonl</c> (with scores.csv, summary.json, evaluation.json), and
/// shows how it did against the world's ground truth, with example alerts, their explanation and
/// the control measure each proposes.
/// </summary>
public sealed class MonitoringStage : IDemoStage
{
    private static readonly string[] EvaluationHeader = ["", "positives", "precision", "recall", "F1", "false positives", "median time to detect", "detected ≤ 24 h"];
    private static readonly string[] TypologyHeader = ["kind", "typology", "positives", "detected", "recall"];
    private static readonly string[] AlertHeader = ["entity", "time", "risk", "main reasons (points)", "proposed control measure"];

    /// <inheritdoc />
    public string Name => "monitor";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var console = context.Cli.Console;
        if (context.World is not { } world)
        {
            console.MarkupLine("[yellow]No simulated world (the simulate stage did not run): nothing to monitor.[/]");
            return;
        }

        var output = new DirectoryInfo(context.PathOf("monitor"));
        if (output.Exists)
        {
            output.Delete(recursive: true); // a previous demo's alerts would not match this world
        }

        var request = new MonitorRequest(new DirectoryInfo(world.Folder), null, "auto", output);
        var outcome = await Task.Run(() => MonitorRun.Execute(request, null, cancellationToken), cancellationToken).ConfigureAwait(false);
        var alertsFile = Path.Combine(output.FullName, MonitorSession.AlertsFile);
        context.Monitoring = new MonitoringStageResult(alertsFile, outcome.Summary!, outcome.Evaluation);

        console.Write(MonitorReport.RunTable(outcome));
        if (outcome.Evaluation is { } e)
        {
            console.Write(MonitorReport.Table("Against the world's ground truth", EvaluationHeader, MonitorReport.EvaluationRows(e)));
            console.Write(MonitorReport.Table("Recall per typology", TypologyHeader, MonitorReport.TypologyRows(e)));
        }

        var examples = Examples(outcome.Alerts);
        console.Write(MonitorReport.Table("Example alerts (identifiers masked)", AlertHeader, examples.Select(MonitorReport.AlertRow)));
        foreach (var a in examples.Take(1))
        {
            console.MarkupLine(Markup.Escape($"Why {a.EntityKind} {a.EntityMasked} was flagged:"));
            foreach (var r in a.Reasons)
            {
                console.MarkupLine(Markup.Escape($"  {r.Name}: {r.Measure} = {r.Value} (threshold {r.Threshold}), +{r.Points:F0} points — {r.Source}"));
            }

            console.MarkupLine(Markup.Escape($"  Measure: {a.ControlMeasure.Description} Basis: {a.ControlMeasure.Basis}"));
        }

        console.MarkupLine(Markup.Escape($"Alerts: {alertsFile}"));
        Report(context.Report, outcome, examples, alertsFile);
    }

    /// <summary>
    /// A few alerts that show the range: the first account alert in the top band, the first phone
    /// alert, the first alert raised by linked (unified) risk, and the first alert on a dormant or
    /// newly opened card — each at most once.
    /// </summary>
    internal static List<Alert> Examples(IReadOnlyList<Alert> alerts)
    {
        var picks = new List<Alert?>
        {
            alerts.FirstOrDefault(a => a.EntityKind == "account" && a.Band == 4),
            alerts.FirstOrDefault(a => a.EntityKind == "phone"),
            alerts.FirstOrDefault(a => a.Linked is not null),
            alerts.FirstOrDefault(a => a.Reasons.Any(r => r.Code is "DORMANT_REVIVED" or "NEW_ACCOUNT_VELOCITY")),
            alerts.FirstOrDefault(a => a.EntityKind == "account" && a.Band == 1),
        };
        return [.. picks.OfType<Alert>().DistinctBy(a => a.AlertId)];
    }

    private static void Report(HtmlReport report, MonitorOutcome o, List<Alert> examples, string alertsFile)
    {
        var section = report.Add("monitor", "Real-time monitoring: mule cards, mule accounts and abnormal numbers");
        var s = o.Summary!;
        section.Lead = $"The monitoring engine read the city's {MonitorReport.N(o.InputPosition)} events in event-time order, as a bank and an operator would see them, "
            + "with the explainable points model (source paper §4.2, the unified monitoring system). "
            + $"It raised {MonitorReport.N(o.Alerts.Count)} alerts on {MonitorReport.N(s.AccountsAlerted)} accounts and {MonitorReport.N(s.PhonesAlerted)} numbers, "
            + "each with its reasons, evidence, legal basis and a proposed control measure (Anti-Fraud Law Arts. 11 and 18).";
        section.Figure("events", MonitorReport.N(o.InputPosition));
        section.Figure("alerts", MonitorReport.N(o.Alerts.Count));
        if (o.Evaluation is { } e)
        {
            section.Figure("account precision", MonitorReport.P(e.Accounts.Overall.Precision));
            section.Figure("account recall", MonitorReport.P(e.Accounts.Overall.Recall));
            section.Figure("account F1", MonitorReport.P(e.Accounts.Overall.F1));
            section.Figure("median time to detect (accounts)", e.Accounts.TimeToDetect.MedianHours.ToString("F1", CultureInfo.InvariantCulture) + " h");
            section.Figure("number F1", MonitorReport.P(e.Phones.Overall.F1));
            section.Tables.Add(Table("Against the world's ground truth", EvaluationHeader, MonitorReport.EvaluationRows(e)));
            section.Tables.Add(Table("Recall per typology", TypologyHeader, MonitorReport.TypologyRows(e)));
            var fp = e.Accounts.FalsePositivesByPersona.Concat(e.Phones.FalsePositivesByPersona).GroupBy(p => p.Key)
                .Select(g => new[] { g.Key, MonitorReport.N(g.Sum(p => p.Value)) }).ToList();
            if (fp.Count > 0)
            {
                section.Tables.Add(Table("False positives by the holder's persona (the hard negatives)", ["persona", "flagged"], fp));
            }

            section.Notes.Add($"Ring helpers' own accounts (dealers, insiders, developers), counted apart from mule cards: {e.Accounts.Helpers.Detected} of {e.Accounts.Helpers.Positives} flagged.");
        }

        section.Tables.Add(Table("Example alerts (identifiers masked)", AlertHeader, examples.Select(MonitorReport.AlertRow)));
        section.Tables.Add(Table("The reasons behind the first example", ["indicator", "measure", "value", "threshold", "points", "source"],
            examples.Take(1).SelectMany(a => a.Reasons).Select(r => new[]
            {
                r.Name, r.Measure ?? "", r.Value?.ToString(CultureInfo.InvariantCulture) ?? "", r.Threshold?.ToString(CultureInfo.InvariantCulture) ?? "",
                r.Points.ToString("F0", CultureInfo.InvariantCulture), r.Source,
            })));
        section.Tables.Add(Table("Run", ["", "count"], MonitorReport.RunRows(o)));
        section.Notes.Add($"Files: {alertsFile} (one alert per line), scores.csv (one row per account and number), summary.json, evaluation.json, quarantine.csv. "
            + "The same run from the command line: breakcard monitor --input <world> --out <folder>. See docs/detection.md.");
    }

    private static ReportTable Table(string caption, string[] header, IEnumerable<string[]> rows) =>
        new(caption, header, rows.Select(r => (IReadOnlyList<string>)r).ToArray());
}
