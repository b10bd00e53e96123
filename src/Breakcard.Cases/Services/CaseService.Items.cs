using System.Security.Cryptography;
using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;
using Breakcard.Cases.Workflow;

namespace Breakcard.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>Largest attachment accepted (bytes).</summary>
    public const int MaxAttachmentBytes = 20 * 1024 * 1024;

    /// <summary>
    /// Adds a suspect, card, phone, company, transaction, chain, note or cause finding to a case
    /// the caller's institution holds. Evaluations and judgments come from their own operations.
    /// With <paramref name="expectedVersion"/>, fails with a conflict when the case changed since.
    /// </summary>
    public Task<CaseItem> AddItemAsync(Caller caller, string caseId, CaseItemContent content, long? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var operation = content.Kind switch
        {
            CaseItemKind.Note => Operation.AddNote,
            CaseItemKind.Cause => Operation.RecordCause,
            CaseItemKind.Evaluation or CaseItemKind.Judgment => throw Guard.Invalid("kind", $"{Names.A(Names.Of(content.Kind))} is added by its own operation (evaluate, judge)"),
            CaseItemKind.Attachment => throw Guard.Invalid("kind", "files are attached with AttachFileAsync, which stores their content"),
            _ => Operation.AddEvidence,
        };
        if (content.Problem() is { } problem)
        {
            throw Guard.Invalid(Names.Code(content.Kind), problem);
        }

        return _context.Store.WriteAsync(async s =>
        {
            var (header, shares, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, operation, relation);
            CheckOpen(header, expectedVersion);
            if (content is CauseContent { SuspectItemId: { } suspect }
                && !CaseAccess.VisibleItems(caller.InstitutionId, await s.Cases.ItemsAsync(caseId).ConfigureAwait(false), shares)
                    .Any(v => v.Item.Id == suspect && v.Item.Kind == CaseItemKind.Suspect))
            {
                throw Guard.Invalid("suspect", $"no suspect item '{suspect}' in case {caseId}");
            }

            var item = await InsertItemAsync(s, caller, caseId, content).ConfigureAwait(false);
            await UpdateHeaderAsync(s, header, expectedVersion, h => h).ConfigureAwait(false);
            return item;
        }, cancellationToken);
    }

    /// <summary>
    /// Attaches a file: its content is stored once under its SHA-256 (attaching the same bytes
    /// again stores nothing new) and the case gets an item naming it.
    /// </summary>
    public Task<CaseItem> AttachFileAsync(Caller caller, string caseId, string fileName, string mediaType, ReadOnlyMemory<byte> content, long? expectedVersion, CancellationToken cancellationToken)
    {
        if (content.Length > MaxAttachmentBytes)
        {
            throw Guard.Invalid("file", $"the file is {content.Length:N0} bytes; attachments are limited to {MaxAttachmentBytes:N0}");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var attachment = new AttachmentContent(sha, Path.GetFileName(Guard.Text(fileName, "file_name", 255)), content.Length, Guard.Text(mediaType, "media_type", 100));
        if (attachment.Problem() is { } problem)
        {
            throw Guard.Invalid("file", problem);
        }

        return _context.Store.WriteAsync(async s =>
        {
            var (header, _, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, Operation.AddEvidence, relation);
            CheckOpen(header, expectedVersion);
            await s.Attachments.PutAsync(sha, content, _context.Now).ConfigureAwait(false);
            var item = await InsertItemAsync(s, caller, caseId, attachment).ConfigureAwait(false);
            await UpdateHeaderAsync(s, header, expectedVersion, h => h).ConfigureAwait(false);
            return item;
        }, cancellationToken);
    }

    /// <summary>
    /// Reads an attached file the caller can see, checking the content against its hash (an
    /// <see cref="IntegrityException"/> when it was altered). Always audited: files may hold
    /// personal data.
    /// </summary>
    public Task<(AttachmentContent Attachment, byte[] Content)> ReadAttachmentAsync(Caller caller, string caseId, string itemId, CancellationToken cancellationToken) =>
        _context.Store.WriteAsync(async s =>
        {
            var (_, shares, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, Operation.ReadAttachment, relation);
            var visible = CaseAccess.VisibleItems(caller.InstitutionId, await s.Cases.ItemsAsync(caseId).ConfigureAwait(false), shares)
                .FirstOrDefault(v => v.Item.Id == itemId);
            if (visible.Item is null)
            {
                throw new NotFoundException("item", $"{caseId}/{itemId}");
            }

            Guard.Require(caller, Operation.ReadAttachment, visible.Provenance);
            var attachment = visible.Item.Content as AttachmentContent ?? throw Guard.Invalid("item", $"item '{itemId}' is {Names.A(Names.Of(visible.Item.Kind))}, not a file");
            var bytes = await s.Attachments.GetAsync(attachment.Sha256).ConfigureAwait(false)
                ?? throw new IntegrityException($"the content of '{attachment.FileName}' ({itemId}) is missing from the store");
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != attachment.Sha256)
            {
                throw new IntegrityException($"the content of '{attachment.FileName}' ({itemId}) does not match its SHA-256: it was altered in the store");
            }

            await AuditWriter.ChangeAsync(s, caller, "data.read_attachment", $"case:{caseId}",
                AuditDetails.Of(("item", itemId), ("sha256", attachment.Sha256)), _context.Now).ConfigureAwait(false);
            return (attachment, bytes);
        }, cancellationToken);

    private static void CheckOpen(CaseRecord header, long? expectedVersion)
    {
        if (CaseWorkflow.IsTerminal(header.State))
        {
            throw new StateConflictException($"case '{header.Id}' is {Names.Of(header.State)}; a closed case takes no new items");
        }

        if (expectedVersion is { } v && v != header.Version)
        {
            throw new ConcurrencyConflictException("case", header.Id, v, header.Version);
        }
    }

    private async Task<CaseItem> InsertItemAsync(IStoreSession s, Caller caller, string caseId, CaseItemContent content)
    {
        var now = _context.Now;
        var item = new CaseItem(Ids.Format("IT", await s.NextNumberAsync("item").ConfigureAwait(false)), caseId, now, caller.UserId, caller.InstitutionId, content);
        await s.Cases.InsertItemAsync(item).ConfigureAwait(false);
        var key = content.Key is { } k ? $" {k.Masked}" : "";
        await TimelineAsync(s, caller, caseId, "item", $"added {Names.Of(content.Kind)} {item.Id}{key}", isPublic: false).ConfigureAwait(false);
        await AuditWriter.ChangeAsync(s, caller, "case.item.add", $"case:{caseId}",
            AuditDetails.Of(("item", item.Id), ("kind", Names.Code(content.Kind)), ("key", content.Key?.Masked)), now).ConfigureAwait(false);
        return item;
    }
}
