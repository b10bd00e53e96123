using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Detection;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>One stream split over shard grains on two loopback silos that load <c>world</c> under <c>options</c>; its outputs.</summary>
public static class TwoSilos
{
    public static async Task<Outputs> RunShardedAsync(WorldReference world, DetectionOptions options, int shards, int batch, string stream, IReadOnlyList<WireEvent> events)
    {
        await using var cluster = await LoopbackCluster.StartAsync(2, runtime: s => MonitorRuntime.OverWorld(world, s, options));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0, 1), TestContext.Current.CancellationToken);
        var gateway = new ShardedGateway(ClusterClient.Of(client), shards, new GatewayOptions { BatchSize = batch }, world, options);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-twosilos-" + Guid.NewGuid().ToString("N")[..8]);

        await gateway.RunAsync(stream, events, output, TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        return actual;
    }
}
