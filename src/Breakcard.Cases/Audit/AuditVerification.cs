using System.Collections.Immutable;

namespace Breakcard.Cases.Audit;

/// <summary>The result of walking the audit chain. Immutable.</summary>
/// <param name="EntriesChecked">Entries read.</param>
/// <param name="LastSequence">The last sequence seen (0 for an empty log).</param>
/// <param name="LastHash">The last entry's stored hash.</param>
/// <param name="Problems">The problems found, first first (at most <see cref="AuditVerifier.MaxProblems"/>).</param>
/// <param name="TotalProblems">How many problems there were in all.</param>
/// <param name="HeadChecked">True when the store's head checkpoint was compared.</param>
/// <param name="CheckpointChecked">True when an outside checkpoint was compared.</param>
public sealed record AuditVerification(
    long EntriesChecked,
    long LastSequence,
    string LastHash,
    ImmutableArray<AuditProblem> Problems,
    int TotalProblems,
    bool HeadChecked,
    bool CheckpointChecked)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool Valid => TotalProblems == 0;

    /// <summary>The first problem, or null.</summary>
    public AuditProblem? First => Problems.IsDefaultOrEmpty ? null : Problems[0];
}
