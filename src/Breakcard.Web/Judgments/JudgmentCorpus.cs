using Breakcard.Cases.Storage;
using Breakcard.Core.Judgments;
using Breakcard.Storage.Web;

namespace Breakcard.Web.Judgments;

/// <summary>
/// The judgments kept in the store (<c>web_judgments</c>, ADR 0147), parsed back from their JSON
/// records for statistics and the consistency check. The parsed corpus is kept in memory until
/// this host adds a judgment or a minute passes (another host on the same store may have added some).
/// </summary>
public sealed class JudgmentCorpus(ICaseStore store, TimeProvider time)
{
    /// <summary>The most judgments read for statistics.</summary>
    public const int MaxJudgments = 100_000;

    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (IReadOnlyList<JudgmentRecord> Records, DateTimeOffset At)? _cache;

    /// <summary>Keeps extracted judgments; returns their ids in order.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(IReadOnlyList<JudgmentRecord> records, string institutionId, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var at = time.GetUtcNow();
        var ids = await store.WriteAsync(async s =>
        {
            var repo = WebStateRepository.Of(s);
            var list = new List<string>();
            foreach (var r in records)
            {
                list.Add(await repo.AddJudgmentAsync(institutionId, r.Source, JudgmentJson.ToJson(r), userId, at).ConfigureAwait(false));
            }

            return list;
        }, cancellationToken).ConfigureAwait(false);
        _cache = null;
        return ids;
    }

    /// <summary>Every kept judgment (up to <see cref="MaxJudgments"/>), oldest first.</summary>
    public async Task<IReadOnlyList<JudgmentRecord>> AllAsync(CancellationToken cancellationToken)
    {
        if (_cache is { } hit && time.GetUtcNow() - hit.At < Freshness)
        {
            return hit.Records;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = await store.ReadAsync(s => WebStateRepository.Of(s).JudgmentsAsync(MaxJudgments), cancellationToken).ConfigureAwait(false);
            var records = rows.SelectMany(r => JudgmentJson.ReadAll(r.Body, r.Id)).ToList();
            _cache = (records, time.GetUtcNow());
            return records;
        }
        finally
        {
            _gate.Release();
        }
    }
}
