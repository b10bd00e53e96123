using System.Collections.Immutable;
using System.Data.Common;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;
using Breakcard.Storage.Json;

namespace Breakcard.Storage.Repositories;

internal sealed class ClueRepository(Db db) : IClueRepository
{
    public Task InsertAsync(Clue clue) =>
        db.ExecuteAsync("""
            INSERT INTO clues (id, seq, institution_id, source, source_ref, subject_kind, subject, risk, status, case_id, body, created_at, created_by, version)
            VALUES (@id, @seq, @institution, @source, @source_ref, @subject_kind, @subject, @risk, @status, @case_id, @body, @created_at, @created_by, @version)
            """,
            ("id", clue.Id), ("seq", Read.SequenceOf(clue.Id)), ("institution", clue.InstitutionId), ("source", Codes.Of(clue.Source)), ("source_ref", clue.SourceRef),
            ("subject_kind", Codes.Of(clue.Subject.Kind)), ("subject", clue.Subject.Reveal()), ("risk", clue.Risk), ("status", Codes.Of(clue.Status)),
            ("case_id", clue.CaseId), ("body", StoreJson.Write(new Body(clue.HolderIdentity, clue.HolderName, clue.HolderRef, clue.Reasons, clue.EvidenceEventIds, clue.Chain, clue.Summary))),
            ("created_at", clue.CreatedAt), ("created_by", clue.CreatedBy), ("version", clue.Version));

    public Task<Clue?> GetAsync(string id) => db.SingleAsync("SELECT * FROM clues WHERE id = @id", Map, ("id", id));

    public async Task<IReadOnlyList<Clue>> ListAsync(string institutionId, ClueStatus? status, int limit) => status is { } s
        ? await db.QueryAsync("SELECT * FROM clues WHERE institution_id = @institution AND status = @status ORDER BY seq DESC LIMIT @limit", Map,
            ("institution", institutionId), ("status", Codes.Of(s)), ("limit", limit)).ConfigureAwait(false)
        : await db.QueryAsync("SELECT * FROM clues WHERE institution_id = @institution ORDER BY seq DESC LIMIT @limit", Map,
            ("institution", institutionId), ("limit", limit)).ConfigureAwait(false);

    public async Task<IReadOnlyList<Clue>> GetManyAsync(IReadOnlyCollection<string> ids)
    {
        var clues = new List<Clue>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            if (await GetAsync(id).ConfigureAwait(false) is { } clue)
            {
                clues.Add(clue);
            }
        }

        return clues;
    }

    public async Task<Clue> UpdateStatusAsync(string id, ClueStatus status, string? caseId, long expectedVersion)
    {
        await Versioned.UpdateAsync(db, "clues", "clue", id, expectedVersion, expectedVersion + 1, "status = @status, case_id = @case_id",
            ("status", Codes.Of(status)), ("case_id", caseId)).ConfigureAwait(false);
        return (await GetAsync(id).ConfigureAwait(false))!;
    }

    private static Clue Map(DbDataReader r)
    {
        var id = r.Text("id");
        var body = StoreJson.ReadRequired<Body>(r.Text("body"), $"clue {id}");
        var subject = Identifier.Parse(Codes.Parse<IdentifierKind>(r.Text("subject_kind")), r.Text("subject"));
        return new Clue(id, r.Text("institution_id"), Codes.Parse<ClueSource>(r.Text("source")), r.NullableText("source_ref"), subject,
            body.HolderIdentity, body.HolderName, body.HolderRef, r.NullableInt("risk"), body.Reasons, body.EvidenceEventIds, body.Chain, body.Summary,
            Codes.Parse<ClueStatus>(r.Text("status")), r.NullableText("case_id"), r.Time("created_at"), r.Text("created_by"), r.Long("version"));
    }

    private sealed record Body(
        Identifier? HolderIdentity,
        Identifier? HolderName,
        string? HolderRef,
        ImmutableArray<ClueReason> Reasons,
        ImmutableArray<string> EvidenceEventIds,
        ChainContent? Chain,
        string Summary);
}
