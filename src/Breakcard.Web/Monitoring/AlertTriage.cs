using Breakcard.Cases.Audit;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Web;
using Breakcard.Web.Hosting;

namespace Breakcard.Web.Monitoring;

/// <summary>
/// Alert triage that survives a restart (ADR 0145): each escalation and dismissal is written to
/// the store's <c>web_alert_triage</c> table — an escalation in the same transaction as its clue
/// (ADR 173), a dismissal in the same transaction as its audit entry — and the table is read back
/// into the <see cref="AlertBook"/> on start.
/// </summary>
public sealed class AlertTriage(ICaseStore store, AlertBook book, TimeProvider time)
{
    /// <summary>Reads the stored triage into the book (called once at start).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken) =>
        book.Restore(await store.ReadAsync(s => WebStateRepository.Of(s).TriageAsync(), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Raises a clue from the alert and records the escalation in one transaction (ADR 173): a crash
    /// or a failed write between the two leaves neither, so escalating again cannot raise a second
    /// clue. An alert the store already shows as escalated (by another host, or by this one before
    /// a restart it has not reloaded) keeps its clue and raises none. Returns the clue's id.
    /// </summary>
    public async Task<string> EscalateAsync(Caller caller, AlertRecord record, ClueDraft draft, ClueService clues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(clues);
        var row = await clues.CreateWithinAsync(caller, draft, async (s, raise) =>
        {
            var repository = WebStateRepository.Of(s);
            if (await repository.EscalationAsync(record.Alert.AlertId).ConfigureAwait(false) is { } stored)
            {
                return stored;
            }

            var clue = await raise().ConfigureAwait(false);
            var escalated = new TriageRow(record.Alert.AlertId, record.InstitutionId, "escalated", clue.Id, null, caller.UserId, time.GetUtcNow());
            await repository.SaveTriageAsync(escalated).ConfigureAwait(false);
            return escalated;
        }, cancellationToken).ConfigureAwait(false);
        book.Restore([row]);
        return row.ClueId!;
    }

    /// <summary>Dismisses the alert with a reason: the audit entry and the state commit together.</summary>
    public async Task DismissAsync(Caller caller, AlertRecord record, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(record);
        var at = time.GetUtcNow();
        var row = new TriageRow(record.Alert.AlertId, record.InstitutionId, "dismissed", null, reason, caller.UserId, at);
        await store.WriteAsync(async s =>
        {
            await s.Audit.AppendAsync(new AuditDraft(caller.UserId, caller.InstitutionId, "alert.dismiss", "alert:" + record.Alert.AlertId, AuditJson.Of(("reason", reason))), at).ConfigureAwait(false);
            await WebStateRepository.Of(s).SaveTriageAsync(row).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
        book.Restore([row]);
    }
}
