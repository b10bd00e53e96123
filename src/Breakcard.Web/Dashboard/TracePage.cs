using System.Globalization;
using System.Text.Json;
using Breakcard.Cases.Storage;
using Breakcard.Web.Api;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Dashboard;

/// <summary>
/// The fund-chain graph: a trace from an alert's account (or an account typed in a POSTed form, so
/// it never appears in a URL), drawn by <c>app.js</c> as an interactive layered graph (pan, zoom,
/// expand and collapse nodes, amounts and times on edges) from the masked trace JSON.
/// </summary>
internal static class TracePage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/trace", (HttpContext http, string? alert, string? direction, CallerResolver callers, AlertBook book, MonitorHub monitors, ICaseStore store, TimeProvider time) =>
            DashboardPages.Guarded(http, "trace", async p =>
            {
                Form(p, direction);
                if (alert is null)
                {
                    return p.Result();
                }

                var record = book.Find(alert) ?? throw new Cases.Errors.NotFoundException("alert", alert);
                var view = await TraceEndpoints.TraceAsync(http, callers, monitors, store, time, record.Alert.Entity, direction, null, null, record.InstitutionId).ConfigureAwait(false);
                return Render(p, view, record.Alert.EntityMasked);
            })).RequireAuthorization();

        app.MapPost("/trace", (HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time) =>
            DashboardPages.Guarded(http, "trace", async p =>
            {
                var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
                var direction = form["direction"].ToString();
                Form(p, direction);
                var institution = form["institution"].ToString();
                var view = await TraceEndpoints.TraceAsync(http, callers, monitors, store, time, form["account"], direction.Length == 0 ? null : direction, null, null,
                    institution.Length == 0 ? null : institution).ConfigureAwait(false);
                return Render(p, view, Mask.Key(form["account"]));
            })).RequireAuthorization();
    }

    private static void Form(Page p, string? direction) =>
        p.Raw($"<form method=\"post\" action=\"/trace\" class=\"filters\">{p.Token()}<label>{Page.E(p.T("account"))}<input name=\"account\" id=\"trace-account\" required></label>")
         .Raw($"<label>{Page.E(p.T("institutions"))}<input name=\"institution\" placeholder=\"bank-a\"></label>")
         .Raw($"<label>{Page.E(p.T("direction"))}<select name=\"direction\"><option value=\"forward\">{Page.E(p.T("forward"))}</option><option value=\"backward\"{(direction == "backward" ? " selected" : "")}>{Page.E(p.T("backward"))}</option></select></label>")
         .Raw($"<button>{Page.E(p.T("run_trace"))}</button></form>");

    private static IResult Render(Page p, TraceView view, string start)
    {
        p.H("h2", $"{start} · {view.Direction} · {view.Rule} · ¥{(view.TotalFen / 100m).ToString("N2", CultureInfo.InvariantCulture)}")
         .H("p", p.T("trace_help"), "muted")
         .Raw("<div id=\"graph\" class=\"graph\"></div>")
         .Raw($"<script type=\"application/json\" id=\"trace-data\">{JsonSerializer.Serialize(view, WebJson.Options)}</script>")
         .Table([p.T("layer"), p.T("account"), p.T("amount"), "stop"], view.Nodes.OrderBy(n => n.Layer).Select(n => (IReadOnlyList<string>)
            [n.Layer.ToString(CultureInfo.InvariantCulture), n.Account, (n.AmountFen / 100m).ToString("N2", CultureInfo.InvariantCulture), n.Stop ?? ""]), "trace-nodes")
         .Table(["outcome", p.T("amount")], view.OutcomesFen.Where(o => o.Value > 0).Select(o => (IReadOnlyList<string>)[o.Key, (o.Value / 100m).ToString("N2", CultureInfo.InvariantCulture)]));
        return p.Result();
    }
}
