using Breakcard.Cases.Discipline;
using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.Storage;

/// <summary>Disciplinary listings and objections.</summary>
public interface IListingRepository
{
    /// <summary>Adds a listing.</summary>
    Task InsertAsync(ListingRecord listing);

    /// <summary>The listing, or null.</summary>
    Task<ListingRecord?> GetAsync(string id);

    /// <summary>Every listing of an identity, oldest first.</summary>
    Task<IReadOnlyList<ListingRecord>> OfIdentityAsync(Identifier identityNumber);

    /// <summary>Listings, optionally decided by one institution, newest first.</summary>
    Task<IReadOnlyList<ListingRecord>> ListAsync(string? decidedBy, bool includeExpired, int limit);

    /// <summary>Replaces the listing when the stored version is <paramref name="expectedVersion"/>; throws <see cref="Errors.ConcurrencyConflictException"/> otherwise.</summary>
    Task UpdateAsync(ListingRecord updated, long expectedVersion);

    /// <summary>Adds an objection.</summary>
    Task InsertObjectionAsync(ObjectionRecord objection);

    /// <summary>Objections to a listing, oldest first.</summary>
    Task<IReadOnlyList<ObjectionRecord>> ObjectionsAsync(string listingId);

    /// <summary>Replaces the objection when the stored version is <paramref name="expectedVersion"/>; throws <see cref="Errors.ConcurrencyConflictException"/> otherwise.</summary>
    Task UpdateObjectionAsync(ObjectionRecord updated, long expectedVersion);
}
