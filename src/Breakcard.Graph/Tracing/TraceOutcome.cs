namespace Breakcard.Graph.Tracing;

/// <summary>Why traced money stops at a node. Every fen of a trace ends in exactly one outcome.</summary>
public enum TraceOutcome
{
    /// <summary>Left the banking system as cash or goods (forward: ATM, POS, counter, a <c>CASH:</c>
    /// pseudo-account), or entered it as cash (backward: a cash deposit).</summary>
    Cash = 0,

    /// <summary>Reached an account outside the data (another institution's or unknown): the data
    /// does not say what happened next (forward) or before (backward).</summary>
    External = 1,

    /// <summary>Reached an account whose behaviour is normal business (merchant, payroll), where
    /// tracing stops so a trace does not spread through the whole city.</summary>
    NormalBehaviour = 2,

    /// <summary>Reached an account with more edges than the hub limit.</summary>
    Hub = 3,

    /// <summary>Reached the hop limit.</summary>
    HopLimit = 4,

    /// <summary>Still in the account at the end of the time span (forward), or came into it
    /// before the start of the time span (backward).</summary>
    TimeLimit = 5,

    /// <summary>Still in the account at the end of the data (forward).</summary>
    Held = 6,

    /// <summary>Paid from a balance the data does not show (backward: the opening balance).</summary>
    Unobserved = 7,

    /// <summary>A part smaller than the minimum amount, not followed further.</summary>
    BelowMinimum = 8,

    /// <summary>Came back to the start account (a refund, or a cycle through the start).</summary>
    ReturnedToStart = 9,
}
