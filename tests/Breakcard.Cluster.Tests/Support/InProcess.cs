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
}
