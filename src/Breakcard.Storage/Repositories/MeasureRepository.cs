using System.Collections.Immutable;
using System.Data.Common;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Measures;
using Breakcard.Cases.Storage;
using Breakcard.Legal.Control;
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
            ("target", measure.Target.Reveal()), ("status", Codes.Of(measure.Status)), ("body", StoreJson.Write(Body.Of(measure))),
            ("created_at", measure.CreatedAt), ("created_by", measure.CreatedBy), ("version", measure.Version));

    public Task<MeasureRecord?> GetAsync(string id) => db.SingleAsync("SELECT * FROM measures WHERE id = @id", Map, ("id", id));

    public async Task<IReadOnlyList<MeasureRecord>> OfCaseAsync(string caseId) =>
        await db.QueryAsync("SELECT * FROM measures WHERE case_id = @case_id ORDER BY seq", Map, ("case_id", caseId)).ConfigureAwait(false);

    public Task UpdateAsync(MeasureRecord updated, long expectedVersion) =>
        Versioned.UpdateAsync(db, "measures", "measure", updated.Id, expectedVersion, updated.Version, "status = @status, body = @body",
            ("status", Codes.Of(updated.Status)), ("body", StoreJson.Write(Body.Of(updated))));

    private static MeasureRecord Map(DbDataReader r)
    {
        var id = r.Text("id");
        var b = StoreJson.ReadRequired<Body>(r.Text("body"), $"measure {id}");
        return new MeasureRecord(id, r.Text("institution_id"), r.NullableText("case_id"), b.Target, b.Actor, b.Kind, b.Findings, b.AppliedOn, b.Reason, b.Basis,
            b.RemedySteps, b.RemedySource, Codes.Parse<MeasureStatus>(r.Text("status")), b.Complaint, b.ComplainedOn, b.ReleasedOn, b.ReleaseReason,
            r.Time("created_at"), r.Text("created_by"), r.Long("version"));
    }

    private sealed record Body(
        Identifier Target,
        MeasureActor Actor,
        ControlMeasureKind Kind,
        ImmutableArray<MeasureTrigger> Findings,
        DateOnly AppliedOn,
        string Reason,
        string Basis,
        ImmutableArray<string> RemedySteps,
        string RemedySource,
        string? Complaint,
        DateOnly? ComplainedOn,
        DateOnly? ReleasedOn,
        string? ReleaseReason)
    {
        public static Body Of(MeasureRecord m) => new(m.Target, m.Actor, m.Kind, m.Findings, m.AppliedOn, m.Reason, m.Basis, m.RemedySteps, m.RemedySource,
            m.Complaint, m.ComplainedOn, m.ReleasedOn, m.ReleaseReason);
    }
}
