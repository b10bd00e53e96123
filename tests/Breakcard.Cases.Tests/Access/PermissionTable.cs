using Breakcard.Cases.Access;
using Breakcard.Cases.Identity;

namespace Breakcard.Cases.Tests.Access;

/// <summary>
/// Reads a permission table written as text: one row per operation, "operation | own | shared |
/// other", each cell a list of role abbreviations (An Su In Pr Ju Au Ad), optionally with the
/// institution kinds in brackets, "An(bank,pay,tel)"; "-" for nobody. Used by the matrix test
/// (its own table) and the docs test (docs/cases.md).
/// </summary>
internal static class PermissionTable
{
    private static readonly Dictionary<string, Role> Roles = new(StringComparer.Ordinal)
    {
        ["An"] = Role.Analyst, ["Su"] = Role.Supervisor, ["In"] = Role.Investigator, ["Pr"] = Role.Prosecutor,
        ["Ju"] = Role.Judge, ["Au"] = Role.Auditor, ["Ad"] = Role.Administrator,
    };

    private static readonly Dictionary<string, InstitutionKind> Kinds = new(StringComparer.Ordinal)
    {
        ["bank"] = InstitutionKind.Bank, ["pay"] = InstitutionKind.PaymentInstitution, ["tel"] = InstitutionKind.Telecom,
        ["plat"] = InstitutionKind.Platform, ["police"] = InstitutionKind.Police, ["proc"] = InstitutionKind.Procuratorate, ["court"] = InstitutionKind.Court,
    };

    /// <summary>Every (role, kind) pair that can exist.</summary>
    public static IEnumerable<(Role Role, InstitutionKind Kind)> Holders() =>
        Enum.GetValues<Role>().SelectMany(r => User.KindsFor(r).Select(k => (r, k)));

    /// <summary>The allowed (operation, role, kind, relation) set the table describes.</summary>
    public static HashSet<(Operation, Role, InstitutionKind, Relation)> Parse(IEnumerable<(string Operation, string Own, string Shared, string Other)> rows)
    {
        var allowed = new HashSet<(Operation, Role, InstitutionKind, Relation)>();
        foreach (var (name, own, shared, other) in rows)
        {
            var operation = Enum.GetValues<Operation>().Single(o => Snake(o.ToString()) == name.Trim().Trim('`'));
            foreach (var (cell, relation) in new[] { (own, Relation.Own), (shared, Relation.Shared), (other, Relation.Other) })
            {
                foreach (var (role, kinds) in Cell(cell))
                {
                    foreach (var kind in kinds ?? User.KindsFor(role))
                    {
                        allowed.Add((operation, role, kind, relation));
                    }
                }
            }
        }

        return allowed;
    }

    public static string Snake(string pascal) => string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static IEnumerable<(Role, IReadOnlyList<InstitutionKind>?)> Cell(string cell)
    {
        var text = cell.Trim();
        if (text is "-" or "")
        {
            yield break;
        }

        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = token.IndexOf('(', StringComparison.Ordinal);
            var role = Roles[open < 0 ? token : token[..open]];
            yield return (role, open < 0 ? null : [.. token[(open + 1)..^1].Split(',').Select(k => Kinds[k])]);
        }
    }
}
