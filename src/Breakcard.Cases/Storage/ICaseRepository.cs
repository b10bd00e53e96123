using Breakcard.Cases.CaseFiles;

namespace Breakcard.Cases.Storage;

/// <summary>Cases, their items and their timelines.</summary>
public interface ICaseRepository
{
    /// <summary>Adds a case.</summary>
    Task InsertAsync(CaseRecord record);

    /// <summary>The case, or null.</summary>
    Task<CaseRecord?> GetAsync(string id);

    /// <summary>Cases matching the query.</summary>
    Task<IReadOnlyList<CaseRecord>> ListAsync(CaseQuery query);

    /// <summary>
    /// Replaces the header with <paramref name="updated"/> (whose version must be
    /// <paramref name="expectedVersion"/> + 1) when the stored version is
    /// <paramref name="expectedVersion"/>; throws <see cref="Errors.ConcurrencyConflictException"/>
    /// otherwise, writing nothing.
    /// </summary>
    Task UpdateAsync(CaseRecord updated, long expectedVersion);

    /// <summary>Adds an item.</summary>
    Task InsertItemAsync(CaseItem item);

    /// <summary>Every item of a case, in the order added.</summary>
    Task<IReadOnlyList<CaseItem>> ItemsAsync(string caseId);

    /// <summary>Adds a timeline entry.</summary>
    Task InsertTimelineAsync(TimelineEntry entry);

    /// <summary>The case's timeline, oldest first.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string caseId);
}
