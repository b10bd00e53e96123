namespace Breakcard.Cases.Identity;

/// <summary>
/// What a user does. Roles are functions, scoped by the kind of institution they are held at:
/// an analyst at a bank is the "bank analyst", at a platform the "platform reviewer". The access
/// policy (<see cref="Access.AccessPolicy"/>) decides by role, institution kind and whether the data
/// is the caller's institution's own, shared with it, or another's.
/// </summary>
public enum Role
{
    /// <summary>Works clues and cases at a reporting institution: bank or payment analyst, telecom analyst, platform reviewer.</summary>
    Analyst = 1,

    /// <summary>Decides at a reporting institution: confirms or dismisses, shares, transfers to police, restricts accounts.</summary>
    Supervisor = 2,

    /// <summary>Police investigator: receives clues, investigates, lists card dealers, refers for prosecution.</summary>
    Investigator = 3,

    /// <summary>Prosecutor: reviews referred cases and prosecutes.</summary>
    Prosecutor = 4,

    /// <summary>Judge: judges prosecuted cases and lists people criminally punished.</summary>
    Judge = 5,

    /// <summary>Auditor: reads the audit log of the own institution and verifies the chain; sees masked data only.</summary>
    Auditor = 6,

    /// <summary>Administrator: manages institutions and users; no access to case data or personal data.</summary>
    Administrator = 7,
}
