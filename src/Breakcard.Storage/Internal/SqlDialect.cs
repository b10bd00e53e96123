using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Breakcard.Storage.Internal;

/// <summary>
/// What differs between the engines: transactions (SQLite serialises writers with BEGIN
/// IMMEDIATE; PostgreSQL locks the audit head row at the start of every write, which orders
/// writers the same way and rules out deadlocks), error codes, and the migration folder. The SQL
/// of the repositories is the same for both.
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect Sqlite { get; } = new SqliteDialect();

    public static SqlDialect Postgres { get; } = new PostgresDialect();

    /// <summary>"sqlite" or "postgres": the migration folder and the name in messages.</summary>
    public abstract string Name { get; }

    /// <summary>Begins a transaction on an open connection.</summary>
    public abstract ValueTask<DbTransaction> BeginAsync(DbConnection connection, bool write, CancellationToken cancellationToken);

    /// <summary>SQL run first in every write transaction, or null.</summary>
    public abstract string? WriteLockSql { get; }

    /// <summary>True when <paramref name="ex"/> is a unique or primary-key violation.</summary>
    public abstract bool IsUniqueViolation(DbException ex);

    /// <summary>SQL that serialises migration runs, or null when the transaction already does.</summary>
    public abstract string? MigrationLockSql { get; }

    private sealed class SqliteDialect : SqlDialect
    {
        public override string Name => "sqlite";

        public override string? WriteLockSql => null;

        public override string? MigrationLockSql => null;

        public override ValueTask<DbTransaction> BeginAsync(DbConnection connection, bool write, CancellationToken cancellationToken) =>
            // deferred: false is BEGIN IMMEDIATE — take the write lock now, so two writers never
            // both read and then fail to upgrade; readers use a deferred snapshot (WAL).
            ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: !write));

        public override bool IsUniqueViolation(DbException ex) =>
            ex is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 };
    }

    private sealed class PostgresDialect : SqlDialect
    {
        public override string Name => "postgres";

        public override string? WriteLockSql => "SELECT count FROM audit_head WHERE id = 1 FOR UPDATE";

        public override string? MigrationLockSql => "SELECT pg_advisory_xact_lock(7262101)";

        public override async ValueTask<DbTransaction> BeginAsync(DbConnection connection, bool write, CancellationToken cancellationToken)
        {
            var tx = await connection.BeginTransactionAsync(write ? IsolationLevel.ReadCommitted : IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
            if (!write)
            {
                await using var cmd = connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "SET TRANSACTION READ ONLY";
                await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return tx;
        }

        public override bool IsUniqueViolation(DbException ex) => ex is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
    }
}
