using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Tests.Support;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// Fault injection: the silo hosting the stream is stopped without a graceful shutdown in the
/// middle of the stream (between checkpoints, so the grain resumes from an older checkpoint and
/// batches are replayed), then started again; the outputs are byte-identical to the
/// single-process run: no alert lost, none repeated.
/// </summary>
public sealed class FailoverTests
{
    private const int Batch = 400;

    [Fact]
    public async Task HostingSiloKilled_AtThreePoints_SameOutputsAsSingleProcess()
    {
        int[] killAtBatches = [3, 9, 14];
        var expected = TestWorld.SingleProcess;
        var events = TestWorld.Events();
        Assert.True(events.Count / Batch > killAtBatches.Max() + 2, "the stream is too short for the kill points");
        await using var cluster = await LocalCluster.StartAsync(3, checkpointEvery: 4);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(1, 2), TestContext.Current.CancellationToken);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-kill-" + Guid.NewGuid().ToString("N")[..8]);
        var lastSilo = string.Empty;
        var killed = new List<int>();
        var gateway = new IngestGateway(ClusterClient.Of(client), new GatewayOptions { BatchSize = Batch, RetryPause = TimeSpan.FromMilliseconds(200) })
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
                    Assert.True(victim > 0, $"the stream answered from {lastSilo}, not a silo this test may kill");
                    killed.Add(victim);
                    cluster.KillAsync(victim).GetAwaiter().GetResult();
                    cluster.StartSiloAsync(victim).GetAwaiter().GetResult();
                }

                yield return events[i];
            }
        }

        var result = await Task.Run(() => gateway.RunAsync("bank-kill", WithKills(), output, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(killAtBatches.Length, killed.Count);
        Assert.True(result.Resends > 0, "nothing was replayed: the stream did not resume from an older checkpoint");
        Assert.Equal(events.Count, result.Events);
        Assert.Equal(expected.AlertCount, result.Alerts);
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
    }
}
