using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;
using CsCheck;

namespace Breakcard.Detection.Tests.State;

/// <summary>Local entity slots (ADR 0335): a store holds the entities it was asked for, each with the state a global store gives it.</summary>
public sealed class ShardedStoreTests
{
    [Fact]
    public void Indexer_WithLocalSlots_HoldsTheSameStateAsGlobalSlots_InOneSlotPerEntityTouched()
    {
        Gen.Int[0, 50_000].Array[1, 300].Sample(indexes =>
        {
            var global = new ShardedStore<CellState>(4, CellState.Empty);
            var local = new ShardedStore<CellState>(4, CellState.Empty, 0, EntitySlots.Local);
            for (var i = 0; i < indexes.Length; i++)
            {
                global[indexes[i]].Day += i + 1;
                local[indexes[i]].Day += i + 1;
            }

            var distinct = indexes.Distinct().ToArray();
            Assert.Equal(distinct.Length, local.Count);
            Assert.Equal(distinct, local.Entities.ToArray());
            Assert.All(distinct, e => Assert.Equal(global[e].Day, local[e].Day));
            Assert.Equal(distinct.Length, local.Count);
        });
    }

    [Fact]
    public void Peek_AnEntityWithoutASlot_ReadsTheEmptyStateAndGivesNoSlot()
    {
        var local = new ShardedStore<CellState>(4, CellState.Empty, 0, EntitySlots.Local);
        local[70_000].Day = 5;

        Assert.Equal(int.MinValue, local.Peek(12).Day);
        Assert.Equal(int.MinValue, local.Peek(1_000_000).Day);
        Assert.Equal(5, local.Peek(70_000).Day);
        Assert.Equal(1, local.Count);
        Assert.Equal([70_000], local.Entities.ToArray());
    }

    [Fact]
    public void Snapshot_OfALocalSlotEngine_RestoresIntoOne_AndIsRefusedByAGlobalOne()
    {
        var options = DetectionOptions.Default;
        var reference = Reference.ReferenceData.Empty();
        var engine = new MonitoringEngine(reference, options, new PointsModel(options), NoAlerts.Instance, EvidenceRing.Growing, EntitySlots.Local);
        var far = reference.InternAccount("far");
        for (var i = 0; i < 5_000; i++)
        {
            _ = reference.InternAccount("a" + i);
        }

        var near = reference.InternAccount("near");
        var t = Harness.Start.ToUnixTimeSeconds();
        engine.Submit(EngineEvent.Transaction(t, near, far, 90_000, Core.Events.Channel.Transfer, 1, 1, 1));
        engine.Flush();
        var bytes = Snapshot(engine);

        var copy = new MonitoringEngine(reference, options, new PointsModel(options), NoAlerts.Instance, EvidenceRing.Growing, EntitySlots.Local);
        copy.RestoreSnapshot(new BinaryReader(new MemoryStream(bytes)));
        Assert.Equal([near, far], copy.Accounts.Entities.ToArray());
        Assert.Equal(engine.Accounts.Peek(far).InCount, copy.Accounts.Peek(far).InCount);
        Assert.Equal(1, copy.Accounts.Peek(far).InCount);
        var single = new MonitoringEngine(reference, options, new PointsModel(options), NoAlerts.Instance);
        var ex = Assert.Throws<InvalidDataException>(() => single.RestoreSnapshot(new BinaryReader(new MemoryStream(bytes))));
        Assert.Contains("restores into a shard only", ex.Message, StringComparison.Ordinal);

        // A single process's snapshot (format 2) restores into local slots as the identity map.
        var mapped = new MonitoringEngine(reference, options, new PointsModel(options), NoAlerts.Instance, EvidenceRing.Growing, EntitySlots.Local);
        mapped.RestoreSnapshot(new BinaryReader(new MemoryStream(SnapshotOfWhole(reference, options, near, far, t))));
        Assert.Equal(1, mapped.Accounts.Peek(far).InCount);
        Assert.Equal(near + 1, mapped.Accounts.Count);
    }

    private static byte[] SnapshotOfWhole(Reference.ReferenceData reference, DetectionOptions options, int near, int far, long t)
    {
        var engine = new MonitoringEngine(reference, options, new PointsModel(options), NoAlerts.Instance);
        engine.Submit(EngineEvent.Transaction(t, near, far, 90_000, Core.Events.Channel.Transfer, 1, 1, 1));
        engine.Flush();
        return Snapshot(engine);
    }

    private static byte[] Snapshot(MonitoringEngine engine)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            engine.WriteSnapshot(writer);
        }

        return buffer.ToArray();
    }

    private sealed class NoAlerts : IAlertSink
    {
        public static readonly NoAlerts Instance = new();

        public void OnAlert(AlertDraft alert)
        {
        }

        public void OnRejected(in EngineEvent e, RejectReason reason)
        {
        }
    }
}
