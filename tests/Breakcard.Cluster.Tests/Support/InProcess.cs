using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Detection;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>Runs the sharded mode's stages in process (<see cref="InProcessShardedRun"/>) and reads its outputs.</summary>
public static class InProcess
{
    public static (Outputs Outputs, IReadOnlyList<int> Rounds) Run(IReadOnlyList<WireEvent> events, int shards, int batch, WorldReference? entities, DetectionOptions options,
        Func<long, int, ShardSession, ShardSession>? atBoundary = null)
    {
        var run = new InProcessShardedRun(shards, batch, asOf => entities?.Build(asOf) ?? ReferenceData.Empty(), options) { AtBatchBoundary = atBoundary };
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-inproc-" + Guid.NewGuid().ToString("N")[..8]);
        run.RunAsync(events, output, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        var outputs = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        return (outputs, run.RoundsPerBatch);
    }

    /// <summary>
    /// <paramref name="options"/> with the place indicators (shared device, SIM clusters) off: the
    /// transfer rounds on their own, whose round counts with per-entity readiness (ADR 0203) the
    /// tests assert; with the place indicators on, every shard keeps strict release order.
    /// </summary>
    public static DetectionOptions PlaceIndicatorsOff(DetectionOptions options)
    {
        var weights = new Dictionary<string, int>(options.Scoring.Weights, StringComparer.Ordinal) { ["SHARED_DEVICE"] = 0, ["SIM_CLUSTER"] = 0 };
        var i = options.Indicators;
        var off = options with
        {
            Scoring = options.Scoring with { Weights = weights },
            Indicators = i with
            {
                SharedDevice = i.SharedDevice with { MinHoldersPerDevice = 1_000_000, MinHoldersPerIp = 1_000_000 },
                SimCluster = i.SimCluster with { MinSimsPerDevice = 1_000_000, MinHeavySimsPerCell = 1_000_000 },
            },
        };
        Assert.True(ShardReadiness.PlaceIndicatorsOff(off));
        return off;
    }
}
