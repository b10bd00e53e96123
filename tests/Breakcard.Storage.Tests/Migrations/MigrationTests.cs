using Breakcard.Cases.Storage;
using Breakcard.Storage.Migrations;
using Breakcard.Storage.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Breakcard.Storage.Tests.Migrations;

/// <summary>Migrations are applied on start, once, in a transaction, and refuse stores they cannot serve.</summary>
public abstract class MigrationTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_FreshStore_AppliesEveryMigrationAndRecordsIt()
    {
        await using var store = await fixture.NewStoreAsync();
        var engine = store.Location.Engine == StoreEngine.Sqlite ? "sqlite" : "postgres";
        Assert.Equal(MigrationCatalog.For(engine).Count, await store.CountAsync("schema_migrations"));
        var entries = await store.Store.ReadAsync(s => s.Audit.EntriesAsync(null, 1, 10), Ct);
        var first = Assert.Single(entries);
        Assert.Equal("store.migrate", first.Action);
        Assert.Contains("\"applied\":[1,2]", first.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_SecondTime_AppliesNothingAndKeepsData()
    {
        var location = await fixture.NewLocationAsync();
        var time = new FakeTimeProvider(TestStore.Start);
        await using (var first = await CaseStores.OpenAsync(location, time, Ct))
        {
            await first.WriteAsync(s => s.NextNumberAsync("case"), Ct);
        }

        await using var second = await CaseStores.OpenAsync(location, time, Ct);
        var head = await second.ReadAsync(s => s.Audit.HeadAsync(), Ct);
        Assert.Equal(1, head.Count); // only the first run's migration entry
        Assert.Equal(2, await second.WriteAsync(s => s.NextNumberAsync("case"), Ct));
    }

    [Fact]
    public async Task Open_MigrationEditedAfterApplying_RefusedWithVersionAndChecksums()
    {
        await using var store = await fixture.NewStoreAsync();
        await store.ExecuteAsync("UPDATE schema_migrations SET checksum = 'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff' WHERE version = 1");
        var ex = await Assert.ThrowsAsync<StoreVersionException>(() => CaseStores.OpenAsync(store.Location, store.Time, Ct));
        Assert.Contains("migration 1 (initial) was changed after it was applied", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_StoreFromNewerVersion_RefusedWithoutChangingIt()
    {
        await using var store = await fixture.NewStoreAsync();
        await store.ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (99, 'future', 'x', '2030-01-01')");
        var ex = await Assert.ThrowsAsync<StoreVersionException>(() => CaseStores.OpenAsync(store.Location, store.Time, Ct));
        Assert.Contains("schema version 99", ex.Message, StringComparison.Ordinal);
        var engine = store.Location.Engine == StoreEngine.Sqlite ? "sqlite" : "postgres";
        Assert.Equal(MigrationCatalog.For(engine).Count + 1, await store.CountAsync("schema_migrations")); // the known ones and the future one, nothing else

    }

    [Fact]
    public void Catalog_BothEngines_HaveTheSameVersionsAndNames()
    {
        Assert.Equal(
            MigrationCatalog.For("sqlite").Select(m => (m.Version, m.Name)),
            MigrationCatalog.For("postgres").Select(m => (m.Version, m.Name)));
    }
}

public sealed class SqliteMigrationTests(SqliteFixture fixture) : MigrationTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresMigrationTests(PostgresFixture fixture) : MigrationTests(fixture), IClassFixture<PostgresFixture>;
