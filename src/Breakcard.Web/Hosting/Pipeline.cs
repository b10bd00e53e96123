using System.Diagnostics;
using System.Security.Claims;
using Breakcard.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Breakcard.Web.Hosting;

/// <summary>
/// The middleware, in order: the decision fast path for API clients, security headers, errors as problem details, body size limits,
/// authentication, CSRF checks for cookie sessions, rate limits, the request log and audit.
/// </summary>
internal static class Pipeline
{
    public static void Use(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<WebSettings>();
        // API clients' decisions skip the general pipeline (same checks, done directly; ADR 0137).
        app.MapWhen(Api.DecisionFastPath.Applies, b => b.Run(Api.DecisionFastPath.HandleAsync));
        app.Use(SecurityHeaders);
        app.Use(Errors);
        app.Use((http, next) => LimitBody(http, next, settings));
        app.UseRouting();
        app.UseAuthentication();
        app.Use(Csrf);
        app.UseRateLimiter();
        app.UseAuthorization();
        app.Use(Record);
    }

    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        SetSecurityHeaders(http.Response);
        return next();
    }

    /// <summary>The security headers every response carries.</summary>
    public static void SetSecurityHeaders(HttpResponse response)
    {
        var h = response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        h.CacheControl = "no-store";
    }

    private static async Task Errors(HttpContext http, Func<Task> next)
    {
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (Exception ex) when (!http.Response.HasStarted && (Problems.Map(ex) is not null || ex is AntiforgeryValidationException))
        {
            var (status, title, detail, where) = ex is AntiforgeryValidationException
                ? (400, "CSRF check failed", "a form or API call from a logged-in session must carry the anti-forgery token (form field or X-CSRF-TOKEN header)", "X-CSRF-TOKEN")
                : Problems.Map(ex)!.Value;
            await Problems.WriteAsync(http, status, title, detail, where).ConfigureAwait(false);
        }
        catch (Exception ex) when (!http.Response.HasStarted && ex is not OperationCanceledException)
        {
            // Unexpected: log the type and route only (the message might quote input).
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Breakcard.Web").LogError("unexpected {Type} on {Method} {Route}",
                ex.GetType().Name, http.Request.Method, http.GetEndpoint()?.DisplayName ?? "(no route)");
            await Problems.WriteAsync(http, 500, "internal error", "the server failed; the error was logged without request data", null).ConfigureAwait(false);
        }
    }

    private static Task LimitBody(HttpContext http, Func<Task> next, WebSettings settings)
    {
        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var limit = http.Request.Path.StartsWithSegments("/api/v1/events", StringComparison.Ordinal) || http.Request.Path.StartsWithSegments("/api/v1/judgments", StringComparison.Ordinal)
            ? settings.MaxUploadBytes : settings.MaxBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return Problems.WriteAsync(http, 413, "request too large", $"the body has {http.Request.ContentLength} bytes; the limit here is {limit}", "Content-Length");
        }

        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        return next();
    }

    private static async Task Csrf(HttpContext http, Func<Task> next)
    {
        var unsafeMethod = !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method));
        // The token endpoint takes no cookie (client credentials in the body or as Basic), so there is nothing to forge.
        if (unsafeMethod && ApiKeyHandler.KeyOf(http.Request) is null && !http.Request.Path.Equals("/api/v1/token", StringComparison.Ordinal))
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http).ConfigureAwait(false);
        }

        await next().ConfigureAwait(false);
    }

    private static async Task Record(HttpContext http, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user && !route.StartsWith("/api/v1/decisions", StringComparison.Ordinal) && !route.StartsWith("/static", StringComparison.Ordinal))
            {
                await http.RequestServices.GetRequiredService<RequestAuditor>().RecordAsync(http, user, route, ms).ConfigureAwait(false);
            }

            if (!route.StartsWith("/api/v1/decisions", StringComparison.Ordinal))
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Breakcard.Web.Requests")
                    .LogInformation("{Method} {Route} {Status} {Milliseconds:F1} ms", http.Request.Method, route, http.Response.StatusCode, ms);
            }
        }
    }
}
