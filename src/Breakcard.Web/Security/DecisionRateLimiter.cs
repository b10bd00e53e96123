using System.Collections.Concurrent;
using Breakcard.Web.Hosting;

namespace Breakcard.Web.Security;

/// <summary>
/// The decision endpoint's rate limit for API clients: a token bucket per user of
/// <c>decisionsPerSecond</c> tokens a second, holding at most two seconds' worth (the burst the
/// general limiter allowed). A bucket is a few fields under its own lock, refilled from the
/// elapsed time when asked — no timer, no partition key built per request. Thread safe.
/// </summary>
public sealed class DecisionRateLimiter(WebSettings settings, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one token from <paramref name="user"/>'s bucket; false when it is empty.</summary>
    public bool TryAcquire(string user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var bucket = _buckets.GetOrAdd(user, static (_, a) => new Bucket(a.Settings.DecisionsPerSecond * 2.0, a.Now), (Settings: settings, Now: time.GetTimestamp()));
        return bucket.TryTake(time.GetTimestamp(), settings.DecisionsPerSecond, time.TimestampFrequency);
    }

    private sealed class Bucket(double tokens, long at)
    {
        private readonly Lock _gate = new();
        private double _tokens = tokens;
        private long _at = at;

        public bool TryTake(long now, int perSecond, long frequency)
        {
            lock (_gate)
            {
                if (now > _at)
                {
                    _tokens = Math.Min(perSecond * 2.0, _tokens + ((now - _at) * (double)perSecond / frequency));
                    _at = now;
                }

                if (_tokens < 1)
                {
                    return false;
                }

                _tokens -= 1;
                return true;
            }
        }
    }
}
