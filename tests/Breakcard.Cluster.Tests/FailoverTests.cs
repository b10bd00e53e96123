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
    [Fact]
    public async Task HostingSiloKilled_AtThreePoints_SameOutputsAsSingleProcess()
    {
        var expected = TestWorld.SingleProcess;
        await using var cluster = await LoopbackCluster.StartAsync(3, checkpointEvery: 4);

        var (result, actual, killed) = await KillRun.RunAsync(cluster, cluster.ClientSettings(1, 2), [3, 9, 14], "bank-kill");

        Assert.Equal(3, killed.Count);
        Assert.True(result.Resends > 0, "nothing was replayed: the stream did not resume from an older checkpoint");
        Assert.Equal(expected.AlertCount, result.Alerts);
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
    }
}
