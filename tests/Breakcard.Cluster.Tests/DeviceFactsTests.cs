using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The gateway's device counts for alert facts (ADR 0266): bounded by devices, not events, and
/// still giving every alert the value its device held at the trigger's release.
/// </summary>
public sealed class DeviceFactsTests
{
    [Fact]
    public void BatchPoints_ResolveByRelease_ThenOnlyTheLastPointPerDeviceStays()
    {
        var facts = new DeviceFacts(new GatewayNames(ReferenceData.Empty()));
        facts.Add("D", 1, 2, 1);
        facts.Add("D", 5, 3, 1);
        facts.Add("D", 9, 4, 2);
        facts.Add("E", 7, 1, 1);
        facts.Take(0, [new ShardFact(0, 6, "D"), new ShardFact(1, 0, "D")]);
        facts.Settle();

        Assert.Equal(2, facts.Points);

        facts.Add("D", 12, 5, 3);
        // Release 11 reads the settled point (9), release 12 this batch's.
        facts.Take(1, [new ShardFact(0, 11, "D"), new ShardFact(1, 12, "D")]);
        // A replay after a failover reports shard 0's alert 0 again: kept as first resolved.
        facts.Take(0, [new ShardFact(0, 6, "D")]);

        Assert.Equal(3, Value(facts, 0, 0, 6));
        Assert.Null(Value(facts, 0, 1, 0));
        Assert.Equal(4, Value(facts, 1, 0, 11));
        Assert.Equal(5, Value(facts, 1, 1, 12));
        Assert.Equal(4, facts.Resolved);

        // Never reported while its batch ran: the counts at release 6 are gone, so it is refused, not guessed.
        var late = Assert.Throws<InvalidOperationException>(() => facts.Take(2, [new ShardFact(0, 6, "D")]));
        Assert.Contains("after its batch ended", late.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidOperationException>(() => facts.Apply(2, new ShardAlert(6, 0, 0, "{}", "D"), Alert(6)));
        Assert.Contains("never reported", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongStreamOnFewDevices_HoldsPointsPerDevice_AndMatchesTheSingleProcessRun()
    {
        const int batch = 200;
        // The test city's events with every device one of eight: each device is touched by a share of
        // thousands of logins, calls and SMS over eight days, and SHARED_DEVICE / SIM_CLUSTER fire on
        // triggers of later batches, reading points kept from earlier ones.
        var events = TestWorld.Events().Select(e => e.Device is { Length: > 0 } d ? e with { Device = "DEV-" + (ShardRouter.ShardOf(d, 8) + 1) } : e).ToList();
        var touching = events.Count(e => e.Device is { Length: > 0 } && e.Kind is WireKind.Login or WireKind.Call or WireKind.Sms);
        var options = DetectionOptions.Default;
        var expected = TestWorld.RunSingle(events, null, LocalIndicators.Apply(options));
        var run = new InProcessShardedRun(3, batch, _ => ReferenceData.Empty(), options);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-facts-" + Guid.NewGuid().ToString("N")[..8]);

        await run.RunAsync(events, output, TestContext.Current.CancellationToken);
        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);

        Outputs.AssertIdentical(expected, actual);
        Assert.Contains("\"SHARED_DEVICE\"", System.Text.Encoding.UTF8.GetString(actual.Alerts), StringComparison.Ordinal);
        Assert.True(touching > 20 * batch, $"the stream touches devices {touching} times");
        // At most one settled point per device between batches (8 devices), however long the stream.
        Assert.InRange(run.FactPoints, 1, 8);
    }

    private static long? Value(DeviceFacts facts, int shard, int ordinal, long release) =>
        facts.Apply(shard, new ShardAlert(release, 0, ordinal, "{}", "D"), Alert(release)).Reasons.Single().Value;

    private static Alert Alert(long release) => new()
    {
        AlertId = "A" + release,
        EntityKind = "account",
        Entity = "6222020000000001",
        EntityMasked = "6222****0001",
        Time = "2026-03-02T10:00:00+08:00",
        Risk = 60,
        Band = 1,
        Model = "points",
        Reasons = [new AlertReason { Code = "SHARED_DEVICE", Name = "shared device", Strength = 60, Points = 60, Source = "device", Value = null }],
        Evidence = [],
        LegalBasis = [],
        ControlMeasure = new ControlMeasure("reverify_identity", "verify the holder again", "test", "none"),
    };
}
