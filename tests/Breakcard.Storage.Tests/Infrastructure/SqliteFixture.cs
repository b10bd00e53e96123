using Breakcard.Cases.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Breakcard.Storage.Tests.Infrastructure;

/// <summary>SQLite: one temporary folder per test class, one file per store.</summary>
public sealed class SqliteFixture : IStoreFixture, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "breakcard-store-" + Guid.NewGuid().ToString("N"));
    private int _next;

    public string Engine => "SQLite";

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return ValueTask.CompletedTask;
    }

    public Task<StoreLocation> NewLocationAsync() =>
        Task.FromResult(StoreLocation.Parse("sqlite:" + Path.Combine(_folder, $"s{Interlocked.Increment(ref _next)}.db")));

    public async Task<TestStore> NewStoreAsync()
    {
        var location = await NewLocationAsync();
        var time = new FakeTimeProvider(TestStore.Start);
        ICaseStore store = await CaseStores.OpenAsync(location, time, TestContext.Current.CancellationToken);
        return new TestStore(store, location, time);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
