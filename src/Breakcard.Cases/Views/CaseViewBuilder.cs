using System.Collections.Immutable;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Workflow;

namespace Breakcard.Cases.Views;

/// <summary>Builds a <see cref="CaseView"/> from what the store holds, applying visibility and masking. Pure.</summary>
public static class CaseViewBuilder
{
    /// <summary>
    /// The view of a case for <paramref name="caller"/>; <paramref name="custodianKind"/> is the
    /// kind of the institution holding it (for the next steps).
    /// </summary>
    public static CaseView Build(
        Caller caller,
        CaseRecord header,
        InstitutionKind custodianKind,
        IReadOnlyList<CaseItem> items,
        IReadOnlyList<TimelineEntry> timeline,
        IReadOnlyList<Share> sharesOfCase,
        Revealer revealer)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(revealer);
        var relation = CaseAccess.RelationOf(caller.InstitutionId, header, sharesOfCase);
        var views = CaseAccess.VisibleItems(caller.InstitutionId, items, sharesOfCase)
            .Select(v => new ItemView(v.Item.Id, v.Item.Kind, v.Item.AddedAt, v.Item.AddedBy, v.Item.InstitutionId, v.Provenance,
                [.. v.Item.Content.Fields(revealer.For(v.Item.Id, v.Provenance))]))
            .ToImmutableArray();
        return new CaseView(
            header,
            relation,
            views,
            [.. timeline.Where(t => t.Public || t.InstitutionId == caller.InstitutionId)],
            [.. sharesOfCase.Where(s => s.ToInstitutionId == caller.InstitutionId || s.FromInstitutionId == caller.InstitutionId)],
            [.. CaseWorkflow.Available(header.State, custodianKind).Select(t => t.Action)],
            [.. revealer.Revealed]);
    }
}
