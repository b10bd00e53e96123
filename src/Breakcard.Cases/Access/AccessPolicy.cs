using System.Collections.Immutable;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using static Breakcard.Cases.Access.Relation;
using static Breakcard.Cases.Identity.Role;
using K = Breakcard.Cases.Identity.InstitutionKind;

namespace Breakcard.Cases.Access;

/// <summary>
/// Who may do what: the permission table of the case system as data (<see cref="Grants"/>),
/// decided by role, institution kind and the relation of the data to the caller's institution.
/// Everything not granted is denied. Pure and thread safe; the service layer calls it before
/// every operation, so every host (CLI, web) enforces the same rules.
/// </summary>
/// <remarks>
/// Implementation note: the reporting side separates duties the way banks do — analysts work
/// cases, supervisors decide (confirm, dismiss, share, transfer, restrict accounts). Administrators
/// manage accounts but never see case data; auditors see the audit log and masked data only.
/// </remarks>
public static class AccessPolicy
{
    private static readonly Relation[] OwnOnly = [Own];
    private static readonly Relation[] OwnShared = [Own, Shared];
    private static readonly Relation[] SharedOnly = [Shared];
    private static readonly Relation[] OwnOther = [Own, Other];
    private static readonly K[] MeasureActors = [K.Bank, K.PaymentInstitution, K.Telecom];
    private static readonly K[] Financial = [K.Bank, K.PaymentInstitution];

    /// <summary>Every grant. An operation, role, kind and relation not covered by one is denied.</summary>
    public static ImmutableArray<AccessGrant> Grants { get; } =
    [
        .. Many(Operation.ManageInstitutions, OwnOther, Administrator),
        .. Many(Operation.ManageUsers, OwnOther, Administrator),

        .. Many(Operation.CreateClue, OwnOnly, Analyst, Supervisor, Investigator),
        .. Many(Operation.ViewClue, OwnOnly, Analyst, Supervisor, Investigator, Auditor),
        .. Many(Operation.ViewClue, SharedOnly, Analyst, Supervisor, Investigator, Prosecutor, Judge),
        .. Many(Operation.ListClues, OwnOnly, Analyst, Supervisor, Investigator, Prosecutor, Judge, Auditor),
        .. Many(Operation.DismissClue, OwnOnly, Analyst, Supervisor, Investigator),
        .. Many(Operation.ShareClue, OwnOnly, Supervisor, Investigator),
        .. Many(Operation.OpenCaseFromClue, OwnShared, Analyst, Supervisor, Investigator),

        .. Many(Operation.OpenCase, OwnOnly, Analyst, Supervisor, Investigator),
        .. Many(Operation.ViewCase, OwnOnly, Analyst, Supervisor, Investigator, Prosecutor, Judge, Auditor),
        .. Many(Operation.ViewCase, SharedOnly, Analyst, Supervisor, Investigator, Prosecutor, Judge),
        .. Many(Operation.ListCases, OwnOnly, Analyst, Supervisor, Investigator, Prosecutor, Judge, Auditor),
        .. Many(Operation.AssignCase, OwnOnly, Supervisor, Investigator, Prosecutor, Judge),
        .. Many(Operation.AddNote, OwnOnly, Analyst, Supervisor, Investigator, Prosecutor, Judge),
        .. Many(Operation.AddEvidence, OwnOnly, Analyst, Supervisor, Investigator),
        .. Many(Operation.RecordCause, OwnOnly, Analyst, Supervisor, Investigator),
        .. Many(Operation.StartVerification, OwnOnly, Analyst, Supervisor, Investigator),
        .. Many(Operation.ConfirmCase, OwnOnly, Supervisor, Investigator),
        .. Many(Operation.DismissCase, OwnOnly, Supervisor, Investigator, Prosecutor),
        .. Many(Operation.TransferToPolice, OwnOnly, Supervisor, Investigator),
        .. Many(Operation.ReferForProsecution, OwnOnly, Investigator),
        .. Many(Operation.Prosecute, OwnOnly, Prosecutor),
        .. Many(Operation.Judge, OwnOnly, Judge),
        .. Many(Operation.EvaluateCase, OwnOnly, Supervisor, Investigator, Prosecutor, Judge),

        .. Many(Operation.RevealPersonalData, OwnShared, Analyst, Supervisor, Investigator, Prosecutor, Judge),
        .. Many(Operation.ReadAttachment, OwnShared, Analyst, Supervisor, Investigator, Prosecutor, Judge),

        new(Operation.ApplyControlMeasure, Analyst, OwnOnly, MeasureActors),
        new(Operation.ApplyControlMeasure, Supervisor, OwnOnly, MeasureActors),
        new(Operation.ApplyRestrictiveMeasure, Supervisor, OwnOnly, MeasureActors),
        new(Operation.RecordComplaint, Analyst, OwnOnly, MeasureActors),
        new(Operation.RecordComplaint, Supervisor, OwnOnly, MeasureActors),
        new(Operation.ReleaseMeasure, Supervisor, OwnOnly, MeasureActors),

        .. Many(Operation.AddListing, OwnOnly, Investigator, Judge),
        .. Many(Operation.CheckListing, OwnOnly, Analyst, Supervisor, Investigator, Prosecutor, Judge),
        .. Many(Operation.ListListings, OwnOther, Investigator, Prosecutor, Judge, Auditor),
        .. Many(Operation.ExpireListings, OwnOnly, Investigator, Judge),
        .. Many(Operation.RecordObjection, OwnOnly, Investigator, Judge),
        .. Many(Operation.DecideObjection, OwnOnly, Investigator, Judge),

        new(Operation.ReviewDormantCards, Analyst, OwnOnly, Financial),
        new(Operation.ReviewDormantCards, Supervisor, OwnOnly, Financial),
        new(Operation.ReviewCorporateAccounts, Analyst, OwnOnly, Financial),
        new(Operation.ReviewCorporateAccounts, Supervisor, OwnOnly, Financial),
        .. Many(Operation.ReviewAddresses, OwnOnly, Analyst, Supervisor, Investigator),

        .. Many(Operation.VerifyAudit, OwnOnly, Auditor, Administrator),
        .. Many(Operation.ReadAudit, OwnOnly, Auditor),
    ];

    /// <summary>Decides whether <paramref name="caller"/> may perform <paramref name="operation"/> on data in <paramref name="relation"/>.</summary>
    public static AccessDecision Decide(Caller caller, Operation operation, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return Decide(caller.Role, caller.InstitutionKind, operation, relation);
    }

    /// <summary>Decides for a role held at an institution kind.</summary>
    public static AccessDecision Decide(Role role, InstitutionKind kind, Operation operation, Relation relation)
    {
        var what = $"{Names.Of(operation)} by {Names.A(Names.Of(role))} at {Names.A(Names.Of(kind))}";
        if (!User.KindsFor(role).Contains(kind))
        {
            return new(false, $"{what}: the role does not exist at that kind of institution");
        }

        if (Grants.Any(g => g.Covers(operation, role, kind, relation)))
        {
            return new(true, $"{what} on {Describe(relation)} is allowed");
        }

        var elsewhere = Grants.Where(g => g.Operation == operation && g.Role == role && (g.Kinds is null || g.Kinds.Contains(kind)))
            .SelectMany(g => g.Relations).Distinct().ToArray();
        return elsewhere.Length == 0
            ? new(false, $"{what} is not allowed")
            : new(false, $"{what} is allowed only on {string.Join(" or ", elsewhere.Select(Describe))}, not on {Describe(relation)}");
    }

    /// <summary>True when allowed.</summary>
    public static bool IsAllowed(Role role, InstitutionKind kind, Operation operation, Relation relation) =>
        Decide(role, kind, operation, relation).Allowed;

    /// <summary>Words for a relation, as used in denials.</summary>
    public static string Describe(Relation relation) => relation switch
    {
        Own => "the institution's own data",
        Shared => "data shared with the institution",
        Other => "another institution's data",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Unknown relation."),
    };

    private static IEnumerable<AccessGrant> Many(Operation operation, Relation[] relations, params Role[] roles) =>
        roles.Select(r => new AccessGrant(operation, r, relations));
}
