using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;
using Breakcard.Cases.Workflow;

namespace Breakcard.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// What a reporting institution hands to police by default: the people, cards, phones,
    /// companies, transactions and chains — not its internal notes, files, cause findings or
    /// evaluations, unless the supervisor lists them.
    /// </summary>
    public static readonly ImmutableArray<CaseItemKind> PoliceMinimum =
        [CaseItemKind.Suspect, CaseItemKind.Card, CaseItemKind.Phone, CaseItemKind.Company, CaseItemKind.Transaction, CaseItemKind.Chain];

    /// <summary>
    /// Takes a workflow step (<see cref="CaseWorkflow"/>) on a case the caller's institution holds.
    /// A hand-over (transfer to police, referral for prosecution, prosecution) needs the receiving
    /// institution and records a share of exactly the items it gets: those listed in the request,
    /// or by default <see cref="PoliceMinimum"/> on transfer to police and every visible item on
    /// referral and prosecution (the whole file goes to the procuratorate and the court). The
    /// receiver then holds the case. Every step is on the public timeline and in the audit log.
    /// </summary>
    public Task<CaseRecord> TransitionAsync(Caller caller, string caseId, CaseAction action, TransitionRequest request, long? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        var transition = CaseWorkflow.For(action);
        var reason = Guard.OptionalText(request.Reason, "reason", 2000);
        if (action == CaseAction.Dismiss && reason is null)
        {
            throw Guard.Invalid("reason", "dismissing a case needs a reason");
        }

        if (action == CaseAction.Judge && request.Judgment is null)
        {
            throw Guard.Invalid("judgment", "judging a case needs the judgment");
        }

        if (request.Judgment?.Problem() is { } judgmentProblem)
        {
            throw Guard.Invalid("judgment", judgmentProblem);
        }

        return _context.Store.WriteAsync(async s =>
        {
            var (header, shares, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, transition.Operation, relation);
            var step = CaseWorkflow.Require(caseId, action, header.State, caller.InstitutionKind);
            if (expectedVersion is { } v && v != header.Version)
            {
                throw new ConcurrencyConflictException("case", header.Id, v, header.Version);
            }

            var custodian = header.CustodianInstitutionId;
            string? shareId = null;
            var sharedCount = 0;
            if (step.HandOverTo is { } kind)
            {
                var to = await HandOverTargetAsync(s, caller, request.ToInstitutionId, kind).ConfigureAwait(false);
                if (to is not null)
                {
                    var items = await s.Cases.ItemsAsync(caseId).ConfigureAwait(false);
                    var ids = ItemsToShare(caller, action, items, shares, request.ShareItemIds);
                    var share = new Share(Ids.Format("SH", await s.NextNumberAsync("share").ConfigureAwait(false)), ShareSubject.Case, caseId,
                        caller.InstitutionId, to.Id, [], ids, reason ?? step.Words, _context.Now, caller.UserId);
                    await s.Shares.InsertAsync(share).ConfigureAwait(false);
                    custodian = to.Id;
                    shareId = share.Id;
                    sharedCount = ids.Length;
                }
            }

            if (request.Judgment is { } judgment)
            {
                await InsertItemAsync(s, caller, caseId, judgment).ConfigureAwait(false);
            }

            var handedOver = custodian != header.CustodianInstitutionId;
            var updated = await UpdateHeaderAsync(s, header, expectedVersion, h => h with
            {
                State = step.To,
                CustodianInstitutionId = custodian,
                AssignedTo = handedOver ? null : h.AssignedTo,
            }).ConfigureAwait(false);
            var words = handedOver ? $"{step.Words} by {caller.InstitutionId} to {custodian}" : $"{step.Words} by {caller.InstitutionId}";
            await TimelineAsync(s, caller, caseId, "state", reason is null ? words : $"{words}: {reason}", isPublic: true).ConfigureAwait(false);
            await AuditWriter.ChangeAsync(s, caller, "case.transition", $"case:{caseId}", AuditDetails.Of(
                ("action", Names.Code(action)), ("from", Names.Code(header.State)), ("to", Names.Code(step.To)),
                ("custodian", custodian), ("share", shareId), ("items_shared", sharedCount), ("reason", reason)), _context.Now).ConfigureAwait(false);
            return updated;
        }, cancellationToken);
    }

    // Null when police file their own case (no hand-over); otherwise the checked receiver.
    private static async Task<Institution?> HandOverTargetAsync(IStoreSession s, Caller caller, string? toInstitutionId, InstitutionKind kind)
    {
        if (toInstitutionId is null || toInstitutionId == caller.InstitutionId)
        {
            return caller.InstitutionKind == kind
                ? null
                : throw Guard.Invalid("to", $"the case goes to {Names.A(Names.Of(kind))}: name it");
        }

        var to = await s.Directory.GetInstitutionAsync(toInstitutionId).ConfigureAwait(false) ?? throw Guard.Invalid("to", $"no institution '{toInstitutionId}'");
        return to.Kind == kind ? to : throw Guard.Invalid("to", $"'{to.Id}' is {Names.A(Names.Of(to.Kind))}; this step hands the case to {Names.A(Names.Of(kind))}");
    }

    private static ImmutableArray<string> ItemsToShare(Caller caller, CaseAction action, IReadOnlyList<CaseItem> items, IReadOnlyList<Share> shares, IReadOnlyCollection<string>? requested)
    {
        var visible = CaseAccess.VisibleItems(caller.InstitutionId, items, shares).Select(v => v.Item).ToList();
        if (requested is not null)
        {
            var byId = visible.ToDictionary(i => i.Id, StringComparer.Ordinal);
            foreach (var id in requested)
            {
                if (!byId.ContainsKey(id))
                {
                    throw Guard.Invalid("share", $"no item '{id}' in the case that {caller.InstitutionId} can see");
                }
            }

            return [.. requested.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }

        return action == CaseAction.TransferToPolice
            ? [.. visible.Where(i => PoliceMinimum.Contains(i.Kind)).Select(i => i.Id)]
            : [.. visible.Select(i => i.Id)];
    }
}
