using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Sharing;

namespace Breakcard.Cases.Views;

/// <summary>
/// Builds what a caller may see of a clue. For the owner, everything; for a recipient, only the
/// parts listed in the shares made to its institution — the view is built from the shares, so a
/// part never shared cannot appear. Pure.
/// </summary>
public static class ClueViewBuilder
{
    /// <summary>
    /// The view of <paramref name="clue"/> for <paramref name="caller"/>. <paramref name="sharesToCaller"/>
    /// are the shares of this clue made to the caller's institution (ignored for the owner).
    /// Returns null when the caller is neither the owner nor a recipient.
    /// </summary>
    public static ClueView? Build(Caller caller, Clue clue, IReadOnlyList<Share> sharesToCaller, Revealer revealer)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(clue);
        ArgumentNullException.ThrowIfNull(sharesToCaller);
        ArgumentNullException.ThrowIfNull(revealer);
        var own = clue.InstitutionId == caller.InstitutionId;
        var shares = sharesToCaller.Where(s => s.Subject == ShareSubject.Clue && s.SubjectId == clue.Id && s.ToInstitutionId == caller.InstitutionId).ToList();
        if (!own && shares.Count == 0)
        {
            return null;
        }

        var relation = own ? Relation.Own : Relation.Shared;
        var fields = own ? [.. Enum.GetValues<ClueField>()] : shares.SelectMany(s => s.ClueFields).Distinct().Order().ToImmutableArray();
        bool Has(ClueField f) => fields.Contains(f);
        var show = revealer.For(clue.Id, relation);
        return new ClueView(
            clue.Id,
            clue.InstitutionId,
            relation,
            fields,
            clue.Source,
            Has(ClueField.Evidence) ? clue.SourceRef : null,
            Has(ClueField.Subject) ? show(clue.Subject) : null,
            Has(ClueField.Holder) && clue.HolderIdentity is { } id ? show(id) : null,
            Has(ClueField.Holder) && clue.HolderName is { } name ? show(name) : null,
            Has(ClueField.Holder) ? clue.HolderRef : null,
            Has(ClueField.Risk) ? clue.Risk : null,
            Has(ClueField.Reasons) ? clue.Reasons : [],
            Has(ClueField.Evidence) ? clue.EvidenceEventIds : [],
            Has(ClueField.Chain) && clue.Chain is { } chain ? [.. chain.Fields(show)] : [],
            Has(ClueField.Summary) ? clue.Summary : null,
            own ? clue.Status : null,
            own ? clue.CaseId : null,
            clue.CreatedAt,
            own ? clue.Version : null,
            own ? [] : [.. shares.Select(s => s.Id)]);
    }
}
