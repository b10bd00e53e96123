using System.Data.Common;
using Breakcard.Cases.Discipline;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Storage;
using Breakcard.Legal.Discipline;
using Breakcard.Storage.Internal;

namespace Breakcard.Storage.Repositories;

internal sealed class ListingRepository(Db db) : IListingRepository
{
    public Task InsertAsync(ListingRecord listing) =>
        db.ExecuteAsync("""
            INSERT INTO listings (id, seq, identity_number, name, ground, listed_on, lifted_on, decided_by, decision_ref, case_id, expired_on, created_at, created_by, version)
            VALUES (@id, @seq, @identity, @name, @ground, @listed_on, @lifted_on, @decided_by, @decision_ref, @case_id, @expired_on, @created_at, @created_by, @version)
            """,
            ("id", listing.Id), ("seq", Read.SequenceOf(listing.Id)), ("identity", listing.IdentityNumber.Reveal()), ("name", listing.Name?.Reveal()),
            ("ground", Codes.Of(listing.Ground)), ("listed_on", listing.ListedOn), ("lifted_on", listing.LiftedOn), ("decided_by", listing.DecidedByInstitutionId),
            ("decision_ref", listing.DecisionRef), ("case_id", listing.CaseId), ("expired_on", listing.ExpiredOn), ("created_at", listing.CreatedAt),
            ("created_by", listing.CreatedBy), ("version", listing.Version));

    public Task<ListingRecord?> GetAsync(string id) => db.SingleAsync("SELECT * FROM listings WHERE id = @id", Map, ("id", id));

    public async Task<IReadOnlyList<ListingRecord>> OfIdentityAsync(Identifier identityNumber) =>
        await db.QueryAsync("SELECT * FROM listings WHERE identity_number = @identity ORDER BY seq", Map, ("identity", identityNumber.Reveal())).ConfigureAwait(false);

    public async Task<IReadOnlyList<ListingRecord>> ListAsync(string? decidedBy, bool includeExpired, int limit)
    {
        var where = (decidedBy is null ? "1 = 1" : "decided_by = @decided_by") + (includeExpired ? "" : " AND expired_on IS NULL");
        (string, object?)[] args = decidedBy is null ? [("limit", limit)] : [("decided_by", decidedBy), ("limit", limit)];
        return await db.QueryAsync($"SELECT * FROM listings WHERE {where} ORDER BY seq DESC LIMIT @limit", Map, args).ConfigureAwait(false);
    }

    public Task UpdateAsync(ListingRecord updated, long expectedVersion) =>
        Versioned.UpdateAsync(db, "listings", "listing", updated.Id, expectedVersion, updated.Version, "lifted_on = @lifted_on, expired_on = @expired_on",
            ("lifted_on", updated.LiftedOn), ("expired_on", updated.ExpiredOn));

    public Task InsertObjectionAsync(ObjectionRecord objection) =>
        db.ExecuteAsync("""
            INSERT INTO objections (id, seq, listing_id, filed_on, grounds, status, decided_on, decision_reason, recorded_by, decided_by, version)
            VALUES (@id, @seq, @listing, @filed_on, @grounds, @status, @decided_on, @reason, @recorded_by, @decided_by, @version)
            """,
            ("id", objection.Id), ("seq", Read.SequenceOf(objection.Id)), ("listing", objection.ListingId), ("filed_on", objection.FiledOn),
            ("grounds", objection.Grounds), ("status", Codes.Of(objection.Status)), ("decided_on", objection.DecidedOn), ("reason", objection.DecisionReason),
            ("recorded_by", objection.RecordedBy), ("decided_by", objection.DecidedBy), ("version", objection.Version));

    public async Task<IReadOnlyList<ObjectionRecord>> ObjectionsAsync(string listingId) =>
        await db.QueryAsync("SELECT * FROM objections WHERE listing_id = @listing ORDER BY seq", MapObjection, ("listing", listingId)).ConfigureAwait(false);

    public Task UpdateObjectionAsync(ObjectionRecord updated, long expectedVersion) =>
        Versioned.UpdateAsync(db, "objections", "objection", updated.Id, expectedVersion, updated.Version,
            "status = @status, decided_on = @decided_on, decision_reason = @reason, decided_by = @decided_by",
            ("status", Codes.Of(updated.Status)), ("decided_on", updated.DecidedOn), ("reason", updated.DecisionReason), ("decided_by", updated.DecidedBy));

    private static ListingRecord Map(DbDataReader r) => new(
        r.Text("id"), Identifier.Parse(IdentifierKind.IdentityNumber, r.Text("identity_number")),
        r.NullableText("name") is { } name ? Identifier.Parse(IdentifierKind.PersonName, name) : null,
        Codes.Parse<ListingGround>(r.Text("ground")), r.Date("listed_on"), r.NullableDate("lifted_on"), r.Text("decided_by"), r.Text("decision_ref"),
        r.NullableText("case_id"), r.NullableDate("expired_on"), r.Time("created_at"), r.Text("created_by"), r.Long("version"));

    private static ObjectionRecord MapObjection(DbDataReader r) => new(
        r.Text("id"), r.Text("listing_id"), r.Date("filed_on"), r.Text("grounds"), Codes.Parse<ObjectionStatus>(r.Text("status")),
        r.NullableDate("decided_on"), r.NullableText("decision_reason"), r.Text("recorded_by"), r.NullableText("decided_by"), r.Long("version"));
}
