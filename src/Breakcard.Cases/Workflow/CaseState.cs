namespace Breakcard.Cases.Workflow;

/// <summary>Where a case stands: new → verifying → confirmed | dismissed → transferred to police → prosecuted → judged.</summary>
public enum CaseState
{
    /// <summary>Opened, not yet worked.</summary>
    New = 1,

    /// <summary>Being verified (核查) by the institution holding it.</summary>
    Verifying = 2,

    /// <summary>Verification confirmed the suspicion.</summary>
    Confirmed = 3,

    /// <summary>Closed without further action (terminal).</summary>
    Dismissed = 4,

    /// <summary>Handed over to (or filed by) the police; includes review at a procuratorate after referral.</summary>
    TransferredToPolice = 5,

    /// <summary>A procuratorate prosecuted; the case is at a court.</summary>
    Prosecuted = 6,

    /// <summary>A court judged (terminal).</summary>
    Judged = 7,
}
