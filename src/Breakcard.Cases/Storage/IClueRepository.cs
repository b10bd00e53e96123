using Breakcard.Cases.Clues;

namespace Breakcard.Cases.Storage;

/// <summary>Clues.</summary>
public interface IClueRepository
{
    /// <summary>Adds a clue.</summary>
    Task InsertAsync(Clue clue);

    /// <summary>The clue, or null.</summary>
    Task<Clue?> GetAsync(string id);

    /// <summary>Clues raised by <paramref name="institutionId"/>, newest first, optionally of one status.</summary>
    Task<IReadOnlyList<Clue>> ListAsync(string institutionId, ClueStatus? status, int limit);

    /// <summary>The oldest open clue <paramref name="institutionId"/> raised about <paramref name="subject"/>, or null.</summary>
    Task<Clue?> FindOpenAsync(string institutionId, Identifiers.Identifier subject);

    /// <summary>Clues with these ids, by id.</summary>
    Task<IReadOnlyList<Clue>> GetManyAsync(IReadOnlyCollection<string> ids);

    /// <summary>
    /// Sets status and case when the stored version is <paramref name="expectedVersion"/>, bumping
    /// it; throws <see cref="Errors.ConcurrencyConflictException"/> otherwise. Returns the updated clue.
    /// </summary>
    Task<Clue> UpdateStatusAsync(string id, ClueStatus status, string? caseId, long expectedVersion);
}
