using System.Globalization;
using System.Text;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Web.Api;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Dashboard;

/// <summary>The alert queue (filters, bulk triage) and one alert with its explanation, evidence timeline and linked entity.</summary>
internal static class AlertPages
{
    public const int PageSize = 50;

    private static string Pager(Page p, int count, int current, int pages, string status, int? minRisk, string? typology)
    {
        string Href(int n) => $"/alerts?status={Uri.EscapeDataString(status)}"
            + (minRisk is { } r ? "&min_risk=" + r.ToString(CultureInfo.InvariantCulture) : "")
            + (string.IsNullOrEmpty(typology) ? "" : "&typology=" + Uri.EscapeDataString(typology)) + "&page=" + n.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder("<nav class=\"pager\" id=\"pager\">");
        if (current > 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<a id=\"page-prev\" href=\"{Page.E(Href(current - 1))}\">←</a> ");
        }

        sb.Append(CultureInfo.InvariantCulture, $"{current} / {pages} · {count:N0} {Page.E(p.T("alerts"))}");
        if (current < pages)
        {
            sb.Append(CultureInfo.InvariantCulture, $" <a id=\"page-next\" href=\"{Page.E(Href(current + 1))}\">→</a>");
        }

        return sb.Append("</nav>").ToString();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/alerts", (HttpContext http, CallerResolver callers, AlertBook book, string? status, int? min_risk, string? typology, int? page) => DashboardPages.Guarded(http, "alerts", async p =>
        {
            var list = await AlertEndpoints.QueryAsync(http, callers, book, status ?? "open", min_risk, typology).ConfigureAwait(false);
            var s = status ?? "open";
            var pages = Math.Max(1, (list.Count + PageSize - 1) / PageSize);
            var current = Math.Clamp(page ?? 1, 1, pages);
            p.Raw("<form method=\"get\" action=\"/alerts\" class=\"filters\">")
             .Raw($"<label>{Page.E(p.T("status"))}<select name=\"status\" id=\"filter-status\">")
             .Raw(string.Concat(new[] { "open", "escalated", "dismissed", "all" }.Select(o => $"<option value=\"{o}\"{(o == s ? " selected" : "")}>{Page.E(p.T(o))}</option>")))
             .Raw($"</select></label><label>{Page.E(p.T("min_risk"))}<input type=\"number\" min=\"0\" max=\"100\" name=\"min_risk\" id=\"filter-risk\" value=\"{min_risk?.ToString(CultureInfo.InvariantCulture)}\"></label>")
             .Raw($"<label>{Page.E(p.T("typology"))}<input name=\"typology\" value=\"{Page.E(typology)}\"></label><button>{Page.E(p.T("filter"))}</button></form>");
            p.Raw($"<form method=\"post\" action=\"/alerts/bulk\" id=\"bulk\">{p.Token()}");
            p.Table(["", p.T("alert"), p.T("entity"), p.T("time"), p.T("risk"), p.T("typology"), p.T("measure"), p.T("status")],
                // One page of the queue: a 500-row table took the browser about a second to lay out
                // with 10,000 alerts loaded (docs/benchmarks.md § Web, with load).
                list.Skip((current - 1) * PageSize).Take(PageSize).Select(a => (IReadOnlyList<string>)
                [
                    Page.RawCell($"<input type=\"checkbox\" name=\"ids\" value=\"{Page.E(a.Alert.AlertId)}\">"),
                    Page.Link("/alerts/" + Uri.EscapeDataString(a.Alert.AlertId), a.Alert.AlertId), a.Alert.EntityMasked, a.Alert.Time,
                    a.Alert.Risk.ToString(CultureInfo.InvariantCulture), a.Typology, a.Alert.ControlMeasure.Code, p.T(a.Status.ToString().ToLowerInvariant()),
                ]), "alert-table");
            p.Raw($"<div class=\"bulk\">{Page.E(p.T("selected"))}: <select name=\"action\"><option value=\"escalate\">{Page.E(p.T("escalate"))}</option><option value=\"dismiss\">{Page.E(p.T("dismiss"))}</option></select>")
             .Raw($" <input name=\"reason\" placeholder=\"{Page.E(p.T("reason"))}\"> <button>{Page.E(p.T("apply"))}</button></div></form>");
            p.Raw(Pager(p, list.Count, current, pages, s, min_risk, typology));
            return p.H("p", p.T("masked_note"), "muted").Result();
        })).RequireAuthorization();

        app.MapPost("/alerts/bulk", (HttpContext http, CallerResolver callers, AlertBook book, CaseSystem cs, AlertTriage triage) => DashboardPages.Guarded(http, "alerts", async p =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            foreach (var id in form["ids"].Where(i => i is not null).Take(200))
            {
                _ = form["action"] == "dismiss"
                    ? await AlertEndpoints.DismissAsync(http, id!, form["reason"], callers, book, triage).ConfigureAwait(false)
                    : await AlertEndpoints.EscalateAsync(http, id!, callers, book, cs, triage).ConfigureAwait(false);
            }

            return Results.Redirect("/alerts");
        })).RequireAuthorization();

        app.MapGet("/alerts/{id}", (HttpContext http, string id, CallerResolver callers, AlertBook book) => DashboardPages.Guarded(http, "alert", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var record = book.Find(id) ?? throw new Cases.Errors.NotFoundException("alert", id);
            WebAccess.Require(caller, WebAccess.Op.ViewAlerts, record.InstitutionId);
            var a = AlertView.Of(record);
            p.Raw("<div class=\"grid\"><section class=\"card\">").H("h2", $"{a.AlertId} · {a.Entity}")
             .Table([p.T("entity"), p.T("time"), p.T("risk"), p.T("band"), p.T("status")],
                [[$"{a.EntityKind} {a.Entity}" + (a.Holder is null ? "" : $" ({a.Holder})"), a.Time, a.Risk.ToString(CultureInfo.InvariantCulture), a.Band.ToString(CultureInfo.InvariantCulture),
                  p.T(a.Status.ToString().ToLowerInvariant()) + (a.ClueId is null ? "" : " → " + a.ClueId)]]);
            p.H("h3", p.T("measure")).H("p", $"{a.ControlMeasure.Code}: {a.ControlMeasure.Description}").H("p", $"{p.T("legal_basis")}: {a.ControlMeasure.Basis}", "muted")
             .H("p", $"{p.T("remedy")}: {a.ControlMeasure.Remedy}", "muted");
            if (a.Linked is { } l)
            {
                p.H("h3", p.T("linked")).H("p", $"{l.EntityKind} {l.Entity} · {p.T("risk")} {l.Risk} · {l.Reason}");
            }

            if (a.Status == AlertStatus.Open)
            {
                p.Raw($"<form method=\"post\" action=\"/alerts/bulk\" class=\"inline\">{p.Token()}<input type=\"hidden\" name=\"ids\" value=\"{Page.E(a.AlertId)}\"><input type=\"hidden\" name=\"action\" value=\"escalate\"><button id=\"escalate\">{Page.E(p.T("escalate"))}</button></form> ")
                 .Raw($"<form method=\"post\" action=\"/alerts/bulk\" class=\"inline\">{p.Token()}<input type=\"hidden\" name=\"ids\" value=\"{Page.E(a.AlertId)}\"><input type=\"hidden\" name=\"action\" value=\"dismiss\"><input name=\"reason\" id=\"dismiss-reason\" required placeholder=\"{Page.E(p.T("reason"))}\"><button id=\"dismiss\">{Page.E(p.T("dismiss"))}</button></form>");
            }

            if (a.EntityKind == "account")
            {
                p.Raw($"<p><a id=\"trace-link\" href=\"/trace?alert={Uri.EscapeDataString(a.AlertId)}\">{Page.E(p.T("trace"))} →</a></p>");
            }

            p.Raw($"<p><a id=\"entity-link\" href=\"/links/entity?alert={Uri.EscapeDataString(a.AlertId)}\">{Page.E(p.T("neighbourhood"))} →</a></p>");

            p.Raw("</section><section class=\"card\">").H("h2", p.T("reasons"))
             .Table(["code", "indicator", "strength", "points", "measure", "source"], a.Reasons.OrderByDescending(r => r.Points).Select(r => (IReadOnlyList<string>)
                [r.Code, r.Name, r.Strength.ToString(CultureInfo.InvariantCulture), r.Points.ToString("0.#", CultureInfo.InvariantCulture), r.Measure ?? "", r.Source]), "reasons")
             .Raw("</section></div><section class=\"card\">").H("h2", p.T("evidence")).Raw(Timeline(a))
             .Table([p.T("time"), "type", "direction", p.T("amount"), "counterparty", "event"], a.Evidence.Select(e => (IReadOnlyList<string>)
                [e.Time, e.Type, e.Direction, e.AmountFen is { } f ? (f / 100m).ToString("N2", CultureInfo.InvariantCulture) : e.DurationSeconds is { } d ? d + " s" : "", e.Counterparty ?? "", e.EventId ?? ""]))
             .Raw("</section>");
            return p.Result();
        })).RequireAuthorization();
    }

    // The indicator timeline: each evidence event as a dot on a time axis, inflows above, outflows below.
    private static string Timeline(AlertView a)
    {
        var times = a.Evidence.Select(e => DateTimeOffset.TryParse(e.Time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (DateTimeOffset?)null).ToList();
        var known = times.Where(t => t is not null).Select(t => t!.Value).ToList();
        if (known.Count < 2)
        {
            return "";
        }

        var (min, max) = (known.Min(), known.Max());
        var span = Math.Max(1, (max - min).TotalSeconds);
        var sb = new StringBuilder("<svg class=\"timeline\" viewBox=\"0 0 800 80\" width=\"800\" role=\"img\"><line x1=\"0\" y1=\"40\" x2=\"800\" y2=\"40\"/>");
        for (var i = 0; i < times.Count; i++)
        {
            if (times[i] is not { } t)
            {
                continue;
            }

            var x = 10 + ((t - min).TotalSeconds / span * 780);
            var y = a.Evidence[i].Direction is "in" or "credit" ? 25 : 55;
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y}\" r=\"5\" class=\"{Page.E(a.Evidence[i].Direction)}\"><title>{Page.E(a.Evidence[i].Time)} {Page.E(a.Evidence[i].Type)} {Page.E(a.Evidence[i].Direction)}</title></circle>");
        }

        return sb.Append("</svg>").ToString();
    }
}
