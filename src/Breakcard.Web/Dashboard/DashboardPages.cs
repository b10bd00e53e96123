using System.Reflection;
using System.Security.Claims;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Core.Errors;
using Breakcard.Web.Hosting;
using Breakcard.Web.Security;
using Microsoft.AspNetCore.Authentication;

namespace Breakcard.Web.Dashboard;

/// <summary>The dashboard's routes: login, language, static files, and each page (one class per area).</summary>
internal static class DashboardPages
{
    public const string LoginPolicy = "login";

    public static void Map(WebApplication app)
    {
        app.MapGet("/static/{name}", (string name) => Static(name)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/login", (HttpContext http, string? failed) => LoginPage(http, failed is not null)).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(LoginPolicy).ExcludeFromDescription();
        app.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(BreakcardWeb.CookieScheme).ConfigureAwait(false);
            return Results.Redirect("/login");
        }).ExcludeFromDescription();
        app.MapGet("/lang/{code}", (HttpContext http, string code, string? back) =>
        {
            http.Response.Cookies.Append("lang", code == "zh" ? "zh" : "en", new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(back is { Length: > 0 } b && b.StartsWith('/') && !b.StartsWith("//", StringComparison.Ordinal) ? b : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        var pages = app.MapGroup("").ExcludeFromDescription();
        OverviewPage.Map(pages);
        AlertPages.Map(pages);
        CasePages.Map(pages);
        TracePage.Map(pages);
        LinksPage.Map(pages);
        OtherPages.Map(pages);
    }

    /// <summary>Runs a page body, turning the service layer's refusals into readable pages.</summary>
    public static async Task<IResult> Guarded(HttpContext http, string titleKey, Func<Page, Task<IResult>> body)
    {
        var page = new Page(http, titleKey);
        try
        {
            return await body(page).ConfigureAwait(false);
        }
        catch (AccessDeniedException ex)
        {
            return new Page(http, titleKey).H("p", page.T("no_access"), "error").H("p", ex.Message, "muted").Result(403);
        }
        catch (NotFoundException ex)
        {
            return new Page(http, titleKey).H("p", ex.Message, "error").Result(404);
        }
        catch (Exception ex) when (ex is InvalidInputException or StateConflictException or ConcurrencyConflictException)
        {
            return new Page(http, titleKey).H("p", Problems.Map(ex)?.Detail ?? ex.Message, "error").Result(ex is InvalidInputException ? 400 : 409);
        }
    }

    private static IResult LoginPage(HttpContext http, bool failed)
    {
        var p = new Page(http, "login");
        if (failed)
        {
            p.H("p", p.T("bad_login"), "error");
        }

        return p.Raw($"<form method=\"post\" action=\"/login\" class=\"card narrow\">{p.Token()}<label>{Page.E(p.T("user"))}<input name=\"user\" id=\"login-user\" autocomplete=\"username\" required></label>"
            + $"<label>{Page.E(p.T("password"))}<input name=\"password\" id=\"login-password\" type=\"password\" autocomplete=\"current-password\" required></label><button id=\"login-submit\">{Page.E(p.T("login"))}</button></form>")
            .H("p", p.T("masked_note"), "muted").Result();
    }

    private static async Task<IResult> Login(HttpContext http, CredentialStore credentials, CaseSystem system, ICaseStore store, TimeProvider time)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var user = form["user"].ToString().Trim();
        var password = form["password"].ToString();
        var ok = user.Length is > 0 and <= 100 && await credentials.CheckPasswordAsync(user, password, http.RequestAborted).ConfigureAwait(false);
        Cases.Identity.Caller? caller = null;
        if (ok)
        {
            try
            {
                caller = await system.Administration.ResolveCallerAsync(user, http.RequestAborted).ConfigureAwait(false);
            }
            catch (CaseSystemException)
            {
                ok = false;
            }
        }

        // Failed attempts are audited under the name tried (not a secret) so an auditor sees guessing.
        await store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft(ok ? user : "anonymous", caller?.InstitutionId ?? "unknown", ok ? "web.login" : "web.login_failed",
            "web:/login", AuditJson.Of(("user", user.Length > 100 ? user[..100] : user))), time.GetUtcNow()), http.RequestAborted).ConfigureAwait(false);
        if (!ok)
        {
            return Results.Redirect("/login?failed=1");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], BreakcardWeb.CookieScheme);
        await http.SignInAsync(BreakcardWeb.CookieScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return Results.Redirect("/");
    }

    private static IResult Static(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("static/" + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "application/octet-stream";
        return Results.Stream(stream, type);
    }
}
