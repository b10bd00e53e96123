namespace Breakcard.Cases.Audit;

/// <summary>What verification found wrong.</summary>
public enum AuditProblemKind
{
    /// <summary>An entry's content does not match its hash.</summary>
    Edited = 1,

    /// <summary>Sequence numbers jump: entries were deleted.</summary>
    Missing,

    /// <summary>An entry is intact but sits at another position than it was written at, or links to an entry that is not its predecessor.</summary>
    Reordered,

    /// <summary>An entry does not link to its predecessor: the predecessor was changed and re-hashed, or entries were removed.</summary>
    BrokenLink,

    /// <summary>The log ends before the stored head (or an outside checkpoint) says it should.</summary>
    Truncated,

    /// <summary>The stored head does not match the log's last entry.</summary>
    HeadMismatch,

    /// <summary>The entry an outside checkpoint names differs from the checkpoint.</summary>
    CheckpointMismatch,
}
