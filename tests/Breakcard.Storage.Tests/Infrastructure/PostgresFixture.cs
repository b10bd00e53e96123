using Breakcard.Cases.Storage;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Breakcard.Storage.Tests.Infrastructure;

/// <summary>
/// PostgreSQL from <c>BREAKCARD_TEST_POSTGRES</c> (set by <c>./test.sh</c>): one database per
/// test class, created on start and dropped at the end; one schema per store inside it, so
/// tests never see each other's data. Without the variable, tests skip with the reason — except
/// under <c>CI=true</c>, where they fail: CI must test both engines.
/// </summary>
public sealed class PostgresFixture : IStoreFixture, IAsyncLifetime
{
    public const string Variable = "BREAKCARD_TEST_POSTGRES";

    private readonly string _database = "breakcard_test_" + Guid.NewGuid().ToString("N")[..16];
    private string? _server;
    private string? _unavailable;
    private int _next;

    public string Engine => "PostgreSQL";

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            _unavailable = $"{Variable} is not set; ./test.sh starts a throwaway PostgreSQL and sets it";
            return;
        }

        await using var c = new NpgsqlConnection(_server);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE {_database}";
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task<StoreLocation> NewLocationAsync()
    {
        RequireAvailable();
        var schema = $"s{Interlocked.Increment(ref _next)}";
        var b = new NpgsqlConnectionStringBuilder(_server) { Database = _database, SearchPath = schema, Pooling = true, MaxPoolSize = 20 };
        await using (var c = new NpgsqlConnection(b.ConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE SCHEMA {schema}";
            await cmd.ExecuteNonQueryAsync();
        }

        return StoreLocation.Parse(b.ConnectionString);
    }

    public async Task<TestStore> NewStoreAsync()
    {
        var location = await NewLocationAsync();
        var time = new FakeTimeProvider(TestStore.Start);
        ICaseStore store = await CaseStores.OpenAsync(location, time, TestContext.Current.CancellationToken);
        return new TestStore(store, location, time);
    }

    public async ValueTask DisposeAsync()
    {
        if (_unavailable is not null || _server is null)
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

    private void RequireAvailable()
    {
        if (_unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"PostgreSQL tests cannot run under CI=true: {_unavailable}.");
        }

        Assert.Skip($"PostgreSQL not available: {_unavailable}.");
    }
}
