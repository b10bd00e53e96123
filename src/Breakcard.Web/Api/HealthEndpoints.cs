using Breakcard.Cases.Storage;

namespace Breakcard.Web.Api;

/// <summary>Liveness (the process answers) and readiness (the store answers a read).</summary>
internal static class HealthEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" })).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/health/ready", async (ICaseStore store, CancellationToken ct) =>
        {
            try
            {
                var users = await store.ReadAsync(s => s.Directory.CountUsersAsync(), ct).ConfigureAwait(false);
                return Results.Ok(new { status = "ready", store = store.Description, users });
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Data.Common.DbException)
            {
                return Results.Json(new { status = "unavailable", store = store.Description, reason = ex.GetType().Name }, statusCode: 503);
            }
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
