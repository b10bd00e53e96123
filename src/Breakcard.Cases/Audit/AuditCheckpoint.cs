namespace Breakcard.Cases.Audit;

/// <summary>
/// The head of the audit log: how many entries it has and the hash of the last. The store keeps
/// one, updated in the same transaction as every append, in its own table; a copy taken out of
/// the store (<c>breakcard audit checkpoint</c>) lets verification catch a log and head rewritten
/// together (ADR 0083). Immutable.
/// </summary>
/// <param name="Count">Number of entries (= the last sequence).</param>
/// <param name="LastHash">Hash of the last entry; <see cref="AuditHasher.Genesis"/> when empty.</param>
public sealed record AuditCheckpoint(long Count, string LastHash)
{
    /// <summary>The head of an empty log.</summary>
    public static AuditCheckpoint Empty { get; } = new(0, AuditHasher.Genesis);
}
