using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard activation that is behind its own storage: while a silo is being declared dead, a second
/// activation of a shard can start from the checkpoint it read, and the first can then write a later
/// one that the gateway trims its replay buffer to. The late activation must take up the later
/// checkpoint instead of asking for batches the gateway no longer holds (a fresh-clone CI run
/// failed once on this: "shard 0 resumed at batch 124, before the gateway's replay buffer (from 128)").
/// </summary>
public sealed class ShardCatchUpTests
{
    private static readonly DetectionOptions Local = LocalIndicators.Apply(DetectionOptions.Default);

    [Fact]
    public async Task ActivationBehindItsStorage_TakesUpTheLaterCheckpoint_ByteIdenticalToSingleProcess()
    {
        var expected = TestWorld.RunSingle(TestWorld.WorldFolder, null, Local);
        await using var cluster = await LoopbackCluster.StartAsync(2, checkpointEvery: 4);
        var settings = cluster.ClientSettings(0);
        using var client = await ClusterClient.StartAsync(settings, TestContext.Current.CancellationToken);
        var events = TestWorld.Events();
        const int Shards = 6, Batch = 500, CopyOld = 6, Rewind = 11;
        const string Stream = "bank-scatch";
        Assert.True(events.Count / Batch > Rewind + 2, "the stream is too short");
        var grains = Enumerable.Range(0, Shards).Select(k => ClusterClient.Of(client).GetGrain<IShardGrain>(ShardGrain.Key(Stream, k, Shards))).ToArray();
        var gateway = new ShardedGateway(ClusterClient.Of(client), Shards, new GatewayOptions { BatchSize = Batch, RetryPause = TimeSpan.FromMilliseconds(200) });
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-catchup-" + Guid.NewGuid().ToString("N")[..8]);
        var old = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var rewound = 0;

        string[] StateFiles() => Directory.GetFiles(settings.StateFolder, "*" + Stream + "*.state");

        IEnumerable<Grains.WireEvent> WithRewind()
        {
            for (var i = 0; i < events.Count; i++)
            {
                if (i % Batch == 0 && i / Batch == CopyOld)
                {
                    // Every shard has written its checkpoint at batch 4 (and none at 8 yet).
                    foreach (var file in StateFiles())
                    {
                        old[file] = File.ReadAllBytes(file);
                    }
                }
                else if (i % Batch == 0 && i / Batch == Rewind)
                {
                    // Checkpoints at batch 8 are written and acknowledged, so the gateway holds batches from 8 on.
                    // Silo 1's shards are activated again from the checkpoint at 4, then storage gets the one at 8
                    // back: those activations are now behind their storage, as a second activation would be.
                    var onOne = grains.Count(g => cluster.IndexOf(g.SiloAsync().GetAwaiter().GetResult()) == 1);
                    Assert.True(onOne > 0, "no shard on silo 1");
                    var current = StateFiles().ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);
                    cluster.KillAsync(1).GetAwaiter().GetResult();
                    foreach (var (file, bytes) in old)
                    {
                        File.WriteAllBytes(file, bytes);
                    }

                    cluster.StartSiloAsync(1).GetAwaiter().GetResult();
                    foreach (var grain in grains)
                    {
                        _ = grain.SiloAsync().GetAwaiter().GetResult();
                    }

                    foreach (var (file, bytes) in current)
                    {
                        File.WriteAllBytes(file, bytes);
                    }

                    rewound = onOne;
                }

                yield return events[i];
            }
        }

        var result = await Task.Run(() => gateway.RunAsync(Stream, WithRewind(), output, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(Shards, old.Count);
        Assert.True(rewound > 0);
        Assert.Equal(events.Count, result.Events);
        Assert.Equal(expected.AlertCount, result.Alerts);
        Outputs.AssertIdentical(expected, actual);
    }
}
