using System.Collections.Concurrent;
using System.Security.Claims;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;
using Breakcard.Web.Hosting;

namespace Breakcard.Web.Security;

/// <summary>
/// Turns the authenticated user id into the case system's <see cref="Caller"/> (role and
/// institution from the store, refused when deactivated). Resolved callers are kept for a few
/// seconds so a stream of decisions does not read the directory each time.
/// </summary>
public sealed class CallerResolver(CaseSystem system, WebSettings settings, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (Caller Caller, long Until)> _cache = new(StringComparer.Ordinal);

    /// <summary>The caller of an authenticated request; throws <see cref="AccessDeniedException"/> when there is none.</summary>
    public async ValueTask<Caller> ResolveAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new AccessDeniedException("anonymous", "not authenticated");
        return await ResolveAsync(user, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The caller behind an authenticated user id (an API key's owner); throws <see cref="AccessDeniedException"/> when unknown or deactivated.</summary>
    public async ValueTask<Caller> ResolveAsync(string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetTimestamp();
        if (_cache.TryGetValue(user, out var hit) && hit.Until > now)
        {
            return hit.Caller;
        }

        Caller caller;
        try
        {
            caller = await system.Administration.ResolveCallerAsync(user, cancellationToken).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new AccessDeniedException(user, "the user is not known to the case store");
        }

        _cache[user] = (caller, now + (settings.CallerCacheSeconds * time.TimestampFrequency));
        return caller;
    }

    /// <summary>Forgets every cached caller (after user changes).</summary>
    public void Clear() => _cache.Clear();
}
