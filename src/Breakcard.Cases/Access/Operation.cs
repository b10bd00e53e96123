namespace Breakcard.Cases.Access;

/// <summary>
/// Every operation of the service layer that the access policy decides. Each service method
/// checks exactly one of these (plus, for personal data, the masking policy) before it reads or
/// changes anything; <c>docs/cases.md</c> has the matrix.
/// </summary>
public enum Operation
{
    /// <summary>Register or change institutions.</summary>
    ManageInstitutions = 1,

    /// <summary>Add, change or deactivate users.</summary>
    ManageUsers,

    /// <summary>Create a clue from an alert, a trace or by hand.</summary>
    CreateClue,

    /// <summary>Read a clue (own, or the shared part of another institution's).</summary>
    ViewClue,

    /// <summary>List clues.</summary>
    ListClues,

    /// <summary>Dismiss a clue as not worth a case.</summary>
    DismissClue,

    /// <summary>Share a clue with another institution.</summary>
    ShareClue,

    /// <summary>Open a case from a clue.</summary>
    OpenCaseFromClue,

    /// <summary>Open a case by hand.</summary>
    OpenCase,

    /// <summary>Read a case.</summary>
    ViewCase,

    /// <summary>List cases.</summary>
    ListCases,

    /// <summary>Assign a case to a user.</summary>
    AssignCase,

    /// <summary>Add a note to a case.</summary>
    AddNote,

    /// <summary>Add suspects, cards, phones, companies, transactions, chains or files to a case.</summary>
    AddEvidence,

    /// <summary>Record how a suspect was drawn in (cause investigation).</summary>
    RecordCause,

    /// <summary>new → verifying.</summary>
    StartVerification,

    /// <summary>verifying → confirmed.</summary>
    ConfirmCase,

    /// <summary>→ dismissed.</summary>
    DismissCase,

    /// <summary>confirmed → transferred to police.</summary>
    TransferToPolice,

    /// <summary>Police refer a case to a procuratorate (custody changes; the state stays).</summary>
    ReferForProsecution,

    /// <summary>transferred to police → prosecuted.</summary>
    Prosecute,

    /// <summary>prosecuted → judged.</summary>
    Judge,

    /// <summary>Evaluate a case under the legal rules and store the evaluation.</summary>
    EvaluateCase,

    /// <summary>Read identity, card and phone numbers unmasked (always audited).</summary>
    RevealPersonalData,

    /// <summary>Read an attached file's content (always audited).</summary>
    ReadAttachment,

    /// <summary>Apply a non-restrictive control measure (verify, re-verify, delay settlement).</summary>
    ApplyControlMeasure,

    /// <summary>Apply a restrictive control measure (restrict, suspend).</summary>
    ApplyRestrictiveMeasure,

    /// <summary>Record a customer's complaint against a measure.</summary>
    RecordComplaint,

    /// <summary>Lift a measure (after a complaint is verified, or when it is no longer needed).</summary>
    ReleaseMeasure,

    /// <summary>Put an identity on the disciplinary list.</summary>
    AddListing,

    /// <summary>Ask whether an identity may be given a service on a date.</summary>
    CheckListing,

    /// <summary>List disciplinary listings.</summary>
    ListListings,

    /// <summary>Mark listings whose period ended as expired.</summary>
    ExpireListings,

    /// <summary>Record a listed person's objection.</summary>
    RecordObjection,

    /// <summary>Decide an objection (upheld: the listing is lifted).</summary>
    DecideObjection,

    /// <summary>Dormant cards for suspension review.</summary>
    ReviewDormantCards,

    /// <summary>Corporate accounts for annual inspection.</summary>
    ReviewCorporateAccounts,

    /// <summary>Addresses hosting many companies.</summary>
    ReviewAddresses,

    /// <summary>Verify the audit chain.</summary>
    VerifyAudit,

    /// <summary>Read the audit entries of the own institution.</summary>
    ReadAudit,
}
