using System.Text;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// What the sharded mode gives up against the single-process engine at its default options (ADR
/// 0177, 0185, 0188, 0201): nothing. With the transfer rounds, holder affinity and the place stage
/// fed by the gateway's one sequencer, the sharded mode's stages (in process, 3 shards, batches of
/// 500) write the default run's files byte for byte on the simulated test city — events only and
/// with the entity files — and the default run names every exchanged indicator's share (the
/// figures go to the test output and ADR 0201).
/// </summary>
public sealed class CrossEntityGapTests
{
    [Fact]
    public void ShardedMode_ComputesEveryIndicator_NoneSwitchedOff()
    {
        Assert.Empty(LocalIndicators.CrossEntity);
        Assert.Contains("SHARED_DEVICE", LocalIndicators.Exchanged);
        Assert.Contains("SIM_CLUSTER", LocalIndicators.Exchanged);
        var options = DetectionOptions.Default;
        Assert.Same(options, LocalIndicators.Apply(options));
    }

    [Fact]
    public void EventsOnly_ShardedModeAtDefaultOptions_ByteIdenticalToSingleProcess() =>
        Gap(TestWorld.SingleProcess, null);

    [Fact]
    public void WithEntityFiles_ShardedModeAtDefaultOptions_ByteIdenticalToSingleProcess() =>
        Gap(TestWorld.SingleProcessWithEntities, TestWorld.Reference);

    private static void Gap(Outputs defaultRun, Hosting.WorldReference? entities)
    {
        var (sharded, rounds) = InProcess.Run(TestWorld.Events(), 3, 500, entities, DetectionOptions.Default);
        var alerts = Encoding.UTF8.GetString(defaultRun.Alerts);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"default run: {defaultRun.AlertCount} alerts; alerts naming each exchanged indicator: " +
            string.Join(", ", LocalIndicators.Exchanged.Select(c => c + " " + alerts.Split('\n').Count(l => l.Contains("\"" + c + "\"", StringComparison.Ordinal)))) +
            $"; rounds per batch (3 shards, batch 500): median {rounds.Order().ElementAt(rounds.Count / 2)}, max {rounds.Max()}");

        // The place indicators are in the comparison: the default run alerts on them.
        Assert.Contains("\"SHARED_DEVICE\"", alerts, StringComparison.Ordinal);
        Assert.Contains("\"SIM_CLUSTER\"", alerts, StringComparison.Ordinal);
        Outputs.AssertIdentical(defaultRun, sharded);
    }
}
