using System.Text;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Web.Dashboard;
using Breakcard.Web.Hosting;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// <c>POST /api/v1/token</c>: the OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for machine
/// clients — <c>client_id</c> is the user id, <c>client_secret</c> its API key, in the form body or
/// as HTTP Basic — answered with a short-lived bearer token (ADR 0146). Anonymous, limited like
/// logins, and audited whether it succeeds or not (under the id tried, never the secret).
/// </summary>
internal static class TokenEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/v1/token", Token).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(DashboardPages.LoginPolicy)
            .WithTags("authentication").WithName("IssueToken").Produces<TokenResponse>()
            .WithSummary("Exchange client_id (user id) and client_secret (API key) for a bearer token (grant_type=client_credentials).");
    }

    private static async Task<IResult> Token(HttpContext http, CredentialStore credentials, TokenIssuer issuer, CaseSystem system, ICaseStore store, TimeProvider time)
    {
        if (!http.Request.HasFormContentType)
        {
            throw Problems.Invalid("Content-Type", "send application/x-www-form-urlencoded with grant_type=client_credentials, client_id and client_secret");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        if (form["grant_type"] != "client_credentials")
        {
            throw Problems.Invalid("grant_type", $"'{form["grant_type"]}' is not supported: use client_credentials");
        }

        var (id, secret) = Basic(http) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        if (string.IsNullOrEmpty(id) || id.Length > 100)
        {
            throw Problems.Invalid("client_id", "the user id the API key belongs to (name@institution)");
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw Problems.Invalid("client_secret", "the API key");
        }

        var owner = await credentials.OwnerOfKeyAsync(secret, http.RequestAborted).ConfigureAwait(false);
        string? institution = null;
        if (owner == id)
        {
            try
            {
                institution = (await system.Administration.ResolveCallerAsync(id, http.RequestAborted).ConfigureAwait(false)).InstitutionId;
            }
            catch (CaseSystemException)
            {
                // A deactivated or removed user gets no token.
            }
        }

        var ok = institution is not null;
        await store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft(ok ? id : "anonymous", institution ?? "unknown", ok ? "web.token" : "web.token_failed",
            "web:/api/v1/token", AuditJson.Of(("client_id", id))), time.GetUtcNow()), http.RequestAborted).ConfigureAwait(false);
        if (!ok)
        {
            http.Response.Headers.WWWAuthenticate = "Basic";
            return Results.Problem(statusCode: 401, title: "invalid client", detail: "the client id and secret do not match an active user's API key",
                extensions: new Dictionary<string, object?> { ["where"] = "client_secret" });
        }

        var (token, expiresIn) = issuer.Issue(id);
        return Results.Ok(new TokenResponse(token, "Bearer", expiresIn));
    }

    // RFC 6749 §2.3.1: client credentials may come as HTTP Basic (form-urlencoded id and secret).
    private static (string Id, string Secret)? Basic(HttpContext http)
    {
        var auth = http.Request.Headers.Authorization.ToString();
        if (!auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(auth[6..].Trim()));
        }
        catch (FormatException)
        {
            throw Problems.Invalid("Authorization", "Basic credentials are not base64");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? throw Problems.Invalid("Authorization", "Basic credentials must be id:secret")
            : (Uri.UnescapeDataString(text[..colon]), Uri.UnescapeDataString(text[(colon + 1)..]));
    }
}

/// <summary>A bearer token (RFC 6749 §5.1).</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
