using System.Globalization;
using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;
using Breakcard.Cases.Workflow;
using Breakcard.Legal.Facts;

namespace Breakcard.Cases.Services;

/// <summary>
/// Cases: opening (by hand or from a clue), reading, listing and assigning; evidence, files and
/// cause findings (<c>CaseService.Items.cs</c>); the workflow (<c>CaseService.Workflow.cs</c>);
/// legal evaluation (<c>CaseService.Evaluation.cs</c>). Every operation checks the caller's
/// permission on the case's relation to its institution, writes its timeline entry and audit
/// entry in the same transaction, and changes the header only at the version the caller read.
/// </summary>
public sealed partial class CaseService
{
    private readonly ServiceContext _context;

    internal CaseService(ServiceContext context) => _context = context;

    /// <summary>Opens a case by hand in the caller's institution; the opener is assigned.</summary>
    public Task<CaseRecord> OpenAsync(Caller caller, string title, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.OpenCase, Relation.Own);
        var text = Guard.Text(title, "title", 200);
        return _context.Store.WriteAsync(s => InsertCaseAsync(s, caller, text, null), cancellationToken);
    }

    /// <summary>
    /// Opens a case from a clue the caller's institution raised or received. The case starts with
    /// what the caller can see of the clue — the subject as a card or phone, the holder as a
    /// suspect, the reasons and evidence ids as a note, the chain — and nothing else.
    /// </summary>
    public Task<CaseRecord> OpenFromClueAsync(Caller caller, string clueId, string? title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var text = Guard.OptionalText(title, "title", 200);
        return _context.Store.WriteAsync(async s =>
        {
            var clue = await s.Clues.GetAsync(clueId).ConfigureAwait(false) ?? throw new NotFoundException("clue", clueId);
            var shares = await ClueService.SharesToCallerAsync(s, caller, clue).ConfigureAwait(false);
            var relation = ClueService.RelationOf(caller, clue, shares);
            Guard.Require(caller, Operation.OpenCaseFromClue, relation);
            if (relation == Relation.Own && clue.Status != ClueStatus.Open)
            {
                throw new StateConflictException($"clue '{clue.Id}' is {Names.Of(clue.Status)}{(clue.CaseId is { } c ? $" (case {c})" : "")}; a case is opened only from an open clue");
            }

            if (relation == Relation.Shared && (await s.Cases.ListAsync(new CaseQuery(caller.InstitutionId, ClueId: clue.Id, Limit: 1)).ConfigureAwait(false)) is [var existing])
            {
                throw new StateConflictException($"clue '{clue.Id}' already has case '{existing.Id}' at this institution");
            }

            var view = ClueViewBuilder.Build(caller, clue, shares, new Revealer(caller, reveal: false))!;
            var record = await InsertCaseAsync(s, caller, text ?? $"Clue {clue.Id}: {clue.Content.Subject.Masked}", clue.Id).ConfigureAwait(false);
            foreach (var content in ContentsFrom(clue, view))
            {
                await InsertItemAsync(s, caller, record.Id, content).ConfigureAwait(false);
            }

            if (relation == Relation.Own)
            {
                await s.Clues.UpdateStatusAsync(clue.Id, ClueStatus.Promoted, record.Id, clue.Version).ConfigureAwait(false);
            }

            return record;
        }, cancellationToken);
    }

    /// <summary>
    /// The case as the caller may see it. With <paramref name="reveal"/>, identifiers the masking
    /// policy allows are shown unmasked, and the read is audited.
    /// </summary>
    public Task<CaseView> GetAsync(Caller caller, string caseId, bool reveal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        async Task<CaseView> Work(IStoreSession s)
        {
            var (header, shares, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, Operation.ViewCase, relation);
            var custodian = await s.Directory.GetInstitutionAsync(header.CustodianInstitutionId).ConfigureAwait(false)
                ?? throw new NotFoundException("institution", header.CustodianInstitutionId);
            var revealer = new Revealer(caller, reveal);
            var view = CaseViewBuilder.Build(caller, header, custodian.Kind, await s.Cases.ItemsAsync(caseId).ConfigureAwait(false),
                await s.Cases.TimelineAsync(caseId).ConfigureAwait(false), shares, revealer);
            await AuditWriter.RevealedAsync(s, caller, $"case:{caseId}", revealer.Revealed, _context.Now).ConfigureAwait(false);
            return view;
        }

        return reveal ? _context.Store.WriteAsync(Work, cancellationToken) : _context.Store.ReadAsync(Work, cancellationToken);
    }

    /// <summary>Cases the caller's institution opened, holds or received, newest change first.</summary>
    public Task<IReadOnlyList<CaseSummary>> ListAsync(Caller caller, CaseState? state, int limit, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.ListCases, Relation.Own);
        var query = new CaseQuery(caller.InstitutionId, state, Limit: Math.Clamp(limit, 1, 10_000));
        return _context.Store.ReadAsync<IReadOnlyList<CaseSummary>>(async s =>
            [.. (await s.Cases.ListAsync(query).ConfigureAwait(false))
                .Select(c => new CaseSummary(c, c.CustodianInstitutionId == caller.InstitutionId ? Relation.Own : Relation.Shared))], cancellationToken);
    }

    /// <summary>Assigns the case to a user of the institution holding it.</summary>
    public Task<CaseRecord> AssignAsync(Caller caller, string caseId, string userId, long? expectedVersion, CancellationToken cancellationToken) =>
        _context.Store.WriteAsync(async s =>
        {
            var (header, _, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, Operation.AssignCase, relation);
            var user = await s.Directory.GetUserAsync(userId).ConfigureAwait(false) ?? throw Guard.Invalid("user", $"no user '{userId}'");
            if (user.InstitutionId != header.CustodianInstitutionId || !user.Active
                || user.Role is Role.Auditor or Role.Administrator)
            {
                throw Guard.Invalid("user", $"'{userId}' is not an active case worker of {header.CustodianInstitutionId}, which holds the case");
            }

            var updated = await UpdateHeaderAsync(s, header, expectedVersion, h => h with { AssignedTo = user.Id }).ConfigureAwait(false);
            await TimelineAsync(s, caller, caseId, "assigned", $"assigned to {user.Id}", isPublic: false).ConfigureAwait(false);
            await AuditWriter.ChangeAsync(s, caller, "case.assign", $"case:{caseId}", AuditDetails.Of(("to", user.Id)), _context.Now).ConfigureAwait(false);
            return updated;
        }, cancellationToken);

    /// <summary>The case header, its shares, and its relation to the caller's institution.</summary>
    internal static async Task<(CaseRecord Header, IReadOnlyList<Share> Shares, Relation Relation)> LoadAsync(IStoreSession s, Caller caller, string caseId)
    {
        var header = await s.Cases.GetAsync(caseId).ConfigureAwait(false) ?? throw new NotFoundException("case", caseId);
        var shares = await s.Shares.OfAsync(ShareSubject.Case, caseId).ConfigureAwait(false);
        return (header, shares, CaseAccess.RelationOf(caller.InstitutionId, header, shares));
    }

    private async Task<CaseRecord> InsertCaseAsync(IStoreSession s, Caller caller, string title, string? clueId)
    {
        var now = _context.Now;
        var record = new CaseRecord(Ids.Format("CS", await s.NextNumberAsync("case").ConfigureAwait(false)), title, CaseState.New,
            caller.InstitutionId, caller.InstitutionId, caller.UserId, clueId, now, caller.UserId, now, 1);
        await s.Cases.InsertAsync(record).ConfigureAwait(false);
        await TimelineAsync(s, caller, record.Id, "opened", clueId is null ? $"opened by {caller.InstitutionId}" : $"opened by {caller.InstitutionId} from clue {clueId}", isPublic: true).ConfigureAwait(false);
        await AuditWriter.ChangeAsync(s, caller, "case.open", $"case:{record.Id}", AuditDetails.Of(("clue", clueId)), now).ConfigureAwait(false);
        return record;
    }

    private async Task<CaseRecord> UpdateHeaderAsync(IStoreSession s, CaseRecord header, long? expectedVersion, Func<CaseRecord, CaseRecord> change)
    {
        var expected = expectedVersion ?? header.Version;
        if (expected != header.Version)
        {
            throw new ConcurrencyConflictException("case", header.Id, expected, header.Version);
        }

        var updated = change(header) with { UpdatedAt = _context.Now, Version = expected + 1 };
        await s.Cases.UpdateAsync(updated, expected).ConfigureAwait(false);
        return updated;
    }

    private Task TimelineAsync(IStoreSession s, Caller caller, string caseId, string kind, string text, bool isPublic) =>
        s.Cases.InsertTimelineAsync(new TimelineEntry(caseId, _context.Now, caller.UserId, caller.InstitutionId, kind, text, isPublic));

    private static IEnumerable<CaseItemContent> ContentsFrom(Clue clue, ClueView view)
    {
        var c = clue.Content;
        if (view.Fields.Contains(ClueField.Subject))
        {
            yield return c.Subject.Kind == IdentifierKind.Phone
                ? new PhoneContent(c.Subject, CardKind.PhoneCard, null, null, c.HolderRef)
                : new CardContent(c.Subject, c.Subject.Kind == IdentifierKind.BankCard ? CardKind.BankCard : CardKind.BankAccount, null, null, null, c.HolderRef);
        }

        if (view.Fields.Contains(ClueField.Holder) && (c.HolderIdentity is not null || c.HolderName is not null || c.HolderRef is not null))
        {
            yield return new SuspectContent(c.HolderIdentity, c.HolderName, c.HolderRef, "holder of the clue's subject");
        }

        var lines = new List<string>();
        if (view.Risk is { } risk)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"risk {risk}"));
        }

        if (!view.Reasons.IsDefaultOrEmpty)
        {
            lines.Add("reasons: " + string.Join("; ", view.Reasons.Select(r => $"{r.Code} ({r.Description})")));
        }

        if (!view.EvidenceEventIds.IsDefaultOrEmpty)
        {
            lines.Add("evidence events: " + string.Join(", ", view.EvidenceEventIds));
        }

        if (view.Summary is not null)
        {
            lines.Add("summary: " + view.Summary);
        }

        if (lines.Count > 0)
        {
            var source = view.SourceRef is null ? Names.Of(c.Source) : $"{Names.Of(c.Source)} {view.SourceRef}";
            var text = $"From clue {clue.Id} ({source}): " + string.Join(". ", lines);
            yield return new NoteContent(text.Length > 4000 ? text[..3997] + "..." : text);
        }

        if (view.Fields.Contains(ClueField.Chain) && c.Chain is not null)
        {
            yield return c.Chain;
        }
    }
}
