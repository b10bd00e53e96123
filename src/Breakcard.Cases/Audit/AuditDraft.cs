namespace Breakcard.Cases.Audit;

/// <summary>What to record; <see cref="AuditChain"/> adds sequence, time and hashes. Immutable.</summary>
/// <param name="Actor">The user id, or "system".</param>
/// <param name="InstitutionId">The actor's institution.</param>
/// <param name="Action">Dotted action code.</param>
/// <param name="Subject">What it happened to.</param>
/// <param name="Details">Compact JSON details; never an unmasked identifier.</param>
public sealed record AuditDraft(string Actor, string InstitutionId, string Action, string Subject, string Details);
