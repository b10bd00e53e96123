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
        // Devices by the gateway's index (ADR 0411); a shard names one by its text or by a token.
        var reference = ReferenceData.Empty();
        var (d, e) = (reference.Devices.Intern("D"), reference.Devices.Intern("E"));
        var facts = new DeviceFacts(new GatewayNames(reference));
        facts.Add(d, 1, 2, 1);
        facts.Add(e, 3, 7, 7);
        facts.Add(d, 5, 3, 1);
        facts.Add(d, 9, 4, 2);
        facts.Add(e, 10, 1, 1);
        facts.Take(0, [new ShardFact(0, 6, "D"), new ShardFact(1, 0, "D"), new ShardFact(2, 4, DeferredName.Of(DeferredName.Device, e)), new ShardFact(3, 6, "Z")]);
        facts.Settle();

        Assert.Equal(2, facts.Points);
        Assert.Equal(7, Value(facts, 0, 2, 4));
        // A device the stream never named has no counts: the alert keeps its own value.
        Assert.Null(Value(facts, 0, 3, 6));

        facts.Add(d, 12, 5, 3);
        // Release 11 reads the settled point (9), release 12 this batch's.
        facts.Take(1, [new ShardFact(0, 11, "D"), new ShardFact(1, 12, DeferredName.Of(DeferredName.Device, d))]);
        // A replay after a failover reports shard 0's alert 0 again: kept as first resolved.
        facts.Take(0, [new ShardFact(0, 6, "D")]);

        Assert.Equal(3, Value(facts, 0, 0, 6));
        Assert.Null(Value(facts, 0, 1, 0));
        Assert.Equal(4, Value(facts, 1, 0, 11));
        Assert.Equal(5, Value(facts, 1, 1, 12));
        Assert.Equal(6, facts.Resolved);
        var token = Assert.Throws<InvalidDataException>(() => facts.Take(3, [new ShardFact(0, 12, DeferredName.Of(DeferredName.Account, 0))]));
        Assert.Contains("never numbered as a device", token.Message, StringComparison.Ordinal);

        // Never reported while its batch ran: the counts at release 6 are gone, so it is refused, not guessed.
        var late = Assert.Throws<InvalidOperationException>(() => facts.Take(2, [new ShardFact(0, 6, "D")]));
        Assert.Contains("after its batch ended", late.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidOperationException>(() => facts.Apply(2, 0, "D", Alert(6)));
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

    [Fact]
    public void ManyDevices_AreKeptByIndex_WithNoObjectPerDevice()
    {
        // 200,000 devices, each touched in one of 40 batches of 5,000, then once more in a later
        // batch. By index in the engine's per-entity store (ADR 0411), sized for the devices numbered
        // as the single engine sizes its own, a device costs its 24 B slot; keyed by text, an entry, an object and a list of points per
        // device were ≈ 200 B (main's class: tried, it fails here).
        const int Devices = 200_000;
        var reference = ReferenceData.Empty();
        for (var i = 0; i < Devices; i++)
        {
            reference.Devices.Intern("DEV-" + i);
        }

        var names = new GatewayNames(reference);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var facts = new DeviceFacts(names, reference.Devices.Count);
        var release = 0L;
        for (var pass = 0; pass < 2; pass++)
        {
            for (var d = 0; d < Devices; d++)
            {
                facts.Add((d * 7919) % Devices, release++, d % 5, d % 3);
                if (d % 5_000 == 4_999)
                {
                    facts.Settle();
                }
            }
        }

        var perDevice = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / Devices;
        facts.Add(42, release, 9, 9);
        facts.Take(0, [new ShardFact(0, release - 1, "DEV-42"), new ShardFact(1, release, DeferredName.Of(DeferredName.Device, 42))]);

        Assert.InRange(perDevice, 24, 40);
        Assert.Equal(Devices + 1, facts.Points);
        // The settled point of the second pass (holders (42 * x) % 5 of the d that wrote it), then the batch's.
        var writer = Enumerable.Range(0, Devices).Single(d => (d * 7919) % Devices == 42);
        Assert.Equal(writer % 5, Value(facts, 0, 0, release - 1));
        Assert.Equal(9, Value(facts, 0, 1, release));
    }

    private static long? Value(DeviceFacts facts, int shard, int ordinal, long release) =>
        facts.Apply(shard, ordinal, "D", Alert(release)).Reasons.Single().Value;

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
