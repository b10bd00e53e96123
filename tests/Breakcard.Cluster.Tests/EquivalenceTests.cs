using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Tests.Support;

namespace Breakcard.Cluster.Tests;

/// <summary>The cluster gives exactly the outputs of the single-process engine on the same input.</summary>
public sealed class EquivalenceTests
{
    [Fact]
    public async Task ThreeSilos_SameInput_ByteIdenticalAlertsScoresAndSummary()
    {
        var expected = TestWorld.SingleProcess;
        Assert.True(expected.AlertCount > 5, $"the test world raises only {expected.AlertCount} alerts");
        await using var cluster = await LoopbackCluster.StartAsync(3);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(1, 2), TestContext.Current.CancellationToken);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-eq-" + Guid.NewGuid().ToString("N")[..8]);
        var events = TestWorld.Events();
        var gateway = new IngestGateway(ClusterClient.Of(client), new GatewayOptions { BatchSize = 500 });

        var result = await gateway.RunAsync("bank-a", events, output, TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(events.Count, result.Events);
        Assert.Equal((events.Count + 499) / 500, result.Batches);
        Assert.Equal(0, result.Resends);
        Assert.Equal(expected.AlertCount, result.Alerts);
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
    }

    [Fact]
    public async Task TwoSilos_WorldEntityFilesAsReference_ByteIdenticalToSingleProcess()
    {
        var expected = TestWorld.SingleProcessWithEntities;
        Assert.NotEqual(TestWorld.SingleProcess.Alerts, expected.Alerts); // the entity files change what is found
        await using var cluster = await LoopbackCluster.StartAsync(2, runtime: s => MonitorRuntime.OverWorld(TestWorld.Reference, s));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(1), TestContext.Current.CancellationToken);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-eqw-" + Guid.NewGuid().ToString("N")[..8]);
        var gateway = new IngestGateway(ClusterClient.Of(client), new GatewayOptions { BatchSize = 700 });

        await gateway.RunAsync("bank-w", TestWorld.Events(), output, TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.True(expected.AlertCount > 5, $"the test world raises only {expected.AlertCount} alerts");
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
    }

    [Fact]
    public async Task StreamAlreadyFed_NewRunRefusedWithReason()
    {
        await using var cluster = await LoopbackCluster.StartAsync(1);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0), TestContext.Current.CancellationToken);
        var gateway = new IngestGateway(ClusterClient.Of(client), new GatewayOptions { BatchSize = 100 });
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-again-" + Guid.NewGuid().ToString("N")[..8]);
        var events = TestWorld.Events().Take(250).ToList();
        await gateway.RunAsync("bank-b", events, output, TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => gateway.RunAsync("bank-b", events, output, TestContext.Current.CancellationToken));

        Directory.Delete(output, recursive: true);
        Assert.Contains("bank-b already took 3 batches", ex.Message, StringComparison.Ordinal);
    }
}
