using System.Globalization;
using Breakcard.Legal.Evaluation;
using Spectre.Console;

namespace Breakcard.Cli.Commands;

/// <summary>The readable form of a legal evaluation: criteria table, conclusion, penalties, sources.</summary>
public static class LegalEvaluationView
{
    /// <summary>Writes <paramref name="evaluation"/> to <paramref name="console"/>.</summary>
    public static void Render(IAnsiConsole console, LegalEvaluation evaluation, string source)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(evaluation);
        var facts = evaluation.Facts;
        var title = facts.CaseReference is { } reference ? $"{reference} — " : "";
        console.MarkupLineInterpolated($"[bold]Legal evaluation[/] — {title}conduct on {Iso(facts.ConductDate)} ({source})");
        RenderActs(console, evaluation.Conduct);

        var table = new Table().Border(TableBorder.Simple)
            .AddColumns("criterion", "source", "from", "label", "status", "decisive numbers");
        foreach (var c in evaluation.Criteria)
        {
            table.AddRow(
                Markup.Escape(c.Id),
                Markup.Escape(c.Info.Source.Citation),
                Markup.Escape(c.Info.Source.EffectiveFromText),
                Markup.Escape(c.Info.Source.Label),
                StatusMarkup(c.Status),
                Markup.Escape(c.Decisive));
        }

        console.Write(table);

        console.MarkupLineInterpolated($"[bold]Knowledge (明知):[/] {Words(evaluation.Knowledge.Finding.ToString())} — {evaluation.Knowledge.Explanation}");
        foreach (var p in evaluation.Knowledge.Presumptions)
        {
            var state = p.InForce ? "applies" : "not in force";
            console.MarkupLineInterpolated($"  • {p.Text} — {p.Source.Citation} (from {p.Source.EffectiveFromText}, {p.Source.Label}; {state})");
        }

        var conclusion = evaluation.Conclusion;
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]Conclusion:[/] [bold]{Words(conclusion.Outcome.ToString())}[/] (serious circumstances: {Words(conclusion.Serious.ToString())})");
        foreach (var reason in conclusion.Reasons)
        {
            console.MarkupLineInterpolated($"  {reason}");
        }

        RenderPenalty(console, evaluation.Penalty);
        RenderSanctions(console, evaluation);
        foreach (var o in evaluation.OtherCrimes)
        {
            console.MarkupLineInterpolated($"[bold]Another crime? ({o.Source.Citation}):[/] {o.Crime} — {o.Text}");
        }

        console.WriteLine();
        console.MarkupLine("[bold]Sources[/]");
        foreach (var s in evaluation.Sources)
        {
            console.MarkupLineInterpolated($"  {s.Citation} — from {s.EffectiveFromText} — {s.Label}{(s.Note is null ? "" : " — " + s.Note)}");
        }

        foreach (var note in evaluation.Notes)
        {
            console.MarkupLineInterpolated($"[grey]{note}[/]");
        }
    }

    private static void RenderActs(IAnsiConsole console, AggregatedConduct conduct)
    {
        if (conduct.Acts.Length <= 1)
        {
            return;
        }

        console.MarkupLineInterpolated($"Acts added up under {Art16Aggregation.Source.Citation}: {conduct.IncludedActs} of {conduct.Acts.Length}");
        foreach (var act in conduct.Acts)
        {
            console.MarkupLineInterpolated($"  {Iso(act.Date)} {(act.Included ? "added" : "not added")}: {act.Reason}");
        }
    }

    private static void RenderPenalty(IAnsiConsole console, PenaltyRange? penalty)
    {
        if (penalty is null)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Penalty range[/] (if convicted)");
        foreach (var term in penalty.Terms)
        {
            console.MarkupLineInterpolated($"  • {term.Text} — {term.Source.Citation} ({term.Source.Label})");
        }
    }

    private static void RenderSanctions(IAnsiConsole console, LegalEvaluation evaluation)
    {
        if (evaluation.AdministrativeSanctions.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        var when = evaluation.Conclusion.Outcome == Outcome.NotCriminal ? "" : " (if the conduct is not a crime)";
        console.MarkupLineInterpolated($"[bold]Administrative sanctions[/]{when}");
        foreach (var s in evaluation.AdministrativeSanctions)
        {
            var fine = s.Fine is { } f ? $"fine {f}" : "fine depends on gains";
            console.MarkupLineInterpolated($"  • {s.Source.Citation} ({s.Source.Label}) — {Words(s.Status.ToString())}: {s.Why}");
            if (s.Status is SanctionStatus.Applicable or SanctionStatus.InsufficientFacts)
            {
                console.MarkupLineInterpolated($"      {s.Detention}; {fine} ({s.FineBasis}); {string.Join("; ", s.Notes)}");
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string StatusMarkup(CriterionStatus status) => status switch
    {
        CriterionStatus.Met => "[green]met[/]",
        CriterionStatus.NotMet => "not met",
        CriterionStatus.NotInForce => "[grey]not in force[/]",
        CriterionStatus.NotApplicable => "[grey]not applicable[/]",
        CriterionStatus.InsufficientFacts => "[yellow]insufficient facts[/]",
        _ => Markup.Escape(status.ToString()),
    };

    private static string Words(string pascal) =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal).Replace('_', ' ');
}
