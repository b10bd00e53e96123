namespace Breakcard.Graph.Temporal;

/// <summary>What the graph knows about an account node independent of its flows.</summary>
[Flags]
public enum AccountFlags : byte
{
    /// <summary>An ordinary account.</summary>
    None = 0,

    /// <summary>A cash pseudo-account (<c>CASH:</c> prefix, ADR 0003): the edge of the banking system.</summary>
    Cash = 1,

    /// <summary>An account outside the reference data (another institution's or an unknown account):
    /// the data shows money reaching it but not what happened next.</summary>
    External = 2,

    /// <summary>Marked by the caller as normal business (for example a verified merchant or payroll
    /// account from reference data or monitoring); tracing stops there.</summary>
    KnownNormal = 4,

    /// <summary>Marked by the caller as a confirmed mule (police confirmation, monitoring verdict).</summary>
    ConfirmedMule = 8,
}
