using System.Data.Common;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Breakcard.Storage.Tests.Infrastructure;

/// <summary>A fresh store for one test, with raw SQL access to tamper with it the way an attacker with database rights could.</summary>
public sealed class TestStore(ICaseStore store, StoreLocation location, FakeTimeProvider time) : IAsyncDisposable
{
    /// <summary>Processing time starts here (China time, the project's "today").</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8));

    public ICaseStore Store { get; } = store;

    public StoreLocation Location { get; } = location;

    public FakeTimeProvider Time { get; } = time;

    public CaseSystem System { get; } = new(store, time);

    /// <summary>The store's fault hook: called before every SQL statement.</summary>
    public Action<string>? BeforeStatement
    {
        get => ((SqlCaseStore)Store).BeforeStatement;
        set => ((SqlCaseStore)Store).BeforeStatement = value;
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var c = await OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string table)
    {
        await using var c = await OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), global::System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection c = Location.Engine == StoreEngine.Sqlite ? new SqliteConnection(Location.ConnectionString) : new NpgsqlConnection(Location.ConnectionString);
        await c.OpenAsync();
        return c;
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
