using Breakcard.Detection.Engine;
using Breakcard.Detection.Internal;
using Breakcard.Detection.State;
using CsCheck;

namespace Breakcard.Detection.Tests.Engine;

public sealed class InfrastructureTests
{
    [Fact]
    public void Sketch_CountsSetBits_NeverMoreThanDistinctKeys()
    {
        Gen.Int[0, 100_000].Array[0, 200].Sample(keys =>
        {
            var bitmap = 0UL;
            foreach (var k in keys)
            {
                Sketch.Add(ref bitmap, k);
            }

            var distinct = keys.Distinct().Count();
            Assert.InRange(Sketch.AtLeast(bitmap), Math.Min(distinct, 1), Math.Min(distinct, 64));
            Assert.All(keys, k => Assert.True(Sketch.MayContain(bitmap, k)));
        });
    }

    [Fact]
    public void Bloom_NoFalseNegatives()
    {
        Gen.Int.Array[0, 60].Sample(keys =>
        {
            ulong low = 0, high = 0;
            foreach (var k in keys)
            {
                Sketch.BloomAdd(ref low, ref high, k);
            }

            Assert.All(keys, k => Assert.True(Sketch.BloomMayContain(low, high, k)));
        });
    }

    [Fact]
    public void LongHashSet_BehavesLikeHashSet()
    {
        Gen.Select(Gen.Bool, Gen.ULong[0, 300]).Array[0, 2_000].Sample(ops =>
        {
            var set = new LongHashSet(4);
            var model = new HashSet<ulong>();
            foreach (var (add, key) in ops)
            {
                Assert.Equal(add ? model.Add(key) : model.Remove(key), add ? set.Add(key) : set.Remove(key));
                Assert.Equal(model.Count, set.Count);
            }

            for (ulong k = 0; k <= 300; k++)
            {
                Assert.Equal(model.Contains(k), set.Contains(k));
            }
        });
    }

    [Fact]
    public void ReorderBuffer_ReleasesInTimeTiebreakHashOrder()
    {
        Gen.Select(Gen.Long[0, 50], Gen.ULong[0, 5], Gen.ULong).Array[0, 300].Sample(items =>
        {
            var buffer = new ReorderBuffer(4);
            foreach (var (time, tie, hash) in items)
            {
                buffer.Insert(new EngineEvent { Time = time, Tiebreak = tie, IdHash = hash });
            }

            var released = new List<EngineEvent>();
            while (buffer.Count > 0)
            {
                released.Add(buffer.PopHead());
            }

            var expected = items.OrderBy(i => i.Item1).ThenBy(i => i.Item2).ThenBy(i => i.Item3).ToList();
            Assert.Equal(expected.Select(i => (i.Item1, i.Item2, i.Item3)), released.Select(e => (e.Time, e.Tiebreak, e.IdHash)));
        });
    }

    // ADR 0427: a shard's engine applies released events only and never inserts; its buffer's ring
    // (1,024 events, 64 KB) was allocated at its start all the same. Allocated at the first insert,
    // at the size asked for, and the order of release is unchanged.
    [Fact]
    public void ReorderBuffer_AllocatesItsRingAtTheFirstInsert_AtTheSizeAskedFor()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var buffer = new ReorderBuffer();
        var made = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(made, 1, 256);
        Assert.Equal(0, buffer.Count);
        Assert.Empty(buffer.ToArray());

        before = GC.GetAllocatedBytesForCurrentThread();
        buffer.Insert(new EngineEvent { Time = 5, IdHash = 2 });
        var first = GC.GetAllocatedBytesForCurrentThread() - before;
        buffer.Insert(new EngineEvent { Time = 3, IdHash = 1 });

        Assert.InRange(first, 1024 * System.Runtime.CompilerServices.Unsafe.SizeOf<EngineEvent>(), (1024 * System.Runtime.CompilerServices.Unsafe.SizeOf<EngineEvent>()) + 256);
        Assert.Equal([3L, 5L], buffer.ToArray().Select(e => e.Time));
        Assert.Equal(3, buffer.PopHead().Time);
        Assert.Equal(5, buffer.Head.Time);
    }

    [Fact]
    public void Deduplicator_RemembersForOneToTwoPeriods_ThenForgets()
    {
        var d = new Deduplicator(periodSeconds: 100);
        d.Advance(1_000);
        Assert.True(d.TryAdd(1));
        Assert.False(d.TryAdd(1));
        d.Advance(1_099);
        Assert.True(d.Contains(1));
        d.Advance(1_100); // one period: the id moves to the previous generation
        Assert.True(d.Contains(1));
        Assert.False(d.TryAdd(1));
        d.Advance(1_200); // two periods: forgotten
        Assert.False(d.Contains(1));
        Assert.True(d.TryAdd(1));
    }

    [Theory]
    [InlineData("T000000123", 123UL)]
    [InlineData("T9", 9UL)]
    [InlineData("abc", 0UL)]
    [InlineData("", 0UL)]
    [InlineData("E2E-20240301-000042", 42UL)]
    public void TrailingNumber_ReadsDigitsAtTheEnd(string id, ulong expected) => Assert.Equal(expected, EventIdHash.TrailingNumber(id));

    [Fact]
    public void EventIdHash_StableAcrossProcesses_AndKindSeparated()
    {
        // Pinned: checkpoints written by one process are resumed by another.
        Assert.Equal(EventIdHash.Of("T000000001"), EventIdHash.Of("T000000001"));
        Assert.NotEqual(EventIdHash.Of("T000000001"), EventIdHash.Of("T000000002"));
        Assert.NotEqual(EventIdHash.Of(EventKind.Call, "1"), EventIdHash.Of(EventKind.Transaction, "1"));
        // FNV-1a 64 over UTF-16 units, then the SplitMix64 finaliser, computed independently.
        Assert.Equal(0x7D436F9E0860983AUL, EventIdHash.Of("T000000001"));
    }

    [Fact]
    public void Snapshot_RoundTrips_AndAnOlderStateFormatIsRefusedNamingIt()
    {
        var h = new Harness();
        for (var i = 0; i < 40; i++)
        {
            h.Tx(Harness.At(i * 0.5), "s" + (i % 7), "m", 900 + i);
        }

        h.Engine.Flush();
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            h.Engine.WriteSnapshot(writer);
        }

        var bytes = buffer.ToArray();
        var copy = new Harness();
        // Interned in the order the first run met them (s0, m, s1 … s6), so indexes agree.
        foreach (var name in (string[])["s0", "m", "s1", "s2", "s3", "s4", "s5", "s6"])
        {
            _ = copy.Reference.InternAccount(name);
        }

        copy.Engine.RestoreSnapshot(new BinaryReader(new MemoryStream(bytes)));
        Assert.Equal(h.Account("m").Score.Risk, copy.Account("m").Score.Risk);
        Assert.Equal(h.Account("m").LastSeen, copy.Account("m").LastSeen);

        // The version follows the four-byte magic: format 1 was the 232-byte account layout.
        BitConverter.GetBytes(1).CopyTo(bytes, 4);
        var ex = Assert.Throws<InvalidDataException>(() => new Harness().Engine.RestoreSnapshot(new BinaryReader(new MemoryStream(bytes))));
        Assert.Contains("state format 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("reads formats 2 and 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StateSizes_WithinBudget()
    {
        Assert.Equal(216, System.Runtime.CompilerServices.Unsafe.SizeOf<AccountState>());
        Assert.Equal(28, System.Runtime.CompilerServices.Unsafe.SizeOf<EvidenceRecord>());
        Assert.Equal(10, System.Runtime.CompilerServices.Unsafe.SizeOf<HolderState>());
        Assert.Equal(40, System.Runtime.CompilerServices.Unsafe.SizeOf<ScoreState>());
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<Detection.Reference.AccountProfile>());
        Assert.True(System.Runtime.CompilerServices.Unsafe.SizeOf<AccountState>() + 16 <= 256);
        Assert.Equal(64, System.Runtime.CompilerServices.Unsafe.SizeOf<EngineEvent>());
    }
}
