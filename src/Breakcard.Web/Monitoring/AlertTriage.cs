using Breakcard.Cases.Audit;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Web;
using Breakcard.Web.Hosting;

namespace Breakcard.Web.Monitoring;

/// <summary>
/// Alert triage that survives a restart (ADR 0145): each escalation and dismissal is written to
/// the store's <c>web_alert_triage</c> table — a dismissal in the same transaction as its audit
/// entry — and the table is read back into the <see cref="AlertBook"/> on start.
/// </summary>
public sealed class AlertTriage(ICaseStore store, AlertBook book, TimeProvider time)
{
    /// <summary>Reads the stored triage into the book (called once at start).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken) =>
        book.Restore(await store.ReadAsync(s => WebStateRepository.Of(s).TriageAsync(), cancellationToken).ConfigureAwait(false));

    /// <summary>Records that a clue was raised from the alert.</summary>
    public async Task EscalatedAsync(Caller caller, AlertRecord record, string clueId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(record);
        var row = new TriageRow(record.Alert.AlertId, record.InstitutionId, "escalated", clueId, null, caller.UserId, time.GetUtcNow());
        await store.WriteAsync(async s =>
        {
            await WebStateRepository.Of(s).SaveTriageAsync(row).ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
        book.Restore([row]);
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
