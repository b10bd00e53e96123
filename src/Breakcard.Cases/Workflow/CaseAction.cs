namespace Breakcard.Cases.Workflow;

/// <summary>The steps of the case workflow.</summary>
public enum CaseAction
{
    /// <summary>new → verifying.</summary>
    StartVerification = 1,

    /// <summary>verifying → confirmed.</summary>
    Confirm,

    /// <summary>new, verifying, confirmed, or transferred to police → dismissed.</summary>
    Dismiss,

    /// <summary>confirmed → transferred to police (a reporting institution hands over; police file their own case).</summary>
    TransferToPolice,

    /// <summary>Police refer a transferred case to a procuratorate: custody changes, the state stays.</summary>
    ReferForProsecution,

    /// <summary>transferred to police (at a procuratorate) → prosecuted; custody passes to a court.</summary>
    Prosecute,

    /// <summary>prosecuted → judged.</summary>
    Judge,
}
