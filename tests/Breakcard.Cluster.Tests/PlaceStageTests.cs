using System.Text;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The place stage of the sharded mode (ADR 0177, 0188): with it, SHARED_DEVICE and SIM_CLUSTER are
/// computed exactly, so the sharded mode's outputs are byte for byte those of the single-process
/// engine with the remaining cross-entity indicators off — at any shard count and batch size
/// (batches of one event: <see cref="PlaceStageCaseTests"/>).
/// </summary>
public sealed class PlaceStageTests
{
    private static readonly DetectionOptions Local = LocalIndicators.Apply(DetectionOptions.Default);

    private static readonly Lazy<Outputs> SingleLocal = new(() => TestWorld.RunSingle(TestWorld.WorldFolder, null, Local));

    [Fact]
    public void TestWorld_AlertsOnThePlaceIndicators_SoTheComparisonCoversThem()
    {
        var alerts = Encoding.UTF8.GetString(SingleLocal.Value.Alerts);
        Assert.Contains("\"SHARED_DEVICE\"", alerts, StringComparison.Ordinal);
        Assert.Contains("\"SIM_CLUSTER\"", alerts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 997)]
    [InlineData(3, 250)]
    [InlineData(5, 128)]
    public async Task ShardedRun_ByteIdenticalToSingleProcess_WithThePlaceIndicatorsOn(int shards, int batch)
    {
        var expected = SingleLocal.Value;
        await using var cluster = await LoopbackCluster.StartAsync(2);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0, 1), TestContext.Current.CancellationToken);
        var events = TestWorld.Events();
        var gateway = new ShardedGateway(ClusterClient.Of(client), shards, new GatewayOptions { BatchSize = batch });
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-places-" + Guid.NewGuid().ToString("N")[..8]);

        var result = await gateway.RunAsync($"bank-p{shards}-{batch}", events, output, TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(events.Count, result.Events);
        Assert.Equal(expected.AlertCount, result.Alerts);
        Outputs.AssertIdentical(expected, actual);
    }
}
