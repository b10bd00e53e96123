using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Sharing;

namespace Breakcard.Cases.Views;

/// <summary>
/// Who may see what of a case: the relation of an institution to the case, and which items it
/// sees — those it supplied and those shared with it. Pure.
/// </summary>
public static class CaseAccess
{
    /// <summary>
    /// Own when the institution holds the case; shared when it opened it and handed it over, or
    /// received a share of it; other otherwise.
    /// </summary>
    public static Relation RelationOf(string institutionId, CaseRecord header, IEnumerable<Share> sharesOfCase)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(sharesOfCase);
        if (header.CustodianInstitutionId == institutionId)
        {
            return Relation.Own;
        }

        return header.OwnerInstitutionId == institutionId || sharesOfCase.Any(s => s.ToInstitutionId == institutionId)
            ? Relation.Shared
            : Relation.Other;
    }

    /// <summary>The items <paramref name="institutionId"/> sees, each with its provenance.</summary>
    public static IEnumerable<(CaseItem Item, Relation Provenance)> VisibleItems(string institutionId, IEnumerable<CaseItem> items, IEnumerable<Share> sharesOfCase)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(sharesOfCase);
        var shared = sharesOfCase.Where(s => s.ToInstitutionId == institutionId).SelectMany(s => s.ItemIds).ToHashSet(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.InstitutionId == institutionId)
            {
                yield return (item, Relation.Own);
            }
            else if (shared.Contains(item.Id))
            {
                yield return (item, Relation.Shared);
            }
        }
    }
}
