using System.Globalization;

namespace Breakcard.Cases.Errors;

/// <summary>
/// Optimistic concurrency: the record changed since the caller read it. Nothing was written; the
/// caller must reload and decide again.
/// </summary>
public sealed class ConcurrencyConflictException : CaseSystemException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What was being changed ("case").</param>
    /// <param name="id">Its id.</param>
    /// <param name="expectedVersion">The version the caller read.</param>
    /// <param name="actualVersion">The version in the store now.</param>
    public ConcurrencyConflictException(string what, string id, long expectedVersion, long actualVersion)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"conflict: {what} '{id}' was changed by someone else (you have version {expectedVersion}, the store has version {actualVersion}); nothing was written — reload it and try again"))
    {
        What = what;
        Id = id;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>What was being changed.</summary>
    public string What { get; }

    /// <summary>Its id.</summary>
    public string Id { get; }

    /// <summary>The version the caller read.</summary>
    public long ExpectedVersion { get; }

    /// <summary>The version in the store.</summary>
    public long ActualVersion { get; }
}
