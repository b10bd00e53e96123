using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Breakcard.Web.Security;
using Breakcard.Web.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Breakcard.Web.Tests.Features;

/// <summary>Bearer tokens for machine clients: issued for a matching API key, accepted until they expire, refused when forged or for another audience.</summary>
public sealed class TokenTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Key = "a signing key of at least thirty-two bytes for the tests";

    private static Task<WebServer> Start() => WebServer.StartAsync(null, false, false, "--jwtSigningKey", Key, "--jwtMinutes", "5");

    private static async Task<HttpResponseMessage> Token(WebServer s, string id, string secret, string grant = "client_credentials") =>
        await s.Client.PostAsync("/api/v1/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = grant, ["client_id"] = id, ["client_secret"] = secret }), Ct);

    private static async Task<HttpStatusCode> AlertsWith(WebServer s, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await s.Client.SendAsync(request, Ct)).StatusCode;
    }

    [Fact]
    public async Task A_token_for_a_valid_key_works_like_the_key_and_expires_after_the_configured_minutes()
    {
        await using var s = await Start();
        var key = await s.Service<CredentialStore>().IssueApiKeyAsync("li@bank-a", Ct);
        var r = await Token(s, "li@bank-a", key);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await WebServer.JsonOf(r);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(300, body.GetProperty("expires_in").GetInt32());
        var token = body.GetProperty("access_token").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await AlertsWith(s, token));

        var jwt = new JsonWebToken(token);
        Assert.Equal("li@bank-a", jwt.Subject);
        Assert.Equal("breakcard", jwt.Issuer);
        Assert.Equal(["breakcard-api"], jwt.Audiences);
        Assert.Equal(TimeSpan.FromMinutes(5), jwt.ValidTo - jwt.IssuedAt);

        // The telecom analyst's token is refused where the telecom analyst is: by role and institution.
        var chenKey = await s.Service<CredentialStore>().IssueApiKeyAsync("chen@telecom-a", Ct);
        var chen = (await WebServer.JsonOf(await Token(s, "chen@telecom-a", chenKey))).GetProperty("access_token").GetString()!;
        using var decide = new HttpRequestMessage(HttpMethod.Get, "/api/v1/traces?account=" + Alerts.Card(1)) { Headers = { Authorization = new("Bearer", chen) } };
        Assert.Equal(HttpStatusCode.Forbidden, (await s.Client.SendAsync(decide, Ct)).StatusCode);
    }

    [Fact]
    public async Task Wrong_secrets_grants_and_forged_expired_or_foreign_tokens_are_refused()
    {
        await using var s = await Start();
        var key = await s.Service<CredentialStore>().IssueApiKeyAsync("li@bank-a", Ct);
        var wrong = await Token(s, "wang@bank-a", key); // li's key presented as wang's
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("client_secret", (await WebServer.JsonOf(wrong)).GetProperty("where").GetString());
        Assert.Equal("grant_type", (await WebServer.JsonOf(await Token(s, "li@bank-a", key, "password"))).GetProperty("where").GetString());

        var issuer = s.Service<TokenIssuer>();
        string Make(DateTime expires, string audience, SecurityKey signing) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", "li@bank-a")]),
            Issuer = "breakcard",
            Audience = audience,
            IssuedAt = expires.AddMinutes(-10),
            NotBefore = expires.AddMinutes(-10),
            Expires = expires,
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.HmacSha256),
        });

        var later = DateTime.UtcNow.AddMinutes(5);
        Assert.Equal(HttpStatusCode.OK, await AlertsWith(s, Make(later, "breakcard-api", issuer.Key)));
        Assert.Equal(HttpStatusCode.Unauthorized, await AlertsWith(s, Make(DateTime.UtcNow.AddMinutes(-2), "breakcard-api", issuer.Key)));
        Assert.Equal(HttpStatusCode.Unauthorized, await AlertsWith(s, Make(later, "another-api", issuer.Key)));
        Assert.Equal(HttpStatusCode.Unauthorized, await AlertsWith(s, Make(later, "breakcard-api", new SymmetricSecurityKey(new byte[32]))));
        var token = (await WebServer.JsonOf(await Token(s, "li@bank-a", key))).GetProperty("access_token").GetString()!;
        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        Assert.Equal(HttpStatusCode.Unauthorized, await AlertsWith(s, tampered));

        var audit = await WebServer.JsonOf(await s.GetAsync("aud@bank-a", "/api/v1/audit/entries"));
        Assert.Contains("\"web.token\"", audit.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, audit.GetRawText(), StringComparison.Ordinal);
    }
}
