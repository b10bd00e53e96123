using System.Globalization;
using Breakcard.Cases.Storage;
using Breakcard.Web.Api;
using Breakcard.Web.Links;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Dashboard;

/// <summary>
/// Link analysis for analysts: rings, card dealers and shell-company factories of the own
/// institution's data (police: any institution's), and one entity's neighbourhood — from an alert
/// (<c>/links/entity?alert=ID</c>) or a POSTed kind and id, so identifiers never appear in URLs.
/// </summary>
internal static class LinksPage
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/links", (HttpContext http, string? institution, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time) =>
            DashboardPages.Guarded(http, "links", async p =>
            {
                var (_, report) = await LinkEndpoints.ReportAsync(http, callers, monitors, store, time, institution, "dashboard").ConfigureAwait(false);
                EntityForm(p);
                RingTable(p.H("h2", p.T("top_rings")), report, 20);
                p.H("h2", p.T("card_dealers")).Table(["#", p.T("entity"), p.T("holders"), p.T("accounts")], report.Dealers.Take(20).Select(d => (IReadOnlyList<string>)
                    [d.Rank.ToString(CultureInfo.InvariantCulture), $"{d.Controller.Kind} {EntityMask.Of(d.Controller.Kind, d.Controller.Id)}", d.Holders.ToString(CultureInfo.InvariantCulture),
                     string.Join(", ", d.Accounts.Take(8).Select(a => Mask.Key(a.AccountId)))]), "dealer-table");
                p.H("h2", p.T("shell_factories")).Table(["#", p.T("address"), p.T("companies"), p.T("accounts")], report.Shells.Take(20).Select(s => (IReadOnlyList<string>)
                    [s.Rank.ToString(CultureInfo.InvariantCulture), EntityMask.Of(Core.Links.EntityKind.Address, s.Address), s.CompanyIds.Count.ToString(CultureInfo.InvariantCulture),
                     s.AccountIds.Count.ToString(CultureInfo.InvariantCulture)]), "shell-table");
                return p.H("p", p.T("masked_note"), "muted").Result();
            })).RequireAuthorization();

        app.MapGet("/links/entity", (HttpContext http, string? alert, CallerResolver callers, AlertBook book, MonitorHub monitors, ICaseStore store, TimeProvider time) =>
            DashboardPages.Guarded(http, "links", async p =>
            {
                EntityForm(p);
                if (alert is null)
                {
                    return p.Result();
                }

                var record = book.Find(alert) ?? throw new Cases.Errors.NotFoundException("alert", alert);
                var view = await LinkEndpoints.NeighbourhoodAsync(http, record.Alert.EntityKind, record.Alert.Entity, callers, monitors, store, time, record.InstitutionId, 2).ConfigureAwait(false);
                return Render(p, view);
            })).RequireAuthorization();

        app.MapPost("/links/entity", (HttpContext http, CallerResolver callers, MonitorHub monitors, ICaseStore store, TimeProvider time) =>
            DashboardPages.Guarded(http, "links", async p =>
            {
                var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
                EntityForm(p);
                var institution = form["institution"].ToString();
                var view = await LinkEndpoints.NeighbourhoodAsync(http, form["kind"].ToString(), form["id"].ToString(), callers, monitors, store, time,
                    institution.Length == 0 ? null : institution, form["depth"] == "2" ? 2 : 1).ConfigureAwait(false);
                return Render(p, view);
            })).RequireAuthorization();
    }

    /// <summary>The rings table (also on the overview).</summary>
    public static Page RingTable(Page p, LinkReport report, int count)
    {
        var rows = report.Rings.Rings.Take(count).Select(r => (IReadOnlyList<string>)
        [
            r.Rank.ToString(CultureInfo.InvariantCulture), r.Accounts.Count.ToString(CultureInfo.InvariantCulture), r.SuspectedMules.ToString(CultureInfo.InvariantCulture),
            (r.Inflow.Fen / 100m).ToString("N0", CultureInfo.InvariantCulture),
            string.Join(", ", r.Shared.Take(4).Select(s => $"{s.Entity.Kind} {EntityMask.Of(s.Entity.Kind, s.Entity.Id)} ×{s.Accounts}")),
        ]);
        return p.Table(["#", p.T("accounts"), p.T("suspected"), p.T("inflow"), p.T("shared")], rows, "ring-table");
    }

    private static void EntityForm(Page p) =>
        p.Raw($"<form method=\"post\" action=\"/links/entity\" class=\"filters\">{p.Token()}<label>{Page.E(p.T("kind"))}<select name=\"kind\">"
            + string.Concat(Enum.GetValues<Core.Links.EntityKind>().Select(k => $"<option>{Core.Events.EventSchema.Snake(k)}</option>")) + "</select></label>")
         .Raw($"<label>{Page.E(p.T("entity"))}<input name=\"id\" id=\"entity-id\" required></label><label>{Page.E(p.T("institutions"))}<input name=\"institution\" placeholder=\"bank-a\"></label>")
         .Raw($"<label>{Page.E(p.T("depth"))}<select name=\"depth\"><option>1</option><option>2</option></select></label><button>{Page.E(p.T("neighbourhood"))}</button></form>");

    private static IResult Render(Page p, NeighbourhoodView view)
    {
        var byNode = view.Nodes.ToDictionary(n => n.Node);
        var start = byNode[view.Start];
        p.H("h2", $"{start.Kind} {start.Id}")
         .Table([p.T("steps"), p.T("kind"), p.T("entity"), p.T("links")], view.Nodes.Select(n => (IReadOnlyList<string>)
            [n.Steps.ToString(CultureInfo.InvariantCulture), n.Kind, n.Id, n.Degree.ToString(CultureInfo.InvariantCulture)]), "neighbour-table")
         .Table([p.T("entity"), p.T("link"), p.T("entity")], view.Links.Select(l => (IReadOnlyList<string>)
            [$"{byNode[l.From].Kind} {byNode[l.From].Id}", l.Kind, $"{byNode[l.To].Kind} {byNode[l.To].Id}"]), "link-table");
        return p.H("p", p.T("masked_note"), "muted").Result();
    }
}
