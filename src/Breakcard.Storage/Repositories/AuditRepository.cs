using System.Data.Common;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;

namespace Breakcard.Storage.Repositories;

internal sealed class AuditRepository(Db db) : IAuditRepository
{
    /// <summary>Rows read per query while streaming the log.</summary>
    internal const int Page = 2000;

    public async Task<AuditEntry> AppendAsync(AuditDraft draft, DateTimeOffset now)
    {
        // The write transaction already holds the head (PostgreSQL: row lock taken at BEGIN;
        // SQLite: BEGIN IMMEDIATE), so no other writer can read the same head.
        var head = await HeadAsync().ConfigureAwait(false);
        var entry = AuditChain.Next(head, draft, now);
        await db.ExecuteAsync("""
            INSERT INTO audit_log (sequence, at, actor, institution_id, action, subject, details, previous_hash, hash)
            VALUES (@sequence, @at, @actor, @institution, @action, @subject, @details, @previous, @hash)
            """,
            ("sequence", entry.Sequence), ("at", entry.At), ("actor", entry.Actor), ("institution", entry.InstitutionId), ("action", entry.Action),
            ("subject", entry.Subject), ("details", entry.Details), ("previous", entry.PreviousHash), ("hash", entry.Hash)).ConfigureAwait(false);
        var rows = await db.ExecuteAsync("UPDATE audit_head SET count = @count, last_hash = @hash WHERE id = 1 AND count = @previous_count",
            ("count", entry.Sequence), ("hash", entry.Hash), ("previous_count", head.Count)).ConfigureAwait(false);
        return rows == 1 ? entry : throw new InvalidOperationException("The audit head moved during an append; the transaction is rolled back.");
    }

    public async Task<AuditCheckpoint> HeadAsync() =>
        (await db.SingleAsync("SELECT count, last_hash FROM audit_head WHERE id = 1", r => new AuditCheckpoint(r.Long("count"), r.Text("last_hash"))).ConfigureAwait(false))
        ?? throw new InvalidDataException("the audit head row is missing: the store was altered");

    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Keyset pages keep memory flat however long the log is.
        long after = long.MinValue;
        while (true)
        {
            var page = await db.QueryAsync("SELECT * FROM audit_log WHERE sequence > @after ORDER BY sequence LIMIT @limit", Map,
                ("after", after), ("limit", Page)).ConfigureAwait(false);
            foreach (var entry in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return entry;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    public async Task<AuditEntry?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        await db.SingleAsync("SELECT * FROM audit_log WHERE hash = @hash ORDER BY sequence LIMIT 1", Map, ("hash", hash)).ConfigureAwait(false);

    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(string? institutionId, long fromSequence, int limit) => institutionId is null
        ? await db.QueryAsync("SELECT * FROM audit_log WHERE sequence >= @from ORDER BY sequence LIMIT @limit", Map, ("from", fromSequence), ("limit", limit)).ConfigureAwait(false)
        : await db.QueryAsync("SELECT * FROM audit_log WHERE institution_id = @institution AND sequence >= @from ORDER BY sequence LIMIT @limit", Map,
            ("institution", institutionId), ("from", fromSequence), ("limit", limit)).ConfigureAwait(false);

    private static AuditEntry Map(DbDataReader r) => new(
        r.Long("sequence"), r.Time("at"), r.Text("actor"), r.Text("institution_id"), r.Text("action"), r.Text("subject"), r.Text("details"),
        r.Text("previous_hash"), r.Text("hash"));
}
