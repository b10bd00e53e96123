using System.Data.Common;
using Breakcard.Cases.Storage;

namespace Breakcard.Storage.Internal;

/// <summary>
/// The store over either engine: opens a connection per unit of work, runs it in a transaction
/// (a write takes the writers' lock first), commits when the work returns and rolls back on any
/// exception — so a failure between two statements leaves nothing half-written. Thread safe.
/// </summary>
internal sealed class SqlCaseStore(SqlDialect dialect, string description, Func<CancellationToken, ValueTask<DbConnection>> open, Func<ValueTask> dispose) : ICaseStore
{
    public SqlDialect Dialect { get; } = dialect;

    public string Description { get; } = description;

    /// <summary>Called before every SQL statement; tests throw from it to simulate a crash mid-write.</summary>
    internal Action<string>? BeforeStatement { get; set; }

    public Task<T> ReadAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken) => RunAsync(work, write: false, cancellationToken);

    public Task<T> WriteAsync<T>(Func<IStoreSession, Task<T>> work, CancellationToken cancellationToken) => RunAsync(work, write: true, cancellationToken);

    public ValueTask DisposeAsync() => dispose();

    internal async Task<T> RunAsync<T>(Func<IStoreSession, Task<T>> work, bool write, CancellationToken cancellationToken, bool skipWriteLock = false)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await open(cancellationToken).ConfigureAwait(false);
        await using var transaction = await Dialect.BeginAsync(connection, write, cancellationToken).ConfigureAwait(false);
        var db = new Db(connection, transaction, Dialect, BeforeStatement, cancellationToken);
        if (write && !skipWriteLock && Dialect.WriteLockSql is { } lockSql)
        {
            await db.ExecuteAsync(lockSql).ConfigureAwait(false);
        }

        var result = await work(new SqlSession(db)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}
