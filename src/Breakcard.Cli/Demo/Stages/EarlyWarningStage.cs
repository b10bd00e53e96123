using System.Globalization;
using Breakcard.Cli.EarlyWarning;
using Breakcard.Cli.Reporting;
using Breakcard.EarlyWarning.Scoring;
using Breakcard.EarlyWarning.Signals;
using Breakcard.EarlyWarning.Warnings;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// Demo stage: early warning over the simulated city — the holders showing the first signs of
/// renting out or selling a card, who should act (bank, school, police), the message a bank
/// would send, and how the list compares with the city's ground truth (precision, recall, and how
/// long before the first illicit transaction the warning came). Uses monitoring's alerts when
/// the monitoring stage has left them.
/// </summary>
public sealed class EarlyWarningStage : IDemoStage
{
    /// <inheritdoc/>
    public string Name => "early warning";

    /// <inheritdoc/>
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var world = context.World ?? throw new InvalidOperationException("The early-warning stage needs the simulated city: run the simulate stage first.");
        var console = context.Cli.Console;
        var alerts = context.PathOf("monitor", "alerts.jsonl");
        var alertsNote = File.Exists(alerts)
            ? "Monitoring's alerts (monitor/alerts.jsonl) are used as a signal."
            : "No monitoring alerts (monitor/alerts.jsonl is absent: the monitoring stage has not run), so the list rests on the bank's own entity data, logins and transactions.";
        console.MarkupLineInterpolated($"{alertsNote}");
        var result = await Task.Run(() => WarningRun.Run(world.Folder, File.Exists(alerts) ? alerts : null, new WarningOptions(), cancellationToken), cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(context.PathOf("early-warning"));
        WarningRun.WriteJsonl(context.PathOf("early-warning", "warnings.jsonl"), result.Warnings);

        var top = WarningConsole.Top(result.Warnings, 8);
        if (top.Count > 0)
        {
            console.Write(WarningConsole.Table(top));
        }

        console.MarkupLineInterpolated($"{WarningConsole.Summary(result)}");
        if (result.Evaluation is { } e)
        {
            console.MarkupLineInterpolated($"{WarningConsole.Evaluation(e)}");
        }

        if (result.ProblemCount > 0)
        {
            console.MarkupLineInterpolated($"{result.ProblemCount:N0} bad records skipped, first: {result.Problems.FirstOrDefault()?.ToString() ?? ""}");
        }

        AddSection(context.Report, result, top, alertsNote);
    }

    private static void AddSection(HtmlReport report, WarningRunResult result, IReadOnlyList<Warning> top, string alertsNote)
    {
        var section = report.Add("early-warning", "Early warning");
        section.Lead = "Account holders who show the first signs of renting out or selling a card — a new card opened beside an old one, a new phone card bound to it, "
            + "logins from devices that are not theirs, a buyer's test transfer, money from strangers passed on within minutes — listed before the serious-circumstances "
            + "thresholds are reached, with the message their bank (and, for students, their school) would send. Young age, student status, no fixed job and little "
            + "schooling raise priority but never warn on their own.";
        section.Figure("holders warned", result.Warnings.Count.ToString("N0", CultureInfo.InvariantCulture))
            .Figure("to schools", result.Warnings.Count(w => w.Interventions.Contains(Intervention.School)).ToString("N0", CultureInfo.InvariantCulture))
            .Figure("referred to police", result.Warnings.Count(w => w.Interventions.Contains(Intervention.Police)).ToString("N0", CultureInfo.InvariantCulture));
        if (result.Evaluation is { } e)
        {
            section.Figure("precision (sellers, settlement mules)", e.Precision.ToString("0.000", CultureInfo.InvariantCulture))
                .Figure("recall", e.Recall.ToString("0.000", CultureInfo.InvariantCulture))
                .Figure("warned before the first illicit transaction", string.Create(CultureInfo.InvariantCulture, $"{e.WarnedBeforeFirstIllicitTransaction} of {e.WarnedTargets}"))
                .Figure("median lead before it", e.MedianLeadHours is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:0.0} h") : "n/a")
                .Figure("warned before a threshold", string.Create(CultureInfo.InvariantCulture, $"{e.WarnedBeforeThreshold} of {e.WarnedTargets}"));
        }

        section.Tables.Add(new ReportTable("Highest-scoring warnings", ["holder", "warned at", "score", "priors", "who acts", "signals"],
            [.. top.Select(w => (IReadOnlyList<string>)[w.HolderId, w.WarnedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{w.ScoreAtWarning} → {w.Score}"), string.Join(", ", w.Priors.Select(WarningRun.Snake)),
                string.Join(", ", w.Interventions.Select(WarningRun.Snake)), WarningConsole.Signals(w)])]));
        section.Tables.Add(new ReportTable("Signals and their weights", ["signal", "weight", "means the card is in others' hands", "source"],
            [.. SignalCatalog.All.Values.Select(s => (IReadOnlyList<string>)[s.Title, s.Weight.ToString("0.00", CultureInfo.InvariantCulture), s.CardInOtherHands ? "yes" : "no", s.Source])]));
        if (top.Count > 0)
        {
            section.Notes.Add("The bank's message to the first holder above: " + WarningMessages.ForHolder(top[0]));
        }

        if (top.FirstOrDefault(w => w.IsStudent) is { } student)
        {
            section.Notes.Add("The school's message to a student on the list (" + student.HolderId + "): " + WarningMessages.ForStudent(student));
        }

        section.Notes.Add(alertsNote);
        section.Notes.Add("Truth is read only to evaluate the finished list. Warnings that come after the first illicit transaction still come before the thresholds, "
            + "when a warning and control measures can stop the conduct. File: early-warning/warnings.jsonl (accounts masked, messages included). Method and limits: docs/early-warning.md.");
    }
}
