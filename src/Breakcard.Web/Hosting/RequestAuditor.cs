using Breakcard.Cases.Audit;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Web.Security;

namespace Breakcard.Web.Hosting;

/// <summary>
/// Appends one <c>web.request</c> entry per authenticated request to the case store's audit chain:
/// who, which route pattern (never the concrete path or query, which may hold identifiers), the
/// status and the time taken. The service layer's own entries (changes, reveals) come in addition.
/// </summary>
public sealed class RequestAuditor(ICaseStore store, CallerResolver callers, TimeProvider time, ILogger<RequestAuditor> log)
{
    /// <summary>Records the request; a store failure is logged, never turned into a failed response after the fact.</summary>
    public async Task RecordAsync(HttpContext http, string userId, string route, double milliseconds)
    {
        ArgumentNullException.ThrowIfNull(http);
        string institution;
        try
        {
            institution = (await callers.ResolveAsync(http).ConfigureAwait(false)).InstitutionId;
        }
        catch (Exception ex) when (ex is Cases.Errors.CaseSystemException)
        {
            institution = userId.Contains('@', StringComparison.Ordinal) ? userId[(userId.IndexOf('@', StringComparison.Ordinal) + 1)..] : "unknown";
        }

        var details = AuditJson.Of(("method", http.Request.Method), ("route", route), ("status", http.Response.StatusCode), ("ms", Math.Round(milliseconds, 1)));
        try
        {
            await store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft(userId, institution, "web.request", "web:" + route, details), time.GetUtcNow()),
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Data.Common.DbException)
        {
            log.LogError("could not audit {Route}: {Type}", route, ex.GetType().Name);
        }
    }
}
