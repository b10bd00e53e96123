using System.Globalization;
using System.Text;
using Breakcard.Cases.Services;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Dashboard;

/// <summary>The overview: alerts per day (bar chart), typology mix, institutions, highest-risk entities.</summary>
internal static class OverviewPage
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/", (HttpContext http, CallerResolver callers, AlertBook book, CaseSystem cs, MonitorHub monitors) => DashboardPages.Guarded(http, "overview", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            if (!WebAccess.Allows(caller, WebAccess.Op.ViewAlerts))
            {
                var cases = await TryCases(cs, caller, http).ConfigureAwait(false);
                return p.H("p", $"{caller.UserId} · {caller.Role} · {caller.InstitutionId}", "muted").H("h2", p.T("cases"))
                    .Table([p.T("case"), p.T("title"), p.T("state"), p.T("custodian")], cases.Select(c => (IReadOnlyList<string>)
                        [Page.Link("/cases/" + c.Header.Id, c.Header.Id), c.Header.Title, c.Header.State.ToString(), c.Header.CustodianInstitutionId])).Result();
            }

            var alerts = book.Query(caller.InstitutionId);
            var perDay = alerts.GroupBy(a => a.Alert.Time[..Math.Min(10, a.Alert.Time.Length)]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
            p.Raw("<div class=\"grid\"><section class=\"card\">").H("h2", p.T("alerts_per_day")).Raw(Bars(perDay)).Raw("</section>");
            p.Raw("<section class=\"card\">").H("h2", p.T("typology_mix")).Table([p.T("typology"), p.T("count")],
                alerts.GroupBy(a => a.Typology).OrderByDescending(g => g.Count()).Select(g => (IReadOnlyList<string>)[g.Key, g.Count().ToString("N0", CultureInfo.InvariantCulture)])).Raw("</section>");
            p.Raw("<section class=\"card\">").H("h2", p.T("institutions"))
                .Table([p.T("institutions"), p.T("count")], alerts.GroupBy(a => a.InstitutionId).Select(g => (IReadOnlyList<string>)[g.Key, g.Count().ToString(CultureInfo.InvariantCulture)])).Raw("</section>");
            p.Raw("<section class=\"card\">").H("h2", p.T("top_entities")).Table([p.T("entity"), p.T("risk"), p.T("typology"), p.T("alert")],
                alerts.GroupBy(a => a.Alert.EntityMasked + "|" + a.Alert.EntityKind).Select(g => g.MaxBy(a => a.Alert.Risk)!).OrderByDescending(a => a.Alert.Risk).Take(10)
                    .Select(a => (IReadOnlyList<string>)[a.Alert.EntityMasked, a.Alert.Risk.ToString(CultureInfo.InvariantCulture), a.Typology, Page.Link("/alerts/" + Uri.EscapeDataString(a.Alert.AlertId), a.Alert.AlertId)]))
                .Raw("</section>");
            // Top rings of the own monitor's data (computed once per change of the data, then shared).
            if (WebAccess.Allows(caller, WebAccess.Op.LinkAnalysis) && monitors.Find(caller.InstitutionId) is { } monitor)
            {
                LinksPage.RingTable(p.Raw("<section class=\"card\">").H("h2", p.T("top_rings")), monitor.Links(), 5).Raw("<p><a href=\"/links\">" + Page.E(p.T("links")) + "</a></p></section>");
            }

            return p.Raw("</div>").Result();
        })).RequireAuthorization();

    private static async Task<IReadOnlyList<CaseSummary>> TryCases(CaseSystem cs, Cases.Identity.Caller caller, HttpContext http)
    {
        try
        {
            return await cs.Cases.ListAsync(caller, null, 20, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Cases.Errors.AccessDeniedException)
        {
            return [];
        }
    }

    /// <summary>An SVG bar chart with a label per bar.</summary>
    public static string Bars(IReadOnlyList<(string Label, int Value)> data)
    {
        if (data.Count == 0)
        {
            return "";
        }

        const int h = 160, bw = 18, gap = 4;
        var max = Math.Max(1, data.Max(d => d.Value));
        var w = data.Count * (bw + gap);
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {w} {h + 40}\" width=\"{Math.Min(w, 900)}\" role=\"img\">"));
        for (var i = 0; i < data.Count; i++)
        {
            var bh = (int)Math.Round((double)data[i].Value / max * h);
            var x = i * (bw + gap);
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{h - bh}\" width=\"{bw}\" height=\"{bh}\"><title>{Page.E(data[i].Label)}: {data[i].Value}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bw / 2)}\" y=\"{h + 12}\" transform=\"rotate(60 {x + (bw / 2)} {h + 12})\">{Page.E(data[i].Label.Length > 5 ? data[i].Label[5..] : data[i].Label)}</text>");
        }

        return sb.Append("</svg>").ToString();
    }
}
