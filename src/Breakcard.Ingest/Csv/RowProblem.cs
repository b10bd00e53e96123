namespace Breakcard.Ingest.Csv;

/// <summary>Why a row was not accepted: the reason, the column at fault, and a detail a person can act on.</summary>
internal readonly record struct RowProblem(RejectReason Reason, string? Field, string Detail);

/// <summary>What became of a row.</summary>
internal enum RowOutcome
{
    /// <summary>One event (or two, for a split cash payment) is ready.</summary>
    Accepted,

    /// <summary>The mapping says to skip it.</summary>
    Skipped,

    /// <summary>It goes to the quarantine.</summary>
    Rejected,
}
