using System.Diagnostics;
using Breakcard.Web.Hosting;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Breakcard.Web.Api;

/// <summary>
/// The decision endpoint for machine clients (an API key on <c>POST /api/v1/decisions</c>), taken
/// before routing: a payment flow asks thousands of times a second, and the general pipeline's
/// routing, authentication and authorisation middleware, rate-limiter partitions and reflection
/// JSON cost more than the decision itself (ADR 0137). It does the same checks in the same order
/// and answers with the same problems: security headers, body size, API key (401), per-user rate
/// limit (429), the caller's role and institution from the store (403), the JSON body (400, 415),
/// then <see cref="DecisionEndpoints.AnswerAsync"/>. Requests without an API key (cookie sessions,
/// which need CSRF checks) go through the general pipeline.
/// </summary>
internal static class DecisionFastPath
{
    /// <summary>True for a POST to the decision route carrying an API key. A bearer JWT (ADR 146)
    /// takes the general pipeline, whose token handler validates it.</summary>
    public static bool Applies(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
        && http.Request.Path.Value is { } path
        && path.AsSpan().TrimEnd('/').Equals(DecisionEndpoints.Route, StringComparison.OrdinalIgnoreCase)
        && ApiKeyHandler.KeyOf(http.Request) is { } key
        && !TokenIssuer.LooksLikeJwt(key);

    /// <summary>Answers the request.</summary>
    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        Pipeline.SetSecurityHeaders(http.Response);
        try
        {
            var settings = services.GetRequiredService<WebSettings>();
            if (http.Request.ContentLength > settings.MaxBodyBytes)
            {
                await Problems.WriteAsync(http, 413, "request too large", $"the body has {http.Request.ContentLength} bytes; the limit here is {settings.MaxBodyBytes}", "Content-Length").ConfigureAwait(false);
                return;
            }

            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = settings.MaxBodyBytes;
            }

            if (await services.GetRequiredService<CredentialStore>().OwnerOfKeyAsync(ApiKeyHandler.KeyOf(http.Request)!, http.RequestAborted).ConfigureAwait(false) is not { } user)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                await Problems.WriteAsync(http, 401, "not authenticated", "send an API key (Authorization: Bearer KEY or X-Api-Key) or log in at /login", "Authorization").ConfigureAwait(false);
                return;
            }

            if (!services.GetRequiredService<DecisionRateLimiter>().TryAcquire(user))
            {
                await Problems.WriteAsync(http, 429, "too many requests", "the rate limit for this client was reached; slow down and retry", "client").ConfigureAwait(false);
                return;
            }

            var caller = await services.GetRequiredService<CallerResolver>().ResolveAsync(user, http.RequestAborted).ConfigureAwait(false);
            if (!http.Request.HasJsonContentType())
            {
                await Problems.WriteAsync(http, 415, "unsupported media type", "send the decision request as application/json", "Content-Type").ConfigureAwait(false);
                return;
            }

            var request = await http.Request.ReadFromJsonAsync(DecisionJson.Web.DecisionRequest, http.RequestAborted).ConfigureAwait(false);
            await DecisionEndpoints.AnswerAsync(http, caller, request, services.GetRequiredService<AlertBook>(), services.GetRequiredService<DecisionAuditor>()).ConfigureAwait(false);
        }
        catch (Exception ex) when (!http.Response.HasStarted && Problems.Map(ex) is { } problem)
        {
            await Problems.WriteAsync(http, problem.Status, problem.Title, problem.Detail, problem.Where).ConfigureAwait(false);
        }
        catch (Exception ex) when (!http.Response.HasStarted && ex is not OperationCanceledException)
        {
            // As the general pipeline: log the type only (the message might quote input).
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Breakcard.Web").LogError("unexpected {Type} on POST {Route} ({Activity})",
                ex.GetType().Name, DecisionEndpoints.Route, Activity.Current?.Id ?? "-");
            await Problems.WriteAsync(http, 500, "internal error", "the server failed; the error was logged without request data", null).ConfigureAwait(false);
        }
    }
}
