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

    [Fact]
    public void Indexer_WithLocalSlots_NeverMovesAnEntitysState_AndAllocatesAboutTheSlotsUsed()
    {
        var local = new ShardedStore<AccountState>(4, AccountState.Empty, 0, EntitySlots.Local);
        local[7].InCount = 3;
        ref var first = ref local[7];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            local[100_000 + (i * 13)].InCount = (ushort)i;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Pages are given as slots fill and never copied (ADR 0436): a reference taken before
        // 10,000 more slots is still the entity's state. Arrays that double copy it away.
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(ref first, ref local[7]));
        Assert.Equal(3, local.Peek(7).InCount);
        Assert.Equal(9_999, local.Peek(100_000 + (9_999 * 13)).InCount);
        var state = System.Runtime.CompilerServices.Unsafe.SizeOf<AccountState>();
        var used = 10_001L * state;
        var page = Math.Max(16, 1 << System.Numerics.BitOperations.Log2((uint)(16_384 / state)));
        // The slots used, at most one page more, and the slot map: its slot → entity list (≤ 8 B
        // per entity) and table (≤ 10.7 B), which double — ≤ 2× that allocated on the way. Arrays
        // of state that double allocate ≈ 2× their final capacity, and hold up to 2× the slots used.
        Assert.InRange(allocated, used, used + (page * state) + (10_001L * 40));
        Assert.InRange(local.AllocatedBytes(), used, used + (page * state) + (10_001L * 20));
    }

    [Fact]
    public void Snapshot_OfALocalSlotEngine_HasTheBytesOfTheSplitArrays()
    {
        // The slots of every store written split by slot mod S, in order — the bytes a store that
        // kept them in split arrays wrote (main c2eb326, before ADR 0436: its SHA-256 of this
        // engine's snapshot, taken by this test there).
        var options = DetectionOptions.Default;
        var reference = Reference.ReferenceData.Empty();
        var engine = new MonitoringEngine(reference, options, new PointsModel(options), NoAlerts.Instance, EvidenceRing.Growing, EntitySlots.Local);
        var accounts = Enumerable.Range(0, 700).Select(i => reference.InternAccount("acct" + (i * 7919 % 700))).ToArray();
        var t = Harness.Start.ToUnixTimeSeconds();
        for (var i = 0; i < 3_000; i++)
        {
            var from = accounts[(i * 31) % accounts.Length];
            var to = accounts[(i * 17 + 5) % accounts.Length];
            if (from != to)
            {
                engine.Submit(EngineEvent.Transaction(t + (i * 60), from, to, 10_000 + (i * 37 % 90_000), Core.Events.Channel.Transfer, (ulong)i + 1, (ulong)i + 1, i + 1));
            }
        }

        engine.Flush();
        var bytes = Snapshot(engine);
        var copy = new MonitoringEngine(reference, options, new PointsModel(options), NoAlerts.Instance, EvidenceRing.Growing, EntitySlots.Local);
        copy.RestoreSnapshot(new BinaryReader(new MemoryStream(bytes)));

        Assert.Equal(engine.Accounts.Entities.ToArray(), copy.Accounts.Entities.ToArray());
        Assert.All(accounts, a => Assert.Equal(engine.Accounts.Peek(a).InCount, copy.Accounts.Peek(a).InCount));
        Assert.True(engine.Accounts.Count > 600, $"{engine.Accounts.Count} accounts hold slots");
        Assert.Equal(SnapshotSha256, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    private const string SnapshotSha256 = "29722008365ABBF9AF01E9DB6B687CDD59842535E40654AFAD5651174D18A1CF";

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
