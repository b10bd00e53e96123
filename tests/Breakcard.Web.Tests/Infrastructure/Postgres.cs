using Npgsql;

namespace Breakcard.Web.Tests.Infrastructure;

/// <summary>
/// PostgreSQL from <c>BREAKCARD_TEST_POSTGRES</c> (set by <c>./test.sh</c>): one database per test
/// class, one schema per host. Without the variable the PostgreSQL tests are skipped with the
/// reason, and fail under <c>CI=true</c>.
/// </summary>
public sealed class Postgres : IAsyncLifetime
{
    private readonly string _database = "breakcard_web_" + Guid.NewGuid().ToString("N")[..16];
    private string? _server;
    private int _next;

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("BREAKCARD_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        await using var c = new NpgsqlConnection(_server);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE {_database}";
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>A connection string to a fresh schema.</summary>
    public async Task<string> NewStoreAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            const string why = "BREAKCARD_TEST_POSTGRES is not set; ./test.sh starts a throwaway PostgreSQL and sets it";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("PostgreSQL tests cannot run under CI=true: " + why);
            }

            Assert.Skip("PostgreSQL not available: " + why);
        }

        var schema = $"s{Interlocked.Increment(ref _next)}";
        var b = new NpgsqlConnectionStringBuilder(_server) { Database = _database, SearchPath = schema, Pooling = true, MaxPoolSize = 20 };
        await using (var c = new NpgsqlConnection(b.ConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE SCHEMA {schema}";
            await cmd.ExecuteNonQueryAsync();
        }

        return b.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (string.IsNullOrWhiteSpace(_server))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(_server);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)";
        await cmd.ExecuteNonQueryAsync();
    }
}
