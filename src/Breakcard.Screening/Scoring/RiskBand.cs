namespace Breakcard.Screening.Scoring;

/// <summary>Risk bands of a screening score, each with a recommended platform action.</summary>
public enum RiskBand
{
    /// <summary>Below the review threshold: publish.</summary>
    Low,

    /// <summary>Between the thresholds: hold for a human reviewer.</summary>
    Medium,

    /// <summary>At or above the reject threshold: reject the post and report it.</summary>
    High,
}

/// <summary>What a recruitment platform should do with a post.</summary>
public enum PlatformAction
{
    /// <summary>Publish the post.</summary>
    Publish,

    /// <summary>Hold the post for a human reviewer before publishing.</summary>
    Review,

    /// <summary>
    /// Reject the post and report the account (the platform's duty to monitor and dispose of
    /// illegal accounts under Anti-Fraud Law Arts. 22 and 31 applies; the report goes to the
    /// platform's police liaison or the 96110 / 12381 channels it uses).
    /// </summary>
    RejectAndReport,
}
