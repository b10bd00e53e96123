using System.Data.Common;
using System.Text;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Workflow;
using Breakcard.Storage.Internal;
using Breakcard.Storage.Json;

namespace Breakcard.Storage.Repositories;

internal sealed class CaseRepository(Db db) : ICaseRepository
{
    public Task InsertAsync(CaseRecord record) =>
        db.ExecuteAsync("""
            INSERT INTO cases (id, seq, title, state, owner_institution, custodian_institution, assigned_to, clue_id, opened_at, opened_by, updated_at, version)
            VALUES (@id, @seq, @title, @state, @owner, @custodian, @assigned, @clue, @opened_at, @opened_by, @updated_at, @version)
            """,
            ("id", record.Id), ("seq", Read.SequenceOf(record.Id)), ("title", record.Title), ("state", Codes.Of(record.State)),
            ("owner", record.OwnerInstitutionId), ("custodian", record.CustodianInstitutionId), ("assigned", record.AssignedTo), ("clue", record.ClueId),
            ("opened_at", record.OpenedAt), ("opened_by", record.OpenedBy), ("updated_at", record.UpdatedAt), ("version", record.Version));

    public Task<CaseRecord?> GetAsync(string id) => db.SingleAsync("SELECT * FROM cases WHERE id = @id", Map, ("id", id));

    public async Task<IReadOnlyList<CaseRecord>> ListAsync(CaseQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder("""
            SELECT * FROM cases WHERE (owner_institution = @institution OR custodian_institution = @institution
              OR id IN (SELECT subject_id FROM shares WHERE subject = 'case' AND to_institution = @institution))
            """);
        var args = new List<(string, object?)> { ("institution", query.InstitutionId), ("limit", query.Limit) };
        if (query.State is { } state)
        {
            sql.Append(" AND state = @state");
            args.Add(("state", Codes.Of(state)));
        }

        if (query.ClueId is { } clue)
        {
            sql.Append(" AND clue_id = @clue");
            args.Add(("clue", clue));
        }

        sql.Append(" ORDER BY updated_at DESC, seq DESC LIMIT @limit");
        return await db.QueryAsync(sql.ToString(), Map, [.. args]).ConfigureAwait(false);
    }

    public Task UpdateAsync(CaseRecord updated, long expectedVersion) =>
        Versioned.UpdateAsync(db, "cases", "case", updated.Id, expectedVersion, updated.Version,
            "title = @title, state = @state, custodian_institution = @custodian, assigned_to = @assigned, updated_at = @updated_at",
            ("title", updated.Title), ("state", Codes.Of(updated.State)), ("custodian", updated.CustodianInstitutionId),
            ("assigned", updated.AssignedTo), ("updated_at", updated.UpdatedAt));

    public Task InsertItemAsync(CaseItem item) =>
        db.ExecuteAsync("""
            INSERT INTO case_items (id, seq, case_id, kind, key_value, institution_id, added_at, added_by, content)
            VALUES (@id, @seq, @case_id, @kind, @key, @institution, @added_at, @added_by, @content)
            """,
            ("id", item.Id), ("seq", Read.SequenceOf(item.Id)), ("case_id", item.CaseId), ("kind", Codes.Of(item.Kind)), ("key", item.Content.Key?.Reveal()),
            ("institution", item.InstitutionId), ("added_at", item.AddedAt), ("added_by", item.AddedBy), ("content", StoreJson.Write(item.Content)));

    public async Task<IReadOnlyList<CaseItem>> ItemsAsync(string caseId) =>
        await db.QueryAsync("SELECT * FROM case_items WHERE case_id = @case_id ORDER BY seq", MapItem, ("case_id", caseId)).ConfigureAwait(false);

    public Task InsertTimelineAsync(TimelineEntry entry) =>
        db.ExecuteAsync("INSERT INTO timeline (case_id, at, actor, institution_id, kind, text, public) VALUES (@case_id, @at, @actor, @institution, @kind, @text, @public)",
            ("case_id", entry.CaseId), ("at", entry.At), ("actor", entry.Actor), ("institution", entry.InstitutionId), ("kind", entry.Kind), ("text", entry.Text), ("public", entry.Public));

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string caseId) =>
        await db.QueryAsync("SELECT * FROM timeline WHERE case_id = @case_id ORDER BY id", r => new TimelineEntry(
            r.Text("case_id"), r.Time("at"), r.Text("actor"), r.Text("institution_id"), r.Text("kind"), r.Text("text"), r.Bool("public")),
            ("case_id", caseId)).ConfigureAwait(false);

    private static CaseRecord Map(DbDataReader r) => new(
        r.Text("id"), r.Text("title"), Codes.Parse<CaseState>(r.Text("state")), r.Text("owner_institution"), r.Text("custodian_institution"),
        r.NullableText("assigned_to"), r.NullableText("clue_id"), r.Time("opened_at"), r.Text("opened_by"), r.Time("updated_at"), r.Long("version"));

    private static CaseItem MapItem(DbDataReader r)
    {
        var id = r.Text("id");
        return new CaseItem(id, r.Text("case_id"), r.Time("added_at"), r.Text("added_by"), r.Text("institution_id"),
            StoreJson.ReadRequired<CaseItemContent>(r.Text("content"), $"item {id}"));
    }
}
