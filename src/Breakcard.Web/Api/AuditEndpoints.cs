using Breakcard.Cases.Services;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>The audit chain for auditors: verify it, read the own institution's entries.</summary>
internal static class AuditEndpoints
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/audit").RequireAuthorization().WithTags("audit");
        g.MapPost("/verify", async (HttpContext http, CallerResolver callers, CaseSystem cs) =>
            Results.Ok(await cs.Audit.VerifyAsync(await callers.ResolveAsync(http).ConfigureAwait(false), null, http.RequestAborted).ConfigureAwait(false)))
            .WithName("VerifyAudit");
        g.MapGet("/entries", async (HttpContext http, long? from, int? limit, CallerResolver callers, CaseSystem cs) =>
            Results.Ok(await cs.Audit.EntriesAsync(await callers.ResolveAsync(http).ConfigureAwait(false), from ?? 1, limit ?? 200, http.RequestAborted).ConfigureAwait(false)))
            .WithName("AuditEntries");
    }
}
