using Breakcard.Cases.Audit;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;

namespace Breakcard.Cases.Services;

/// <summary>Appends the audit entries the services write, inside the caller's transaction.</summary>
internal static class AuditWriter
{
    /// <summary>Records a change.</summary>
    public static Task<AuditEntry> ChangeAsync(IStoreSession s, Caller caller, string action, string subject, string details, DateTimeOffset now) =>
        s.Audit.AppendAsync(new AuditDraft(caller.UserId, caller.InstitutionId, action, subject, details), now);

    /// <summary>Records an unmasked read when anything was revealed; lists what (masked).</summary>
    public static async Task RevealedAsync(IStoreSession s, Caller caller, string subject, IReadOnlyList<RevealedIdentifier> revealed, DateTimeOffset now)
    {
        if (revealed.Count == 0)
        {
            return;
        }

        var details = AuditDetails.Of(
            ("count", revealed.Count),
            ("identifiers", revealed.Select(r => new (string, object?)[] { ("in", r.Where), ("kind", Names.Code(r.Kind)), ("masked", r.Masked) }).ToList()));
        await s.Audit.AppendAsync(new AuditDraft(caller.UserId, caller.InstitutionId, "data.reveal", subject, details), now).ConfigureAwait(false);
    }
}
