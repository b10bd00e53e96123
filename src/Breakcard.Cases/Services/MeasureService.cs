using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Measures;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;
using Breakcard.Cases.Workflow;
using Breakcard.Legal.Control;

namespace Breakcard.Cases.Services;

/// <summary>
/// Control measures under Anti-Fraud Law Arts. 11 and 18: a bank, payment institution or
/// operator applies one to its own customer's card, account or phone in a case it holds, only on
/// the finding the law requires (<see cref="ControlMeasureCatalog.MayApply"/>), and records the
/// remedy path: the customer is told the reason and how to complain; a complaint is recorded and
/// verified; the measure is lifted.
/// </summary>
public sealed class MeasureService
{
    private readonly ServiceContext _context;

    internal MeasureService(ServiceContext context) => _context = context;

    /// <summary>Applies a measure to the card, account or phone item <paramref name="itemId"/> of a case.</summary>
    public Task<MeasureView> ApplyAsync(Caller caller, string caseId, string itemId, ControlMeasureKind kind, IReadOnlySet<MeasureTrigger> findings, DateOnly? appliedOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(findings);
        var operation = kind is ControlMeasureKind.Restrict or ControlMeasureKind.Suspend ? Operation.ApplyRestrictiveMeasure : Operation.ApplyControlMeasure;
        return _context.Store.WriteAsync(async s =>
        {
            var (header, _, relation) = await CaseService.LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, operation, relation);
            if (CaseWorkflow.IsTerminal(header.State))
            {
                throw new StateConflictException($"case '{caseId}' is {Names.Of(header.State)}; a closed case takes no new measures");
            }

            var item = (await s.Cases.ItemsAsync(caseId).ConfigureAwait(false)).FirstOrDefault(i => i.Id == itemId)
                ?? throw new NotFoundException("item", $"{caseId}/{itemId}");
            if (item.InstitutionId != caller.InstitutionId)
            {
                throw Guard.Deny(caller, operation, "a measure applies only to the institution's own customers' cards, accounts and phones (items it supplied)");
            }

            var actor = caller.InstitutionKind == InstitutionKind.Telecom ? MeasureActor.TelecomOperator : MeasureActor.BankOrPaymentInstitution;
            var target = (actor, item.Content) switch
            {
                (MeasureActor.BankOrPaymentInstitution, CardContent card) => card.Number,
                (MeasureActor.TelecomOperator, PhoneContent phone) => phone.Number,
                _ => throw Guard.Invalid("item", $"item '{itemId}' is {Names.A(Names.Of(item.Kind))}; a {(actor == MeasureActor.TelecomOperator ? "telecom operator restricts phone cards" : "bank restricts cards and accounts")}"),
            };
            var day = appliedOn ?? _context.Today;
            var decision = ControlMeasureCatalog.MayApply(actor, kind, findings, day);
            if (!decision.Allowed)
            {
                throw Guard.Invalid("finding", $"the law does not allow this measure: {decision.Reason}");
            }

            var measure = decision.Measure!;
            var now = _context.Now;
            var terms = new MeasureTerms(actor, kind, [.. findings.Order()], day, decision.Reason, measure.Basis.ToString(), measure.Remedy.Steps, measure.Remedy.Source.ToString());
            var record = new MeasureRecord(Ids.Format("CM", await s.NextNumberAsync("measure").ConfigureAwait(false)), caller.InstitutionId, caseId, target, terms,
                MeasureProgress.Applied, now, caller.UserId, 1);
            await s.Measures.InsertAsync(record).ConfigureAwait(false);
            await s.Cases.InsertTimelineAsync(new TimelineEntry(caseId, now, caller.UserId, caller.InstitutionId, "measure",
                $"{Names.Of(kind)} applied to {target.Masked} ({record.Id}); customer told the reason and how to complain", Public: false)).ConfigureAwait(false);
            await AuditWriter.ChangeAsync(s, caller, "measure.apply", $"measure:{record.Id}", AuditDetails.Of(
                ("case", caseId), ("target", target.Masked), ("kind", Names.Code(kind)), ("findings", findings.Select(Names.Code).Order().ToList()),
                ("basis", measure.Basis.Citation)), now).ConfigureAwait(false);
            return MeasureView.Of(record);
        }, cancellationToken);
    }

    /// <summary>Records the customer's complaint against a measure in force.</summary>
    public Task<MeasureView> RecordComplaintAsync(Caller caller, string measureId, string complaint, DateOnly? on, CancellationToken cancellationToken)
    {
        var text = Guard.Text(complaint, "complaint", 2000);
        return ChangeAsync(caller, measureId, Operation.RecordComplaint, "measure.complaint", m =>
        {
            if (m.Progress.Status != MeasureStatus.Applied)
            {
                throw new StateConflictException($"measure '{m.Id}' is {Names.Of(m.Progress.Status)}; a complaint is recorded against a measure in force");
            }

            var day = on ?? _context.Today;
            return day < m.Terms.AppliedOn
                ? throw Guard.Invalid("on", "a complaint cannot come before the measure")
                : m.Progress with { Status = MeasureStatus.UnderComplaint, Complaint = text, ComplainedOn = day };
        }, cancellationToken);
    }

    /// <summary>Lifts a measure (verification passed, or it is no longer needed).</summary>
    public Task<MeasureView> ReleaseAsync(Caller caller, string measureId, string reason, DateOnly? on, CancellationToken cancellationToken)
    {
        var text = Guard.Text(reason, "reason", 2000);
        return ChangeAsync(caller, measureId, Operation.ReleaseMeasure, "measure.release", m =>
        {
            if (m.Progress.Status == MeasureStatus.Released)
            {
                throw new StateConflictException($"measure '{m.Id}' was already released on {m.Progress.ReleasedOn:yyyy-MM-dd}");
            }

            var day = on ?? _context.Today;
            return day < (m.Progress.ComplainedOn ?? m.Terms.AppliedOn)
                ? throw Guard.Invalid("on", "a measure cannot be released before it was applied or complained about")
                : m.Progress with { Status = MeasureStatus.Released, ReleasedOn = day, ReleaseReason = text };
        }, cancellationToken);
    }

    /// <summary>The measures the caller's institution applied in a case.</summary>
    public Task<IReadOnlyList<MeasureView>> ListForCaseAsync(Caller caller, string caseId, CancellationToken cancellationToken) =>
        _context.Store.ReadAsync<IReadOnlyList<MeasureView>>(async s =>
        {
            var (_, _, relation) = await CaseService.LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, Operation.ViewCase, relation);
            return [.. (await s.Measures.OfCaseAsync(caseId).ConfigureAwait(false)).Where(m => m.InstitutionId == caller.InstitutionId).Select(MeasureView.Of)];
        }, cancellationToken);

    private Task<MeasureView> ChangeAsync(Caller caller, string measureId, Operation operation, string action, Func<MeasureRecord, MeasureProgress> change, CancellationToken cancellationToken) =>
        _context.Store.WriteAsync(async s =>
        {
            var m = await s.Measures.GetAsync(measureId).ConfigureAwait(false) ?? throw new NotFoundException("measure", measureId);
            Guard.Require(caller, operation, m.InstitutionId == caller.InstitutionId ? Relation.Own : Relation.Other);
            var updated = m with { Progress = change(m), Version = m.Version + 1 };
            await s.Measures.UpdateAsync(updated, m.Version).ConfigureAwait(false);
            if (m.CaseId is { } caseId)
            {
                await s.Cases.InsertTimelineAsync(new TimelineEntry(caseId, _context.Now, caller.UserId, caller.InstitutionId, "measure",
                    $"measure {m.Id}: {Names.Of(updated.Progress.Status)}", Public: false)).ConfigureAwait(false);
            }

            await AuditWriter.ChangeAsync(s, caller, action, $"measure:{m.Id}", AuditDetails.Of(("status", Names.Code(updated.Progress.Status))), _context.Now).ConfigureAwait(false);
            return MeasureView.Of(updated);
        }, cancellationToken);
}
