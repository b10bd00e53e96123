using System.Globalization;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;
using Breakcard.Judgments.Statistics;
using Breakcard.Legal.Discipline;
using Breakcard.Screening.Scoring;
using Breakcard.Web.Api;
using Breakcard.Web.Judgments;
using Breakcard.Web.Security;

namespace Breakcard.Web.Dashboard;

/// <summary>The disciplinary list (list and check), review lists, judgment statistics and job-ad screening pages.</summary>
internal static class OtherPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/listings", (HttpContext http, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "listings", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            CheckForm(p);
            try
            {
                var list = await cs.Listings.ListAsync(caller, true, false, 500, http.RequestAborted).ConfigureAwait(false);
                p.Table(["id", p.T("identity"), p.T("ground"), p.T("from"), "last day", "decided by", "decision"], list.Select(l => (IReadOnlyList<string>)
                    [l.Id, l.IdentityNumber, l.Ground.ToString(), Day(l.ListedOn), Day(l.LastDay), l.DecidedBy, l.DecisionRef]), "listing-table");
            }
            catch (Cases.Errors.AccessDeniedException)
            {
                p.H("p", p.T("no_access"), "muted");
            }

            return p.H("p", p.T("masked_note"), "muted").Result();
        })).RequireAuthorization();

        app.MapPost("/listings/check", (HttpContext http, CallerResolver callers, CaseSystem cs) => DashboardPages.Guarded(http, "listings", async p =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var check = await cs.Listings.CheckAsync(caller, Parse.Id(IdentifierKind.IdentityNumber, form["identity"], "identity"),
                Parse.Code<OnboardingService>(form["service"], "service"), Parse.Date(form["on"], "on"), http.RequestAborted).ConfigureAwait(false);
            CheckForm(p);
            return p.H("h2", $"{check.IdentityNumber}: {check.Answer.Decision}", "outcome").H("p", check.Answer.Reason)
                .H("p", check.Answer.ObjectionPath ?? "", "muted").Result();
        })).RequireAuthorization();

        app.MapGet("/review", (HttpContext http, CallerResolver callers, CaseSystem cs, ReviewWorldSource source) => DashboardPages.Guarded(http, "review", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var world = source.Get();
            if (world is null)
            {
                return p.H("p", p.T("review_help"), "muted").Result();
            }

            if (caller.InstitutionKind is InstitutionKind.Bank or InstitutionKind.PaymentInstitution)
            {
                var dormant = await cs.Reviews.DormantAsync(caller, world, null, 365, false, http.RequestAborted).ConfigureAwait(false);
                p.H("h2", "Dormant cards / 长期不动户").Table(["account", "class", "holder", "opened", "idle days", "status"], dormant.Take(50).Select(d => (IReadOnlyList<string>)
                    [d.Account, d.Class, d.HolderRef, Day(d.Opened), d.IdleDays.ToString(CultureInfo.InvariantCulture), d.Status]));
                var corporate = await cs.Reviews.CorporateAsync(caller, world, null, false, http.RequestAborted).ConfigureAwait(false);
                p.H("h2", "Corporate accounts / 对公账户年检").Table(["rank", "account", "company", "score", "reasons"], corporate.Take(50).Select(c => (IReadOnlyList<string>)
                    [c.Rank.ToString(CultureInfo.InvariantCulture), c.Account, c.CompanyName ?? c.CompanyId, c.Score.ToString(CultureInfo.InvariantCulture), string.Join("; ", c.Reasons)]));
            }

            var addresses = cs.Reviews.Addresses(caller, world, 5);
            return p.H("h2", "Addresses hosting many companies / 集中注册地址").Table(["address", "companies"], addresses.Take(50).Select(a => (IReadOnlyList<string>)
                [a.Address, a.CompanyIds.Length.ToString(CultureInfo.InvariantCulture)])).Result();
        })).RequireAuthorization();

        app.MapGet("/judgments", (HttpContext http, CallerResolver callers, JudgmentCorpus corpus) => DashboardPages.Guarded(http, "judgments", p => JudgmentsAsync(p, http, callers, corpus, null)))
            .RequireAuthorization();
        app.MapPost("/judgments", (HttpContext http, CallerResolver callers, JudgmentCorpus corpus) => DashboardPages.Guarded(http, "judgments", async p =>
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            var upload = await JudgmentEndpoints.UploadAsync(http, System.Text.Encoding.UTF8.GetBytes(form["text"].ToString()), "text/plain", "dashboard", callers, corpus).ConfigureAwait(false);
            return await JudgmentsAsync(p, http, callers, corpus, upload).ConfigureAwait(false);
        })).RequireAuthorization();

        app.MapGet("/screening", (HttpContext http, CancellationToken ct) => DashboardPages.Guarded(http, "screening", p => Task.FromResult(ScreenForm(p, "").Result()))).RequireAuthorization();
        app.MapPost("/screening", (HttpContext http, CallerResolver callers, AdScreener screener) => DashboardPages.Guarded(http, "screening", async p =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            WebAccess.Require(caller, WebAccess.Op.Screen);
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            var text = form["text"].ToString();
            var result = ScreeningEndpoints.Screen(new ScreenRequest([text]), screener)[0];
            ScreenForm(p, text).H("h2", $"{p.T("score")} {result.Score} · {result.Band} · {p.T("action")}: {result.Action}", "outcome")
             .Table(["reason"], result.Reasons.Select(r => (IReadOnlyList<string>)[$"{r.Title}: “{r.Quote}”"]), "screen-reasons");
            return p.Result();
        })).RequireAuthorization();
    }

    private static async Task<IResult> JudgmentsAsync(Page p, HttpContext http, CallerResolver callers, JudgmentCorpus corpus, JudgmentUploadView? upload)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        if (upload is not null)
        {
            p.Table([p.T("case"), "court", "date", "defendants"], upload.Judgments.Select(j => (IReadOnlyList<string>)
                [j.CaseNumber ?? j.Source, j.Court ?? "", j.Date ?? "", j.Defendants.ToString(CultureInfo.InvariantCulture)]), "extracted")
             .Table(["where", "reason"], upload.Problems.Select(x => (IReadOnlyList<string>)[x.Where, x.Reason]));
        }

        if (WebAccess.Allows(caller, WebAccess.Op.Judgments))
        {
            p.Raw($"<form method=\"post\" action=\"/judgments\" class=\"card\">{p.Token()}<label>{Page.E(p.T("upload_judgment"))}<textarea name=\"text\" id=\"judgment-text\" rows=\"6\" required></textarea></label><button id=\"extract\">{Page.E(p.T("extract"))}</button></form>");
        }

        p.H("h2", p.T("table1")).Table([p.T("year"), p.T("women_alone"), p.T("mixed"), p.T("men")], NationalFigures.PaperTable1.Select(r => (IReadOnlyList<string>)
            [r.Year.ToString(CultureInfo.InvariantCulture), Pct(r.WomenAlone), Pct(r.Mixed), Pct(r.Men)]), "table1")
         .Raw(OverviewPage.Bars([.. NationalFigures.PaperTable1.SelectMany(r => new[] { ($"{r.Year} W", Per(r.WomenAlone)), ($"{r.Year} W+M", Per(r.Mixed)), ($"{r.Year} M", Per(r.Men)) })]))
         .H("p", NationalFigures.Paper, "muted");
        if (WebAccess.Allows(caller, WebAccess.Op.JudgmentStatistics))
        {
            var kept = await corpus.AllAsync(http.RequestAborted).ConfigureAwait(false);
            p.H("h2", $"{p.T("kept_table1")} · {p.T("kept")}: {kept.Count.ToString(CultureInfo.InvariantCulture)}")
             .Table([p.T("year"), p.T("kept"), p.T("women_alone"), p.T("mixed"), p.T("men"), p.T("unknown")], GenderComposition.Compute(kept).Select(r => (IReadOnlyList<string>)
                [r.Year?.ToString(CultureInfo.InvariantCulture) ?? p.T("all_years"), N(r.Judgments), N(r.WomenAlone), N(r.Mixed), N(r.Men), N(r.Unknown)]), "kept-table1");
        }

        return p.H("h2", p.T("published")).Table(["", "share", "source"],
                new[] { NationalFigures.PaperRecidivists, NationalFigures.Under30, NationalFigures.Aged18To22, NationalFigures.Aged18To28, NationalFigures.JuniorHighOrBelow, NationalFigures.NoFixedJob }
                    .Concat(NationalFigures.Conduct).Select(s => (IReadOnlyList<string>)[s.Label, Pct(s.Share), s.Source]))
            .H("p", "POST /api/v1/judgments extracts uploaded judgments; GET /api/v1/judgments/statistics and /inconsistent analyse them (docs/web.md).", "muted").Result();

        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    private static Page ScreenForm(Page p, string text) =>
        p.Raw($"<form method=\"post\" action=\"/screening\" class=\"card\">{p.Token()}<label>{Page.E(p.T("ad_text"))}<textarea name=\"text\" id=\"ad-text\" rows=\"5\" maxlength=\"{ScreeningEndpoints.MaxLength}\" required>{Page.E(text)}</textarea></label><button id=\"screen\">{Page.E(p.T("screen"))}</button></form>");

    private static void CheckForm(Page p) =>
        p.Raw($"<form method=\"post\" action=\"/listings/check\" class=\"filters\">{p.Token()}<label>{Page.E(p.T("identity"))}<input name=\"identity\" required></label>")
         .Raw($"<label>{Page.E(p.T("service"))}<select name=\"service\">{string.Concat(Enum.GetValues<OnboardingService>().Select(s => $"<option value=\"{System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(s.ToString())}\">{s}</option>"))}</select></label>")
         .Raw($"<label>{Page.E(p.T("on"))}<input name=\"on\"></label><button>{Page.E(p.T("check"))}</button></form>");

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static int Per(double share) => (int)Math.Round(share * 1000);
}
