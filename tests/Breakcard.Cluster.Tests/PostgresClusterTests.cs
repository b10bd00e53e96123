using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Storage;
using Breakcard.Cluster.Tests.Support;
using Npgsql;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The cluster with membership and checkpoints in PostgreSQL (Orleans ADO.NET clustering over
/// the project's schema): no primary silo, so any silo — whichever hosts the stream — may die.
/// </summary>
public sealed class PostgresClusterTests
{
    [Fact]
    public async Task ThreeSilos_HostingSiloKilledTwice_SameOutputsAsSingleProcess_StateInPostgres()
    {
        await using var db = await TestPostgres.CreateAsync();
        var expected = TestWorld.SingleProcess;
        await using var cluster = await LoopbackCluster.StartAsync(3, db.ConnectionString, checkpointEvery: 4);

        var (result, actual, killed) = await KillRun.RunAsync(cluster, cluster.ClientSettings(), [4, 11], "bank-pg");

        Assert.Equal(2, killed.Count);
        Assert.True(result.Resends > 0, "nothing was replayed: the stream did not resume from an older checkpoint");
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(1, await db.CountAsync("SELECT count(*) FROM breakcard_grain_state WHERE state_name = 'monitor'"));
        // Three silos started, two of them restarted: five generations recorded, three of them alive (status 3 = Active).
        Assert.Equal(5, await db.CountAsync("SELECT count(*) FROM breakcard_membership"));
        Assert.Equal(3, await db.CountAsync("SELECT count(*) FROM breakcard_membership WHERE status = 3"));
    }

    [Fact]
    public async Task Schema_AppliedTwice_IsIdempotent()
    {
        await using var db = await TestPostgres.CreateAsync();
        await using var source = NpgsqlDataSource.Create(db.ConnectionString);

        await ClusterSchema.ApplyAsync(source, TestContext.Current.CancellationToken);
        await ClusterSchema.ApplyAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(9, await db.CountAsync("SELECT count(*) FROM OrleansQuery WHERE QueryKey LIKE '%Key'"));
        Assert.Equal(0, await db.CountAsync("SELECT count(*) FROM breakcard_grain_state"));
    }
}
