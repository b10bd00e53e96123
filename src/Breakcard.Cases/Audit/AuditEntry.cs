namespace Breakcard.Cases.Audit;

/// <summary>
/// One entry of the append-only audit log. <see cref="Hash"/> is SHA-256 over the canonical
/// encoding of every other field (<see cref="AuditHasher"/>), including <see cref="PreviousHash"/>,
/// so each entry seals the whole log before it. Details never contain an unmasked identifier.
/// Immutable.
/// </summary>
/// <param name="Sequence">Position in the log, from 1, without gaps.</param>
/// <param name="At">Processing time, UTC, whole microseconds (what both stores keep exactly).</param>
/// <param name="Actor">The user id, or "system".</param>
/// <param name="InstitutionId">The actor's institution ("system" for the store itself).</param>
/// <param name="Action">What happened, as a dotted code ("case.open", "data.reveal").</param>
/// <param name="Subject">What it happened to ("case:CS-000001").</param>
/// <param name="Details">Further details as compact JSON; masked.</param>
/// <param name="PreviousHash">The previous entry's hash; 64 zeros for the first.</param>
/// <param name="Hash">This entry's hash, lower-case hex.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string InstitutionId,
    string Action,
    string Subject,
    string Details,
    string PreviousHash,
    string Hash);
