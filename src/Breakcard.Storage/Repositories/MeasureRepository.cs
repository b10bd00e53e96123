using System.Data.Common;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Measures;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;
using Breakcard.Storage.Json;

namespace Breakcard.Storage.Repositories;

internal sealed class MeasureRepository(Db db) : IMeasureRepository
{
    public Task InsertAsync(MeasureRecord measure) =>
        db.ExecuteAsync("""
            INSERT INTO measures (id, seq, institution_id, case_id, target, status, body, created_at, created_by, version)
            VALUES (@id, @seq, @institution, @case_id, @target, @status, @body, @created_at, @created_by, @version)
            """,
            ("id", measure.Id), ("seq", Read.SequenceOf(measure.Id)), ("institution", measure.InstitutionId), ("case_id", measure.CaseId),
            ("target", measure.Target.Reveal()), ("status", Codes.Of(measure.Progress.Status)), ("body", StoreJson.Write(new Body(measure.Target, measure.Terms, measure.Progress))),
            ("created_at", measure.CreatedAt), ("created_by", measure.CreatedBy), ("version", measure.Version));

    public Task<MeasureRecord?> GetAsync(string id) => db.SingleAsync("SELECT * FROM measures WHERE id = @id", Map, ("id", id));

    public async Task<IReadOnlyList<MeasureRecord>> OfCaseAsync(string caseId) =>
        await db.QueryAsync("SELECT * FROM measures WHERE case_id = @case_id ORDER BY seq", Map, ("case_id", caseId)).ConfigureAwait(false);

    public Task UpdateAsync(MeasureRecord updated, long expectedVersion) =>
        Versioned.UpdateAsync(db, "measures", "measure", updated.Id, expectedVersion, updated.Version, "status = @status, body = @body",
            ("status", Codes.Of(updated.Progress.Status)), ("body", StoreJson.Write(new Body(updated.Target, updated.Terms, updated.Progress))));

    private static MeasureRecord Map(DbDataReader r)
    {
        var id = r.Text("id");
        var b = StoreJson.ReadRequired<Body>(r.Text("body"), $"measure {id}");
        return new MeasureRecord(id, r.Text("institution_id"), r.NullableText("case_id"), b.Target, b.Terms, b.Progress,
            r.Time("created_at"), r.Text("created_by"), r.Long("version"));
    }

    // The status is also a column, for look-up; the body is authoritative.
    private sealed record Body(Identifier Target, MeasureTerms Terms, MeasureProgress Progress);
}
