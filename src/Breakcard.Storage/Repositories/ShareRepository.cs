using System.Data.Common;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;

namespace Breakcard.Storage.Repositories;

internal sealed class ShareRepository(Db db) : IShareRepository
{
    public Task InsertAsync(Share share) =>
        db.ExecuteAsync("""
            INSERT INTO shares (id, seq, subject, subject_id, from_institution, to_institution, fields, items, purpose, at, by_user)
            VALUES (@id, @seq, @subject, @subject_id, @from, @to, @fields, @items, @purpose, @at, @by)
            """,
            ("id", share.Id), ("seq", Read.SequenceOf(share.Id)), ("subject", Codes.Of(share.Subject)), ("subject_id", share.SubjectId),
            ("from", share.FromInstitutionId), ("to", share.ToInstitutionId), ("fields", string.Join(",", share.ClueFields.Select(Codes.Of))),
            ("items", string.Join(",", share.ItemIds)), ("purpose", share.Purpose), ("at", share.At), ("by", share.By));

    public async Task<IReadOnlyList<Share>> OfAsync(ShareSubject subject, string subjectId) =>
        await db.QueryAsync("SELECT * FROM shares WHERE subject = @subject AND subject_id = @subject_id ORDER BY seq", Map,
            ("subject", Codes.Of(subject)), ("subject_id", subjectId)).ConfigureAwait(false);

    public async Task<IReadOnlyList<Share>> ToAsync(string institutionId, ShareSubject subject, int limit) =>
        await db.QueryAsync("SELECT * FROM shares WHERE to_institution = @to AND subject = @subject ORDER BY seq DESC LIMIT @limit", Map,
            ("to", institutionId), ("subject", Codes.Of(subject)), ("limit", limit)).ConfigureAwait(false);

    private static Share Map(DbDataReader r) => new(
        r.Text("id"), Codes.Parse<ShareSubject>(r.Text("subject")), r.Text("subject_id"), r.Text("from_institution"), r.Text("to_institution"),
        [.. Split(r.Text("fields")).Select(Codes.Parse<ClueField>)], [.. Split(r.Text("items"))], r.Text("purpose"), r.Time("at"), r.Text("by_user"));

    private static string[] Split(string list) => list.Length == 0 ? [] : list.Split(',');
}
