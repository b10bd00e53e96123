using Breakcard.Cases.Access;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Identity;

namespace Breakcard.Cases.Services;

/// <summary>
/// The audit log for auditors: verify the whole chain (positions and hashes only — no personal
/// data), export the head as an outside checkpoint, and read the own institution's entries.
/// </summary>
public sealed class AuditService
{
    private readonly ServiceContext _context;

    internal AuditService(ServiceContext context) => _context = context;

    /// <summary>
    /// Walks the chain in one consistent snapshot and compares it with the stored head and, when
    /// given, an outside <paramref name="checkpoint"/>. The verification itself is then recorded.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(Caller caller, AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.VerifyAudit, Relation.Own);
        var result = await _context.Store.ReadAsync(async s =>
            await AuditVerifier.VerifyAsync(s.Audit, await s.Audit.HeadAsync().ConfigureAwait(false), checkpoint, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        await _context.Store.WriteAsync(s => AuditWriter.ChangeAsync(s, caller, "audit.verify", "audit", AuditDetails.Of(
            ("entries", result.EntriesChecked), ("valid", result.Valid), ("problems", result.TotalProblems),
            ("first_bad", result.First?.Sequence), ("checkpoint", checkpoint?.Count)), _context.Now), cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>The stored head, to keep outside the store as a checkpoint.</summary>
    public Task<AuditCheckpoint> CheckpointAsync(Caller caller, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.VerifyAudit, Relation.Own);
        return _context.Store.ReadAsync(s => s.Audit.HeadAsync(), cancellationToken);
    }

    /// <summary>Entries recorded for the caller's institution, from a sequence on.</summary>
    public Task<IReadOnlyList<AuditEntry>> EntriesAsync(Caller caller, long fromSequence, int limit, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.ReadAudit, Relation.Own);
        return _context.Store.ReadAsync(s => s.Audit.EntriesAsync(caller.InstitutionId, Math.Max(1, fromSequence), Math.Clamp(limit, 1, 10_000)), cancellationToken);
    }
}
