using System.Text;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Microsoft.Extensions.Hosting;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The sharded mode (ADR 0155): a stream split over shard grains by entity gives exactly the
/// single-process engine's outputs when that engine runs with the same local-indicator options.
/// </summary>
public sealed class ShardedModeTests
{
    private static readonly DetectionOptions Local = LocalIndicators.Apply(DetectionOptions.Default);

    private static readonly Lazy<Outputs> SingleLocal = new(() => TestWorld.RunSingle(TestWorld.WorldFolder, null, Local));

    private static readonly Lazy<Outputs> SingleLocalWithEntities = new(() => TestWorld.RunSingle(TestWorld.WorldFolder, TestWorld.Reference, Local));

    [Fact]
    public void ShardOf_IsFnv1aOfTheIdentifierModuloShards()
    {
        // FNV-1a 32-bit published test vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
        Assert.Equal((int)(0x811c9dc5u % 7), ShardRouter.ShardOf(string.Empty, 7));
        Assert.Equal((int)(0xe40c292cu % 5), ShardRouter.ShardOf("a", 5));
        Assert.Equal((int)(0xbf9cf968u % 6), ShardRouter.ShardOf("foobar", 6));
        Assert.Equal(0, ShardRouter.ShardOf("foobar", 1));
    }

    [Fact]
    public async Task ThreeSilos_SixShards_ByteIdenticalToSingleProcessWithLocalIndicators()
    {
        var expected = SingleLocal.Value;
        await using var cluster = await LoopbackCluster.StartAsync(3);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0, 1, 2), TestContext.Current.CancellationToken);
        var events = TestWorld.Events();
        var gateway = new ShardedGateway(ClusterClient.Of(client), 6, new GatewayOptions { BatchSize = 500 });
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-sharded-" + Guid.NewGuid().ToString("N")[..8]);

        var result = await gateway.RunAsync("bank-s", events, output, TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(events.Count, result.Events);
        Assert.True(result.Silos.Count >= 2, $"the six shards ran on {result.Silos.Count} silo(s) only");
        Assert.Equal(expected.AlertCount, result.Alerts);
        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public async Task TwoSilos_FourShards_WorldEntityFiles_ByteIdenticalToSingleProcessWithLocalIndicators()
    {
        var expected = SingleLocalWithEntities.Value;
        Assert.NotEqual(SingleLocal.Value.Alerts, expected.Alerts); // the entity files change what is found
        await using var cluster = await LoopbackCluster.StartAsync(2, runtime: s => MonitorRuntime.OverWorld(TestWorld.Reference, s));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0, 1), TestContext.Current.CancellationToken);
        var gateway = new ShardedGateway(ClusterClient.Of(client), 4, new GatewayOptions { BatchSize = 700 }, TestWorld.Reference);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-shardedw-" + Guid.NewGuid().ToString("N")[..8]);

        await gateway.RunAsync("bank-sw", TestWorld.Events(), output, TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.True(expected.AlertCount > 5, $"the test world raises only {expected.AlertCount} alerts");
        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public async Task SilosHostingShardsKilled_AtThreePoints_ShardsResumeFromCheckpoints_ByteIdenticalToSingleProcess()
    {
        var expected = SingleLocal.Value;
        await using var cluster = await LoopbackCluster.StartAsync(3, checkpointEvery: 4);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0), TestContext.Current.CancellationToken);
        await UntilActiveAsync(client, 3);
        var events = TestWorld.Events();
        const int Shards = 6, Batch = 500;
        // Between checkpoints (every 4 batches), so shards resume from an older checkpoint and batches are replayed.
        int[] killAt = [3, 9, 14];
        Assert.True(events.Count / Batch > killAt.Max() + 2, "the stream is too short for the kill points");
        var gateway = new ShardedGateway(ClusterClient.Of(client), Shards, new GatewayOptions { BatchSize = Batch, RetryPause = TimeSpan.FromMilliseconds(200) });
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-shardkill-" + Guid.NewGuid().ToString("N")[..8]);
        var killed = new List<int>();

        IEnumerable<Grains.WireEvent> WithKills()
        {
            for (var i = 0; i < events.Count; i++)
            {
                if (i % Batch == 0 && killAt.Contains(i / Batch))
                {
                    // The silo (not the primary, which holds localhost membership) hosting most shards now.
                    var victim = Enumerable.Range(0, Shards)
                        .Select(k => cluster.IndexOf(ClusterClient.Of(client).GetGrain<IShardGrain>(ShardGrain.Key("bank-skill", k, Shards)).SiloAsync().GetAwaiter().GetResult()))
                        .Where(cluster.MayKill).GroupBy(h => h).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).DefaultIfEmpty(-1).First();
                    Assert.True(victim > 0, "every shard is on the primary silo, which this test may not kill");
                    killed.Add(victim);
                    cluster.KillAsync(victim).GetAwaiter().GetResult();
                    cluster.StartSiloAsync(victim).GetAwaiter().GetResult();
                }

                yield return events[i];
            }
        }

        var result = await Task.Run(() => gateway.RunAsync("bank-skill", WithKills(), output, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(3, killed.Count);
        Assert.Equal(events.Count, result.Events);
        Assert.True(result.Resends > 0, "nothing was replayed: no shard resumed from an older checkpoint");
        Assert.Equal(expected.AlertCount, result.Alerts);
        Outputs.AssertIdentical(expected, actual);
    }

    /// <summary>
    /// Waits until the primary sees <paramref name="silos"/> active silos: shards are placed over the
    /// silos the placing silo knows, and a silo still joining (the machine busy after an earlier
    /// test) would leave every shard on the primary, which the kill test may not kill.
    /// </summary>
    private static async Task UntilActiveAsync(IHost client, int silos)
    {
        var management = ClusterClient.Of(client).GetGrain<IManagementGrain>(0);
        for (var i = 0; i < 300 && (await management.GetHosts(onlyActive: true)).Count < silos; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task ReusedStreamName_IsRefused_NamingTheShard()
    {
        await using var cluster = await LoopbackCluster.StartAsync(1);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0), TestContext.Current.CancellationToken);
        var events = TestWorld.Events().Take(1_200).ToList();
        var gateway = new ShardedGateway(ClusterClient.Of(client), 2, new GatewayOptions { BatchSize = 500 });
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-sharduse-" + Guid.NewGuid().ToString("N")[..8]);
        await gateway.RunAsync("bank-twice", events, output, TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.RunAsync("bank-twice", events, output, TestContext.Current.CancellationToken));

        Directory.Delete(output, recursive: true);
        Assert.Matches("shard bank-twice/[01]/2 has ended; batch 0 cannot be applied", ex.Message);
    }
}
