using System.Data.Common;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;
using Breakcard.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Breakcard.Storage;

/// <summary>Opens stores: connects, applies pending migrations in one transaction, and hands back an <see cref="ICaseStore"/>.</summary>
public static class CaseStores
{
    /// <summary>
    /// Opens the store at <paramref name="location"/>, creating a SQLite file when missing, and
    /// brings its schema up to date. Throws <see cref="IOException"/> when it cannot be reached
    /// and <see cref="StoreVersionException"/> when its schema cannot be used.
    /// </summary>
    public static async Task<ICaseStore> OpenAsync(StoreLocation location, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(time);
        var store = location.Engine == StoreEngine.Sqlite ? await SqliteAsync(location, cancellationToken).ConfigureAwait(false) : Postgres(location);
        try
        {
            await Migrator.ApplyAsync(store, time, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (DbException ex)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"cannot open {location.Description}: {ex.Message}", ex);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens the store named by the option text (see <see cref="StoreLocation"/>).</summary>
    public static Task<ICaseStore> OpenAsync(string location, TimeProvider time, CancellationToken cancellationToken) =>
        OpenAsync(StoreLocation.Parse(location), time, cancellationToken);

    private static async Task<SqlCaseStore> SqliteAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        var path = new SqliteConnectionStringBuilder(location.ConnectionString).DataSource;
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder && !Directory.Exists(folder))
        {
            throw new IOException($"cannot open {location.Description}: the folder {folder} does not exist");
        }

        async ValueTask<DbConnection> Open(CancellationToken ct)
        {
            var c = new SqliteConnection(location.ConnectionString);
            try
            {
                await c.OpenAsync(ct).ConfigureAwait(false);
                await using var pragma = c.CreateCommand();
                // FULL: a committed transaction survives power loss, not only a process crash.
                pragma.CommandText = "PRAGMA synchronous = FULL";
                await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                return c;
            }
            catch
            {
                await c.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        try
        {
            await using var first = await Open(cancellationToken).ConfigureAwait(false);
            await using var wal = first.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new IOException($"cannot open {location.Description}: {ex.Message}", ex);
        }

        return new SqlCaseStore(SqlDialect.Sqlite, location.Description, Open, () =>
        {
            SqliteConnection.ClearPool(new SqliteConnection(location.ConnectionString));
            return ValueTask.CompletedTask;
        });
    }

    private static SqlCaseStore Postgres(StoreLocation location)
    {
        var source = NpgsqlDataSource.Create(location.ConnectionString);
        return new SqlCaseStore(SqlDialect.Postgres, location.Description,
            async ct => await source.OpenConnectionAsync(ct).ConfigureAwait(false), source.DisposeAsync);
    }
}
