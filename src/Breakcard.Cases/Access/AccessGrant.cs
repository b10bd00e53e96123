using Breakcard.Cases.Identity;

namespace Breakcard.Cases.Access;

/// <summary>
/// One row of the permission table: <see cref="Role"/> may perform <see cref="Operation"/> on data
/// in the given relations, at the given institution kinds (all kinds the role can be held at when
/// null). Immutable.
/// </summary>
/// <param name="Operation">The operation.</param>
/// <param name="Role">The role.</param>
/// <param name="Relations">The relations in which it is allowed.</param>
/// <param name="Kinds">Institution kinds it is limited to, or null for every kind the role exists at.</param>
public sealed record AccessGrant(Operation Operation, Role Role, IReadOnlyList<Relation> Relations, IReadOnlyList<InstitutionKind>? Kinds = null)
{
    /// <summary>True when this grant covers the call.</summary>
    public bool Covers(Operation operation, Role role, InstitutionKind kind, Relation relation) =>
        Operation == operation && Role == role && Relations.Contains(relation) && (Kinds is null || Kinds.Contains(kind));
}
