using System.Globalization;
using Breakcard.EarlyWarning.Evaluation;
using Breakcard.EarlyWarning.Signals;
using Breakcard.EarlyWarning.Warnings;
using Spectre.Console;

namespace Breakcard.Cli.EarlyWarning;

/// <summary>How <c>breakcard warn</c> and the demo print a warning list and its evaluation.</summary>
internal static class WarningConsole
{
    /// <summary>The <paramref name="top"/> highest-scoring warnings (earliest first among equals).</summary>
    public static IReadOnlyList<Warning> Top(IReadOnlyList<Warning> warnings, int top) =>
        [.. warnings.OrderByDescending(w => w.Score).ThenBy(w => w.WarnedAt).ThenBy(w => w.HolderId, StringComparer.Ordinal).Take(top)];

    public static Table Table(IReadOnlyList<Warning> warnings) =>
        warnings.Aggregate(new Table().Border(TableBorder.Simple).AddColumns("holder", "warned at", "score", "priors", "who acts", "signals"), (table, w) => table.AddRow(
            Markup.Escape(w.HolderId), w.WarnedAt.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"{w.ScoreAtWarning}→{w.Score}"), Markup.Escape(string.Join(", ", w.Priors.Select(WarningRun.Snake))),
            Markup.Escape(string.Join(", ", w.Interventions.Select(WarningRun.Snake))), Markup.Escape(Signals(w))));

    public static string Signals(Warning w) => string.Join("; ", w.Signals.Select(s => s.Kind).Distinct().Select(k => SignalCatalog.Of(k).Title));

    public static string Summary(WarningRunResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Warnings.Count:N0} holders warned of {r.Holders:N0} ({r.Accounts:N0} personal accounts, {r.Events:N0} events, {(r.Alerts is { } a ? $"{a:N0} monitoring alerts" : "no monitoring alerts")}) in {r.Elapsed.TotalSeconds:0.0} s; "
        + $"{r.Warnings.Count(w => w.Interventions.Contains(Intervention.School)):N0} to schools, {r.Warnings.Count(w => w.Interventions.Contains(Intervention.Police)):N0} referred to police.");

    public static string Evaluation(WarningEvaluation e) => string.Create(CultureInfo.InvariantCulture,
        $"Against ground truth: precision {e.Precision:0.000} (sellers and settlement mules; {e.AiderPrecision:0.000} counting every aider), recall {e.Recall:0.000} ({e.WarnedTargets} of {e.Targets}); "
        + $"{e.WarnedBeforeFirstIllicitTransaction} of {e.WarnedTargets} warned before their first illicit transaction, {e.WarnedBeforeFirstIllicitEvent} before the first illicit event, {e.WarnedBeforeThreshold} before a threshold; "
        + $"median lead {(e.MedianLeadHours is { } m ? $"{m:0.0} h" : "n/a")}.");
}
