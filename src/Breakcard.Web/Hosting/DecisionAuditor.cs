using System.Collections.Concurrent;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;

namespace Breakcard.Web.Hosting;

/// <summary>
/// Decisions are audited in batches: one <c>decision.batch</c> entry per second per user and
/// outcome with the count, written by a background loop, because a payment flow asks thousands of
/// times a second and the audit chain has one writer (ADR 0092). Counts still pending are written
/// on shutdown.
/// </summary>
public sealed class DecisionAuditor(ICaseStore store, TimeProvider time, ILogger<DecisionAuditor> log) : BackgroundService
{
    private readonly ConcurrentDictionary<(string User, string Institution, string Action), long> _pending = new();

    /// <summary>Counts one decision.</summary>
    public void Count(string userId, string institutionId, string action) =>
        _pending.AddOrUpdate((userId, institutionId, action), 1, (_, n) => n + 1);

    /// <summary>Writes the pending counts now.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var key in _pending.Keys.ToList())
        {
            if (_pending.TryRemove(key, out var n) && n > 0)
            {
                await store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft(key.User, key.Institution, "decision.batch", "decisions",
                    AuditJson.Of(("action", key.Action), ("count", n))), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await Flush().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }

        await Flush().ConfigureAwait(false);
    }

    private async Task Flush()
    {
        try
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Data.Common.DbException)
        {
            log.LogError("could not audit decisions: {Type}", ex.GetType().Name);
        }
    }
}
