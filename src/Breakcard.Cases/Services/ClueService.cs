using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;

namespace Breakcard.Cases.Services;

/// <summary>
/// Clues: raising them (from alerts, traces or by hand), reading them (the owner all, a recipient
/// only what was shared), dismissing them and sharing them with another institution — with only
/// the parts the recipient needs.
/// </summary>
public sealed class ClueService
{
    /// <summary>What a clue share includes when the caller does not say: enough for police to act, no internal notes.</summary>
    public static readonly ImmutableArray<ClueField> MinimalShare = [ClueField.Subject, ClueField.Holder, ClueField.Reasons, ClueField.Evidence, ClueField.Chain];

    private readonly ServiceContext _context;

    internal ClueService(ServiceContext context) => _context = context;

    /// <summary>Raises a clue for the caller's institution.</summary>
    public Task<Clue> CreateAsync(Caller caller, ClueDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Guard.Require(caller, Operation.CreateClue, Relation.Own);
        if (draft.Problems() is [var (field, problem), ..])
        {
            throw Guard.Invalid(field, problem);
        }

        return _context.Store.WriteAsync(s => InsertAsync(s, caller, draft, _context.Now), cancellationToken);
    }

    /// <summary>
    /// Raises a clue as part of a larger unit of work, all in one transaction: <paramref name="work"/>
    /// gets the session and a function that raises the clue (checked and audited as
    /// <see cref="CreateAsync"/>), may call it or not (when its own records show the clue exists
    /// already), and writes its own records beside it. Everything commits together or not at all, so
    /// a host recording where a clue came from (a web alert's triage) never keeps one without the
    /// other after a crash (ADR 173).
    /// </summary>
    public Task<T> CreateWithinAsync<T>(Caller caller, ClueDraft draft, Func<IStoreSession, Func<Task<Clue>>, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(work);
        Guard.Require(caller, Operation.CreateClue, Relation.Own);
        if (draft.Problems() is [var (field, problem), ..])
        {
            throw Guard.Invalid(field, problem);
        }

        return _context.Store.WriteAsync(s => work(s, () => InsertAsync(s, caller, draft, _context.Now)), cancellationToken);
    }

    /// <summary>
    /// Raises clues from monitoring alerts (<see cref="Clues.Import.AlertClueMerger"/> output) in one
    /// transaction: all or none. A subject that already has an open clue of the caller's institution
    /// gets no second one — its alerts are recorded against that clue in the audit log and reported
    /// as merged.
    /// </summary>
    public Task<ClueImportResult> ImportAlertsAsync(Caller caller, IReadOnlyList<Clues.Import.AlertClue> clues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clues);
        return ImportAsync(caller, ClueSource.Alert, [.. clues.Select(c => (c.Draft, c.AlertIds))], cancellationToken);
    }

    /// <summary>
    /// Raises clues from a traced fund chain (<see cref="Clues.Import.TraceClueBuilder"/> output) in
    /// one transaction: all or none. As with alerts, an account that already has an open clue of
    /// the caller's institution gets no second one — the trace is recorded against that clue in the
    /// audit log and reported as merged, so importing the same trace again raises nothing.
    /// </summary>
    public Task<ClueImportResult> ImportTraceAsync(Caller caller, IReadOnlyList<Clues.Import.TraceClue> clues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clues);
        return ImportAsync(caller, ClueSource.Trace, [.. clues.Select(c => (c.Draft, (IReadOnlyList<string>)[c.Draft.SourceRef!]))], cancellationToken);
    }

    private Task<ClueImportResult> ImportAsync(Caller caller, ClueSource source, IReadOnlyList<(ClueDraft Draft, IReadOnlyList<string> Refs)> clues, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.CreateClue, Relation.Own);
        var kind = source == ClueSource.Alert ? "alerts" : "traces";
        foreach (var (draft, _) in clues)
        {
            if (draft.Source != source)
            {
                throw Guard.Invalid("source", $"clues imported from {kind} come from {kind}");
            }

            if (draft.Problems() is [var (field, problem), ..])
            {
                throw Guard.Invalid(field, $"{kind[..^1]} {draft.SourceRef}: {problem}");
            }
        }

        return _context.Store.WriteAsync<ClueImportResult>(async s =>
        {
            var now = _context.Now;
            var created = new List<Clue>();
            var merged = new List<MergedAlerts>();
            foreach (var (draft, refs) in clues)
            {
                if (await s.Clues.FindOpenAsync(caller.InstitutionId, draft.Subject).ConfigureAwait(false) is { } existing)
                {
                    merged.Add(new MergedAlerts(existing.Id, draft.Subject.Masked, refs));
                    await AuditWriter.ChangeAsync(s, caller, $"clue.merge_{kind}", $"clue:{existing.Id}", AuditDetails.Of(
                        (kind, refs.Take(50).ToList()), ("count", refs.Count), ("risk", draft.Risk)), now).ConfigureAwait(false);
                    continue;
                }

                created.Add(await InsertAsync(s, caller, draft, now).ConfigureAwait(false));
            }

            return new ClueImportResult(created, merged);
        }, cancellationToken);
    }

    private static async Task<Clue> InsertAsync(IStoreSession s, Caller caller, ClueDraft draft, DateTimeOffset now)
    {
        var clue = new Clue(Ids.Format("CL", await s.NextNumberAsync("clue").ConfigureAwait(false)), caller.InstitutionId,
            draft with { Summary = draft.Summary.Trim() }, ClueStatus.Open, null, now, caller.UserId, 1);
        await s.Clues.InsertAsync(clue).ConfigureAwait(false);
        await AuditWriter.ChangeAsync(s, caller, "clue.create", $"clue:{clue.Id}", AuditDetails.Of(
            ("source", Names.Code(clue.Content.Source)), ("source_ref", clue.Content.SourceRef), ("subject", clue.Content.Subject.Masked), ("risk", clue.Content.Risk)), now).ConfigureAwait(false);
        return clue;
    }

    /// <summary>
    /// The clue as the caller may see it. With <paramref name="reveal"/>, identifiers the masking
    /// policy allows are shown unmasked and the read is audited.
    /// </summary>
    public Task<ClueView> GetAsync(Caller caller, string clueId, bool reveal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        async Task<ClueView> Work(IStoreSession s)
        {
            var clue = await s.Clues.GetAsync(clueId).ConfigureAwait(false) ?? throw new NotFoundException("clue", clueId);
            var shares = await SharesToCallerAsync(s, caller, clue).ConfigureAwait(false);
            Guard.Require(caller, Operation.ViewClue, RelationOf(caller, clue, shares));
            var revealer = new Revealer(caller, reveal);
            var view = ClueViewBuilder.Build(caller, clue, shares, revealer)!;
            await AuditWriter.RevealedAsync(s, caller, $"clue:{clue.Id}", revealer.Revealed, _context.Now).ConfigureAwait(false);
            return view with { Revealed = [.. revealer.Revealed] };
        }

        return reveal ? _context.Store.WriteAsync(Work, cancellationToken) : _context.Store.ReadAsync(Work, cancellationToken);
    }

    /// <summary>The caller's institution's clues and the clues shared with it, masked, newest first.</summary>
    public Task<IReadOnlyList<ClueView>> ListAsync(Caller caller, ClueStatus? status, int limit, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.ListClues, Relation.Own);
        limit = Math.Clamp(limit, 1, 10_000);
        return _context.Store.ReadAsync<IReadOnlyList<ClueView>>(async s =>
        {
            var revealer = new Revealer(caller, reveal: false);
            var own = await s.Clues.ListAsync(caller.InstitutionId, status, limit).ConfigureAwait(false);
            var views = own.Select(c => ClueViewBuilder.Build(caller, c, [], revealer)!).ToList();
            if (status is null && AccessPolicy.IsAllowed(caller.Role, caller.InstitutionKind, Operation.ViewClue, Relation.Shared))
            {
                var shares = await s.Shares.ToAsync(caller.InstitutionId, ShareSubject.Clue, limit).ConfigureAwait(false);
                var clues = await s.Clues.GetManyAsync([.. shares.Select(x => x.SubjectId).Distinct()]).ConfigureAwait(false);
                views.AddRange(clues.Select(c => ClueViewBuilder.Build(caller, c, shares, revealer)!));
            }

            return [.. views.OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id, StringComparer.Ordinal).Take(limit)];
        }, cancellationToken);
    }

    /// <summary>Dismisses an open clue.</summary>
    public Task<Clue> DismissAsync(Caller caller, string clueId, string reason, CancellationToken cancellationToken)
    {
        var why = Guard.Text(reason, "reason", 2000);
        return _context.Store.WriteAsync(async s =>
        {
            var clue = await s.Clues.GetAsync(clueId).ConfigureAwait(false) ?? throw new NotFoundException("clue", clueId);
            Guard.Require(caller, Operation.DismissClue, clue.InstitutionId == caller.InstitutionId ? Relation.Own : Relation.Other);
            if (clue.Status != ClueStatus.Open)
            {
                throw new StateConflictException($"clue '{clue.Id}' is {Names.Of(clue.Status)}; only an open clue can be dismissed");
            }

            var updated = await s.Clues.UpdateStatusAsync(clue.Id, ClueStatus.Dismissed, null, clue.Version).ConfigureAwait(false);
            await AuditWriter.ChangeAsync(s, caller, "clue.dismiss", $"clue:{clue.Id}", AuditDetails.Of(("reason", why)), _context.Now).ConfigureAwait(false);
            return updated;
        }, cancellationToken);
    }

    /// <summary>
    /// Shares parts of the caller's clue with another institution. The recipient will see exactly
    /// these parts; <see cref="MinimalShare"/> when <paramref name="fields"/> is empty.
    /// </summary>
    public Task<Share> ShareAsync(Caller caller, string clueId, string toInstitutionId, IReadOnlyCollection<ClueField> fields, string purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var why = Guard.Text(purpose, "purpose", 500);
        var parts = fields.Count == 0 ? MinimalShare : [.. fields.Distinct().Order()];
        return _context.Store.WriteAsync(async s =>
        {
            var clue = await s.Clues.GetAsync(clueId).ConfigureAwait(false) ?? throw new NotFoundException("clue", clueId);
            Guard.Require(caller, Operation.ShareClue, clue.InstitutionId == caller.InstitutionId ? Relation.Own : Relation.Other);
            var to = await s.Directory.GetInstitutionAsync(toInstitutionId).ConfigureAwait(false)
                ?? throw Guard.Invalid("to", $"no institution '{toInstitutionId}'");
            if (to.Id == caller.InstitutionId)
            {
                throw Guard.Invalid("to", "a clue is shared with another institution, not the own");
            }

            if (clue.Status == ClueStatus.Dismissed)
            {
                throw new StateConflictException($"clue '{clue.Id}' is dismissed; a dismissed clue is not shared");
            }

            var now = _context.Now;
            var share = new Share(Ids.Format("SH", await s.NextNumberAsync("share").ConfigureAwait(false)), ShareSubject.Clue, clue.Id, caller.InstitutionId, to.Id,
                parts, [], why, now, caller.UserId);
            await s.Shares.InsertAsync(share).ConfigureAwait(false);
            await AuditWriter.ChangeAsync(s, caller, "clue.share", $"clue:{clue.Id}", AuditDetails.Of(
                ("share", share.Id), ("to", to.Id), ("fields", parts.Select(Names.Code).ToList()), ("purpose", why)), now).ConfigureAwait(false);
            return share;
        }, cancellationToken);
    }

    internal static async Task<IReadOnlyList<Share>> SharesToCallerAsync(IStoreSession s, Caller caller, Clue clue) =>
        clue.InstitutionId == caller.InstitutionId
            ? []
            : [.. (await s.Shares.OfAsync(ShareSubject.Clue, clue.Id).ConfigureAwait(false)).Where(x => x.ToInstitutionId == caller.InstitutionId)];

    internal static Relation RelationOf(Caller caller, Clue clue, IReadOnlyList<Share> sharesToCaller) =>
        clue.InstitutionId == caller.InstitutionId ? Relation.Own : sharesToCaller.Count > 0 ? Relation.Shared : Relation.Other;
}
