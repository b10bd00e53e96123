namespace Breakcard.Cases.Audit;

/// <summary>Builds the next entry of the chain from the head and a draft. Pure and thread safe.</summary>
public static class AuditChain
{
    /// <summary>
    /// The entry that follows <paramref name="head"/>: the next sequence, the time cut to
    /// microseconds, the head's hash as previous hash, and its own hash.
    /// </summary>
    public static AuditEntry Next(AuditCheckpoint head, AuditDraft draft, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(draft);
        var sequence = checked(head.Count + 1);
        var at = AuditHasher.Truncate(now);
        var hash = AuditHasher.Compute(sequence, at, draft.Actor, draft.InstitutionId, draft.Action, draft.Subject, draft.Details, head.LastHash);
        return new AuditEntry(sequence, at, draft.Actor, draft.InstitutionId, draft.Action, draft.Subject, draft.Details, head.LastHash, hash);
    }

    /// <summary>The head after <paramref name="entry"/>.</summary>
    public static AuditCheckpoint HeadAfter(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AuditCheckpoint(entry.Sequence, entry.Hash);
    }
}
