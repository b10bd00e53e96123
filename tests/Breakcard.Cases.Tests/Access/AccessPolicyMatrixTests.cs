using Breakcard.Cases.Access;
using Breakcard.Cases.Identity;

namespace Breakcard.Cases.Tests.Access;

/// <summary>
/// The permission matrix: every operation × every role at every kind of institution where it
/// exists × own, shared and other institution's data, against a table written here by hand
/// (the specification; docs/cases.md carries the same table and is checked separately).
/// </summary>
public sealed class AccessPolicyMatrixTests
{
    // An analyst · Su supervisor · In investigator · Pr prosecutor · Ju judge · Au auditor · Ad administrator;
    // (kinds) limits a role to those kinds of institution.
    private static readonly (string, string, string, string)[] Expected =
    [
        ("manage_institutions", "Ad", "-", "Ad"),
        ("manage_users", "Ad", "-", "Ad"),
        ("create_clue", "An Su In", "-", "-"),
        ("view_clue", "An Su In Au", "An Su In Pr Ju", "-"),
        ("list_clues", "An Su In Pr Ju Au", "-", "-"),
        ("dismiss_clue", "An Su In", "-", "-"),
        ("share_clue", "Su In", "-", "-"),
        ("open_case_from_clue", "An Su In", "An Su In", "-"),
        ("open_case", "An Su In", "-", "-"),
        ("view_case", "An Su In Pr Ju Au", "An Su In Pr Ju", "-"),
        ("list_cases", "An Su In Pr Ju Au", "-", "-"),
        ("assign_case", "Su In Pr Ju", "-", "-"),
        ("add_note", "An Su In Pr Ju", "-", "-"),
        ("add_evidence", "An Su In", "-", "-"),
        ("record_cause", "An Su In", "-", "-"),
        ("start_verification", "An Su In", "-", "-"),
        ("confirm_case", "Su In", "-", "-"),
        ("dismiss_case", "Su In Pr", "-", "-"),
        ("transfer_to_police", "Su In", "-", "-"),
        ("refer_for_prosecution", "In", "-", "-"),
        ("prosecute", "Pr", "-", "-"),
        ("judge", "Ju", "-", "-"),
        ("evaluate_case", "Su In Pr Ju", "-", "-"),
        ("reveal_personal_data", "An Su In Pr Ju", "An Su In Pr Ju", "-"),
        ("read_attachment", "An Su In Pr Ju", "An Su In Pr Ju", "-"),
        ("apply_control_measure", "An(bank,pay,tel) Su(bank,pay,tel)", "-", "-"),
        ("apply_restrictive_measure", "Su(bank,pay,tel)", "-", "-"),
        ("record_complaint", "An(bank,pay,tel) Su(bank,pay,tel)", "-", "-"),
        ("release_measure", "Su(bank,pay,tel)", "-", "-"),
        ("add_listing", "In Ju", "-", "-"),
        ("check_listing", "An Su In Pr Ju", "-", "-"),
        ("list_listings", "In Pr Ju Au", "-", "In Pr Ju Au"),
        ("expire_listings", "In Ju", "-", "-"),
        ("record_objection", "In Ju", "-", "-"),
        ("decide_objection", "In Ju", "-", "-"),
        ("review_dormant_cards", "An(bank,pay) Su(bank,pay)", "-", "-"),
        ("review_corporate_accounts", "An(bank,pay) Su(bank,pay)", "-", "-"),
        ("review_addresses", "An Su In", "-", "-"),
        ("verify_audit", "Au Ad", "-", "-"),
        ("read_audit", "Au", "-", "-"),
    ];

    public static TheoryData<string> Operations() => [.. Enum.GetValues<Operation>().Select(o => o.ToString())];

    [Fact]
    public void Table_CoversEveryOperationOnce()
    {
        Assert.Equal(
            Enum.GetValues<Operation>().Select(o => PermissionTable.Snake(o.ToString())).Order(StringComparer.Ordinal),
            Expected.Select(e => e.Item1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Decide_EveryRoleKindAndRelation_MatchesTheTable(string operationName)
    {
        var operation = Enum.Parse<Operation>(operationName);
        var allowed = PermissionTable.Parse(Expected.Select(e => (e.Item1, e.Item2, e.Item3, e.Item4)));
        var checkedCount = 0;
        foreach (var (role, kind) in PermissionTable.Holders())
        {
            foreach (var relation in Enum.GetValues<Relation>())
            {
                var decision = AccessPolicy.Decide(role, kind, operation, relation);
                Assert.True(allowed.Contains((operation, role, kind, relation)) == decision.Allowed,
                    $"{operation} by {role} at {kind} on {relation}: policy says {(decision.Allowed ? "allowed" : "denied")} ({decision.Reason})");
                checkedCount++;
            }
        }

        Assert.Equal(PermissionTable.Holders().Count() * 3, checkedCount);
    }

    [Fact]
    public void Decide_RoleAtWrongKindOfInstitution_DeniedWhateverTheOperation()
    {
        foreach (var operation in Enum.GetValues<Operation>())
        {
            var d = AccessPolicy.Decide(Role.Judge, InstitutionKind.Bank, operation, Relation.Own);
            Assert.False(d.Allowed);
            Assert.Contains("does not exist", d.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Decide_Denied_ReasonNamesOperationRoleAndRelation()
    {
        var d = AccessPolicy.Decide(Role.Analyst, InstitutionKind.Bank, Operation.ConfirmCase, Relation.Own);
        Assert.False(d.Allowed);
        Assert.Equal("confirm case by an analyst at a bank is not allowed", d.Reason);
        var other = AccessPolicy.Decide(Role.Supervisor, InstitutionKind.Bank, Operation.ViewCase, Relation.Other);
        Assert.Contains("allowed only on the institution's own data or data shared with the institution, not on another institution's data", other.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Administrator_NeverReadsCaseOrPersonalData()
    {
        foreach (var op in new[] { Operation.ViewCase, Operation.ViewClue, Operation.RevealPersonalData, Operation.ReadAttachment, Operation.ListListings, Operation.ReadAudit })
        {
            foreach (var relation in Enum.GetValues<Relation>())
            {
                Assert.False(AccessPolicy.IsAllowed(Role.Administrator, InstitutionKind.Police, op, relation), $"{op} {relation}");
            }
        }
    }
}
