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
        var c = clue.Content;
        return new ClueView(
            clue.Id,
            clue.InstitutionId,
            relation,
            fields,
            c.Source,
            Has(ClueField.Evidence) ? c.SourceRef : null,
            Has(ClueField.Subject) ? show(c.Subject) : null,
            Has(ClueField.Holder) && c.HolderIdentity is { } id ? show(id) : null,
            Has(ClueField.Holder) && c.HolderName is { } name ? show(name) : null,
            Has(ClueField.Holder) ? c.HolderRef : null,
            Has(ClueField.Risk) ? c.Risk : null,
            Has(ClueField.Reasons) ? c.Reasons : [],
            Has(ClueField.Evidence) ? c.EvidenceEventIds : [],
            Has(ClueField.Chain) && c.Chain is { } chain ? [.. chain.Fields(show)] : [],
            Has(ClueField.Summary) ? c.Summary : null,
            own ? clue.Status : null,
            own ? clue.CaseId : null,
            clue.CreatedAt,
            own ? clue.Version : null,
            own ? [] : [.. shares.Select(s => s.Id)])
        {
            ProposedMeasure = Has(ClueField.Risk) ? c.ProposedMeasure : null,
            MergedAlertIds = Has(ClueField.Evidence) ? c.MergedAlertIds : [],
        };
    }
}
