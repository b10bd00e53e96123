using System.Data.Common;
using Breakcard.Cases.Clues;
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
            ("id", clue.Id), ("seq", Read.SequenceOf(clue.Id)), ("institution", clue.InstitutionId), ("source", Codes.Of(clue.Content.Source)),
            ("source_ref", clue.Content.SourceRef), ("subject_kind", Codes.Of(clue.Content.Subject.Kind)), ("subject", clue.Content.Subject.Reveal()),
            ("risk", clue.Content.Risk), ("status", Codes.Of(clue.Status)), ("case_id", clue.CaseId), ("body", StoreJson.Write(clue.Content)),
            ("created_at", clue.CreatedAt), ("created_by", clue.CreatedBy), ("version", clue.Version));

    public Task<Clue?> GetAsync(string id) => db.SingleAsync("SELECT * FROM clues WHERE id = @id", Map, ("id", id));

    public Task<Clue?> FindOpenAsync(string institutionId, Breakcard.Cases.Identifiers.Identifier subject) =>
        db.SingleAsync("SELECT * FROM clues WHERE institution_id = @institution AND subject = @subject AND subject_kind = @kind AND status = @status ORDER BY seq LIMIT 1", Map,
            ("institution", institutionId), ("subject", subject.Reveal()), ("kind", Codes.Of(subject.Kind)), ("status", Codes.Of(ClueStatus.Open)));

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

    // The body holds the whole content; source, subject and risk are also columns, for look-up.
    private static Clue Map(DbDataReader r)
    {
        var id = r.Text("id");
        return new Clue(id, r.Text("institution_id"), StoreJson.ReadRequired<ClueDraft>(r.Text("body"), $"clue {id}"),
            Codes.Parse<ClueStatus>(r.Text("status")), r.NullableText("case_id"), r.Time("created_at"), r.Text("created_by"), r.Long("version"));
    }
}
