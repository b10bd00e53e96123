using Breakcard.Cases.Sharing;

namespace Breakcard.Cases.Storage;

/// <summary>Shares between institutions. Append-only.</summary>
public interface IShareRepository
{
    /// <summary>Adds a share.</summary>
    Task InsertAsync(Share share);

    /// <summary>Every share of a clue or case, oldest first.</summary>
    Task<IReadOnlyList<Share>> OfAsync(ShareSubject subject, string subjectId);

    /// <summary>Every share of that kind made to <paramref name="institutionId"/>, newest first.</summary>
    Task<IReadOnlyList<Share>> ToAsync(string institutionId, ShareSubject subject, int limit);
}
