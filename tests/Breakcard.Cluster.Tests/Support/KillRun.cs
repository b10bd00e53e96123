using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// Streams the test world through a cluster and, at the start of each batch in
/// <c>killAtBatches</c>, kills the silo that last answered for the stream and starts it again.
/// </summary>
public static class KillRun
{
    public const int Batch = 400;

    public static async Task<(StreamResult Result, Outputs Outputs, List<int> Killed)> RunAsync(
        LoopbackCluster cluster, ClusterSettings client, int[] killAtBatches, string stream)
    {
        var events = TestWorld.Events();
        Assert.True(events.Count / Batch > killAtBatches.Max() + 2, "the stream is too short for the kill points");
        using var host = await ClusterClient.StartAsync(client, TestContext.Current.CancellationToken);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-kill-" + Guid.NewGuid().ToString("N")[..8]);
        var lastSilo = string.Empty;
        var killed = new List<int>();
        var gateway = new IngestGateway(ClusterClient.Of(host), new GatewayOptions { BatchSize = Batch, RetryPause = TimeSpan.FromMilliseconds(200) })
        {
            Acknowledged = (_, r) => lastSilo = r.Silo,
        };

        IEnumerable<WireEvent> WithKills()
        {
            for (var i = 0; i < events.Count; i++)
            {
                if (i % Batch == 0 && killAtBatches.Contains(i / Batch))
                {
                    var victim = cluster.IndexOf(lastSilo);
                    Assert.True(cluster.MayKill(victim), $"the stream answered from {lastSilo}, not a silo this test may kill");
                    killed.Add(victim);
                    cluster.KillAsync(victim).GetAwaiter().GetResult();
                    cluster.StartSiloAsync(victim).GetAwaiter().GetResult();
                }

                yield return events[i];
            }
        }

        var result = await Task.Run(() => gateway.RunAsync(stream, WithKills(), output, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var outputs = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(events.Count, result.Events);
        return (result, outputs, killed);
    }
}
