using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Storage;
using Breakcard.Cluster.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// Checkpoint storage: what is written reads back, and a stale activation (one that read an older
/// version) cannot overwrite a newer checkpoint — on both the folder and PostgreSQL storage.
/// </summary>
public sealed class GrainStorageTests : IDisposable
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "breakcard-grain-storage-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public Task Folder_StaleWriterRefused_NewestCheckpointKept() => StaleWriterRefused(new FileGrainStorage(_folder, Serializer));

    // Two storages over one folder are two silo processes: the stale writer's storage never saw
    // the newer version, so the check must read it from the file (ADR 0313).
    [Fact]
    public Task Folder_StaleWriterOfAnotherSilo_Refused() =>
        StaleWriterRefused(new FileGrainStorage(_folder, Serializer), new FileGrainStorage(_folder, Serializer));

    [Fact]
    public async Task Folder_DamagedHeader_WriteRefusedNamingTheFile()
    {
        var storage = new FileGrainStorage(_folder, Serializer);
        var grain = GrainId.Create("monitor", "bank-a");
        var state = new GrainState<MonitorGrainState>();
        await storage.ReadStateAsync("monitor", grain, state);
        await storage.WriteStateAsync("monitor", grain, state);
        var file = Assert.Single(Directory.GetFiles(_folder, "*.state"));
        await File.WriteAllBytesAsync(file, [1, 0, 0, 0, 0], TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => storage.WriteStateAsync("monitor", grain, state));
        Assert.Contains(file, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_StaleWriterRefused_NewestCheckpointKept()
    {
        await using var db = await TestPostgres.CreateAsync();
        await using var source = NpgsqlDataSource.Create(db.ConnectionString);
        await ClusterSchema.ApplyAsync(source, TestContext.Current.CancellationToken);
        await StaleWriterRefused(new PostgresGrainStorage(source, Serializer, "test"));
    }

    private static async Task StaleWriterRefused(IGrainStorage storage, IGrainStorage? other = null)
    {
        other ??= storage;
        var grain = GrainId.Create("monitor", "bank-a");
        var first = new GrainState<MonitorGrainState>();
        await storage.ReadStateAsync("monitor", grain, first);
        Assert.False(first.RecordExists);
        first.State!.Batches = 32;
        first.State!.Snapshot = [1, 2, 3];
        await storage.WriteStateAsync("monitor", grain, first);

        // A second activation (the stream moved) reads the checkpoint and moves on.
        var second = new GrainState<MonitorGrainState>();
        await other.ReadStateAsync("monitor", grain, second);
        Assert.Equal(32, second.State!.Batches);
        Assert.Equal([1, 2, 3], second.State!.Snapshot);
        second.State!.Batches = 64;
        await other.WriteStateAsync("monitor", grain, second);

        // The first, stale activation tries to write an older stream position.
        first.State!.Batches = 40;
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("monitor", grain, first));

        var check = new GrainState<MonitorGrainState>();
        await storage.ReadStateAsync("monitor", grain, check);
        Assert.Equal(64, check.State!.Batches);
    }
}
