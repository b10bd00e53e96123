using System.Globalization;
using Breakcard.Cases.Views;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cases;

/// <summary>How case-system records print. Values come masked from the service layer unless the user asked to unmask and may.</summary>
internal static class CaseRender
{
    public static void Case(IAnsiConsole console, CaseView view, bool unmaskAsked)
    {
        var h = view.Header;
        console.MarkupLineInterpolated($"[bold]{h.Id}[/] {h.Title}");
        console.MarkupLineInterpolated($"state [bold]{CaseCli.Snake(h.State)}[/] · opened by {h.OwnerInstitutionId} · held by {h.CustodianInstitutionId} · assigned to {h.AssignedTo ?? "nobody"} · version {h.Version} · {(view.Relation == Breakcard.Cases.Access.Relation.Own ? "in your custody" : "shared with you")}");
        if (h.ClueId is not null)
        {
            console.MarkupLineInterpolated($"from clue {h.ClueId}");
        }

        var items = new Table().Border(TableBorder.Simple).AddColumns("item", "kind", "from", "added", "fields");
        foreach (var i in view.Items)
        {
            items.AddRow(Markup.Escape(i.Id), Markup.Escape(CaseCli.Snake(i.Kind)), Markup.Escape(i.InstitutionId), Markup.Escape(Time(i.AddedAt)),
                Markup.Escape(string.Join("; ", i.Fields.Select(f => $"{f.Name}={f.Value}"))));
        }

        console.Write(items);
        console.MarkupLine("[bold]Timeline[/]");
        foreach (var t in view.Timeline)
        {
            console.MarkupLineInterpolated($"  {Time(t.At)} {t.Actor}: {t.Text}");
        }

        foreach (var s in view.Shares)
        {
            console.MarkupLineInterpolated($"share {s.Id}: {s.FromInstitutionId} → {s.ToInstitutionId}, {s.ItemIds.Length} items ({string.Join(", ", s.ItemIds)}): {s.Purpose}");
        }

        console.MarkupLineInterpolated($"next steps the case allows: {(view.NextSteps.IsEmpty ? "none (closed)" : string.Join(", ", view.NextSteps.Select(CaseCli.Snake)))}");
        Revealed(console, view.Revealed, unmaskAsked);
    }

    public static void Clue(IAnsiConsole console, ClueView v, bool unmaskAsked)
    {
        console.MarkupLineInterpolated($"[bold]{v.Id}[/] from {v.InstitutionId} ({CaseCli.Snake(v.Source)}{(v.SourceRef is null ? "" : " " + v.SourceRef)}) · {(v.Relation == Breakcard.Cases.Access.Relation.Own ? "own" : "shared with you: " + string.Join(", ", v.Fields.Select(CaseCli.Snake)))}");
        Line(console, "subject", v.Subject);
        Line(console, "holder identity", v.HolderIdentity);
        Line(console, "holder name", v.HolderName);
        Line(console, "holder ref", v.HolderRef);
        Line(console, "risk", v.Risk?.ToString(CultureInfo.InvariantCulture));
        foreach (var r in v.Reasons)
        {
            Line(console, "reason", $"{r.Code}: {r.Description}");
        }

        Line(console, "evidence", v.EvidenceEventIds.IsEmpty ? null : string.Join(", ", v.EvidenceEventIds));
        Line(console, "merged alerts", v.MergedAlertIds.IsEmpty ? null : string.Join(", ", v.MergedAlertIds));
        Line(console, "proposed measure", v.ProposedMeasure is { } m ? $"{m.Code}: {m.Description} Basis: {m.Basis}. Remedy: {m.Remedy}" : null);
        foreach (var f in v.Chain)
        {
            Line(console, f.Name, f.Value);
        }

        Line(console, "summary", v.Summary);
        Line(console, "status", v.Status is { } s ? CaseCli.Snake(s) + (v.CaseId is null ? "" : " → " + v.CaseId) : null);
        Revealed(console, v.Revealed, unmaskAsked);
    }

    public static void Revealed(IAnsiConsole console, IReadOnlyList<RevealedIdentifier> revealed, bool unmaskAsked)
    {
        if (revealed.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{revealed.Count} identifier(s) shown unmasked; this read is recorded in the audit log.[/]");
        }
        else if (unmaskAsked)
        {
            console.MarkupLine("[grey]Nothing was unmasked: your role and institution may not see these identifiers in full.[/]");
        }
    }

    public static string Time(DateTimeOffset t) => Breakcard.Core.Time.ChinaTime.ToChina(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Line(IAnsiConsole console, string name, string? value)
    {
        if (value is not null)
        {
            console.MarkupLineInterpolated($"  {name}: {value}");
        }
    }
}
