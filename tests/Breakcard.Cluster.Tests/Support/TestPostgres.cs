using Npgsql;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// A database of its own on the PostgreSQL of <c>BREAKCARD_TEST_POSTGRES</c> (set by ./test.sh),
/// dropped at the end. Without the variable the test is skipped with the reason — except under
/// <c>CI=true</c>, where it fails: CI must run the PostgreSQL cluster.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    public const string Variable = "BREAKCARD_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _database = "breakcard_cluster_" + Guid.NewGuid().ToString("N")[..12];

    private TestPostgres(string server) => _server = server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database, Pooling = true, MaxPoolSize = 30 }.ConnectionString;

    public static async Task<TestPostgres> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            var reason = $"{Variable} is not set; ./test.sh starts a throwaway PostgreSQL and sets it";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), reason);
            Assert.Skip(reason);
        }

        var db = new TestPostgres(server);
        await using var c = new NpgsqlConnection(server);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE {db._database}", c);
        await cmd.ExecuteNonQueryAsync();
        return db;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(_server);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
