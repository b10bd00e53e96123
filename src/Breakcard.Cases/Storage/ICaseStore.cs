namespace Breakcard.Cases.Storage;

/// <summary>
/// Where the case system keeps its records (SQLite or PostgreSQL in <c>Breakcard.Storage</c>).
/// All work happens in transactions: a write either commits completely — the change, its
/// timeline entry and its audit entry together — or not at all. Implementations are thread safe.
/// </summary>
public interface ICaseStore : IAsyncDisposable
{
    /// <summary>A short description for messages ("SQLite file /data/breakcard.db"), without credentials.</summary>
    string Description { get; }

    /// <summary>Runs <paramref name="work"/> in a read-only transaction that sees one consistent snapshot.</summary>
    Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a read-write transaction and commits when it returns; any
    /// exception rolls everything back. Writers are serialised where the audit chain needs it.
    /// </summary>
    Task<T> WriteAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken);
}
