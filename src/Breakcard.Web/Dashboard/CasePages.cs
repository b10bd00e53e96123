using System.Globalization;
using Breakcard.Cases.Services;
using Breakcard.Cases.Workflow;
using Breakcard.Web.Api;
using Breakcard.Web.Security;

namespace Breakcard.Web.Dashboard;

/// <summary>Clues and cases: lists, the case page (file, legal evaluation, control measures, timeline, workflow steps) and its actions.</summary>
internal static class CasePages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/clues", (HttpContext http, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "clues", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var clues = await cs.Clues.ListAsync(caller, null, 200, http.RequestAborted).ConfigureAwait(false);
            return p.Table([p.T("clue"), p.T("subject"), p.T("risk"), p.T("status"), p.T("summary"), ""], clues.Select(c => (IReadOnlyList<string>)
            [
                c.Id, c.Subject ?? "", c.Risk?.ToString(CultureInfo.InvariantCulture) ?? "", c.Status?.ToString() ?? "", c.Summary ?? "",
                c.CaseId is { } k ? Page.Link("/cases/" + k, k)
                    : Page.RawCell($"<form method=\"post\" action=\"/clues/{Page.E(c.Id)}/open-case\" class=\"inline\">{p.Token()}<button>{Page.E(p.T("open_case"))}</button></form>"),
            ]), "clue-table").H("p", p.T("masked_note"), "muted").Result();
        })).RequireAuthorization();

        app.MapPost("/clues/{id}/open-case", (HttpContext http, string id, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "clues", async p =>
        {
            var header = await cs.Cases.OpenFromClueAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, null, http.RequestAborted).ConfigureAwait(false);
            return Results.Redirect("/cases/" + header.Id);
        })).RequireAuthorization();

        app.MapGet("/cases", (HttpContext http, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "cases", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var cases = await cs.Cases.ListAsync(caller, null, 200, http.RequestAborted).ConfigureAwait(false);
            return p.Table([p.T("case"), p.T("title"), p.T("state"), p.T("custodian"), "relation"], cases.Select(c => (IReadOnlyList<string>)
                [Page.Link("/cases/" + c.Header.Id, c.Header.Id), c.Header.Title, c.Header.State.ToString(), c.Header.CustodianInstitutionId, c.Relation.ToString()]), "case-table").Result();
        })).RequireAuthorization();

        app.MapGet("/cases/{id}", (HttpContext http, string id, bool? unmask, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "case", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var view = await cs.Cases.GetAsync(caller, id, unmask ?? false, http.RequestAborted).ConfigureAwait(false);
            var h = view.Header;
            p.Raw("<div class=\"grid\"><section class=\"card\">").H("h2", $"{h.Id} · {h.Title}")
             .Table([p.T("state"), p.T("custodian"), "owner", "version"], [[h.State.ToString(), h.CustodianInstitutionId, h.OwnerInstitutionId, h.Version.ToString(CultureInfo.InvariantCulture)]], "case-header");
            p.H("h3", p.T("next_steps"));
            foreach (var step in view.NextSteps)
            {
                var code = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(step.ToString());
                var needsTo = step is CaseAction.TransferToPolice or CaseAction.ReferForProsecution or CaseAction.Prosecute;
                p.Raw($"<form method=\"post\" action=\"/cases/{Page.E(h.Id)}/step\" class=\"inline\">{p.Token()}<input type=\"hidden\" name=\"action\" value=\"{code}\"><input type=\"hidden\" name=\"version\" value=\"{h.Version}\">")
                 .Raw(needsTo ? $"<input name=\"to\" placeholder=\"institution\" required>" : "")
                 .Raw(step == CaseAction.Dismiss ? $"<input name=\"reason\" placeholder=\"{Page.E(p.T("reason"))}\" required>" : "")
                 .Raw($"<button id=\"step-{code}\">{Page.E(code.Replace('_', ' '))}</button></form> ");
            }

            p.Raw($"<form method=\"post\" action=\"/cases/{Page.E(h.Id)}/evaluate\" class=\"inline\">{p.Token()}<button id=\"evaluate\">{Page.E(p.T("evaluate"))}</button></form>")
             .Raw($" <a href=\"/cases/{Page.E(h.Id)}?unmask=true\">{Page.E(p.T("unmask"))}</a></section>");
            p.Raw("<section class=\"card\">").H("h2", p.T("items"));
            foreach (var item in view.Items)
            {
                p.Raw($"<div class=\"item {item.Kind.ToString().ToLowerInvariant()}\">").H("h4", $"{item.Id} · {item.Kind} · {item.InstitutionId}")
                 .Table(["field", "value"], item.Fields.Select(f => (IReadOnlyList<string>)[f.Name, f.Value])).Raw("</div>");
            }

            if (view.Items.Length == 0)
            {
                p.H("p", p.T("none"), "muted");
            }

            p.Raw("</section></div><section class=\"card\">").H("h2", p.T("measures"));
            try
            {
                var measures = await cs.Measures.ListForCaseAsync(caller, id, http.RequestAborted).ConfigureAwait(false);
                p.Table(["id", "target", "kind", "applied", "status"], measures.Select(m => (IReadOnlyList<string>)[m.Id, m.Target, m.Terms.Kind.ToString(), m.Terms.AppliedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Progress.Status.ToString()]));
            }
            catch (Cases.Errors.AccessDeniedException)
            {
                p.H("p", p.T("no_access"), "muted");
            }

            p.Raw("</section><section class=\"card\">").H("h2", p.T("timeline"))
             .Table([p.T("time"), "actor", "kind", "text"], view.Timeline.Select(t => (IReadOnlyList<string>)
                [t.At.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture), t.Actor, t.Kind, t.Text]), "timeline").Raw("</section>");
            return p.H("p", p.T("masked_note"), "muted").Result();
        })).RequireAuthorization();

        app.MapPost("/cases/{id}/step", (HttpContext http, string id, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "case", async p =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            var action = Parse.Code<CaseAction>(form["action"], "action");
            long? version = long.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
            var to = form["to"].ToString();
            var reason = form["reason"].ToString();
            await cs.Cases.TransitionAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, action,
                new TransitionRequest(reason.Length == 0 ? null : reason, to.Length == 0 ? null : to), version, http.RequestAborted).ConfigureAwait(false);
            return Results.Redirect("/cases/" + id);
        })).RequireAuthorization();

        app.MapPost("/cases/{id}/evaluate", (HttpContext http, string id, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "evaluation", async p =>
        {
            var (item, evaluation) = await cs.Cases.EvaluateAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, null, null, http.RequestAborted).ConfigureAwait(false);
            var s = EvaluationSummary.Of(evaluation);
            p.H("p", $"{id} · {item.Id} · conduct {s.ConductDate:yyyy-MM-dd}").H("h2", s.Outcome, "outcome")
             .Raw("<ul>").Raw(string.Concat(s.Reasons.Select(r => $"<li>{Page.E(r)}</li>"))).Raw("</ul>")
             .Table(["criterion", "citation", "label", p.T("status"), "decisive"], s.Criteria.Select(c => (IReadOnlyList<string>)[c.Id, c.Citation, c.Label, c.Status, c.Decisive]), "criteria")
             .H("p", $"明知 / knowledge: {s.Knowledge} — {s.KnowledgeExplanation}")
             .Raw($"<p><a href=\"/cases/{Page.E(id)}\">← {Page.E(p.T("case"))} {Page.E(id)}</a></p>");
            return p.Result();
        })).RequireAuthorization();
    }
}
