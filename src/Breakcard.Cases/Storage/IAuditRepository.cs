using Breakcard.Cases.Audit;

namespace Breakcard.Cases.Storage;

/// <summary>The append-only audit log and its head checkpoint.</summary>
public interface IAuditRepository : IAuditLogReader
{
    /// <summary>
    /// Appends the entry that follows the current head (<see cref="AuditChain.Next"/>) and moves
    /// the head, holding the head locked until the transaction ends so appends form one chain.
    /// </summary>
    Task<AuditEntry> AppendAsync(AuditDraft draft, DateTimeOffset now);

    /// <summary>The stored head checkpoint.</summary>
    Task<AuditCheckpoint> HeadAsync();

    /// <summary>Entries of one institution (or all), from a sequence on, ascending.</summary>
    Task<IReadOnlyList<AuditEntry>> EntriesAsync(string? institutionId, long fromSequence, int limit);
}
