using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Breakcard.Web.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Breakcard.Web.Security;

/// <summary>
/// Issues and describes the bearer tokens (JWT, HMAC-SHA256) machine clients get for their API key
/// at <c>POST /api/v1/token</c> (ADR 0146): subject the user id, issuer and audience from the
/// settings, a short lifetime. The signing key comes from the setting <c>jwtSigningKey</c> (at
/// least 32 bytes; shared by every host of one deployment); without it a random key is made at
/// start, so tokens end with the process — fine for one host, wrong for several.
/// </summary>
public sealed class TokenIssuer
{
    /// <summary>The authentication scheme of bearer tokens.</summary>
    public const string Scheme = "Jwt";

    private readonly WebSettings _settings;
    private readonly TimeProvider _time;

    /// <summary>Reads the key from the settings or makes one.</summary>
    public TokenIssuer(WebSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _time = time;
        Ephemeral = string.IsNullOrEmpty(settings.JwtSigningKey);
        var bytes = Ephemeral ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(settings.JwtSigningKey!);
        Key = new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };
    }

    /// <summary>The signing key.</summary>
    public SymmetricSecurityKey Key { get; }

    /// <summary>True when the key was made at start (no <c>jwtSigningKey</c> setting).</summary>
    public bool Ephemeral { get; }

    /// <summary>Token lifetime.</summary>
    public TimeSpan Lifetime => TimeSpan.FromMinutes(_settings.JwtMinutes);

    /// <summary>What a presented token must satisfy: our issuer, audience and key, HS256, not expired (30 s clock skew).</summary>
    public TokenValidationParameters Validation() => new()
    {
        ValidIssuer = _settings.JwtIssuer,
        ValidAudience = _settings.JwtAudience,
        IssuerSigningKey = Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        LifetimeValidator = (notBefore, expires, _, p) =>
            expires is { } e && e.ToUniversalTime() > _time.GetUtcNow().UtcDateTime - p.ClockSkew && (notBefore is not { } nb || nb.ToUniversalTime() <= _time.GetUtcNow().UtcDateTime + p.ClockSkew),
    };

    /// <summary>A signed token for <paramref name="userId"/>; returns it with its lifetime in seconds.</summary>
    public (string Token, int ExpiresIn) Issue(string userId)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userId), new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N"))]),
            Issuer = _settings.JwtIssuer,
            Audience = _settings.JwtAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)Lifetime.TotalSeconds);
    }

    /// <summary>True when a bearer credential is shaped like a JWT (three dot-separated parts) rather than an API key.</summary>
    public static bool LooksLikeJwt(string credential) => credential.Count(c => c == '.') == 2;
}
