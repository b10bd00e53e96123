using System.Data.Common;
using System.Runtime.CompilerServices;

namespace Breakcard.Storage.Internal;

/// <summary>
/// One transaction's connection with small helpers for parameterised SQL. Every command goes
/// through <see cref="Command"/>, which calls the store's fault hook first (tests inject a
/// failure between statements there to prove nothing is half-written).
/// </summary>
internal sealed class Db(DbConnection connection, DbTransaction transaction, SqlDialect dialect, Action<string>? beforeStatement, CancellationToken cancellation)
{
    public SqlDialect Dialect { get; } = dialect;

    public CancellationToken Cancellation { get; } = cancellation;

    public DbCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        beforeStatement?.Invoke(sql);
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value switch
            {
                null => DBNull.Value,
                DateTimeOffset t => t.ToUniversalTime(),
                _ => value,
            };
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] args)
    {
        await using var cmd = Command(sql, args);
        return await cmd.ExecuteNonQueryAsync(Cancellation).ConfigureAwait(false);
    }

    public async Task<object?> ScalarAsync(string sql, params (string Name, object? Value)[] args)
    {
        await using var cmd = Command(sql, args);
        var value = await cmd.ExecuteScalarAsync(Cancellation).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] args)
    {
        await using var cmd = Command(sql, args);
        await using var reader = await cmd.ExecuteReaderAsync(Cancellation).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(Cancellation).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public async Task<T?> SingleAsync<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] args) where T : class =>
        (await QueryAsync(sql, map, args).ConfigureAwait(false)).FirstOrDefault();

    public async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<DbDataReader, T> map, [EnumeratorCancellation] CancellationToken cancellationToken, params (string Name, object? Value)[] args)
    {
        await using var cmd = Command(sql, args);
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return map(reader);
        }
    }
}
