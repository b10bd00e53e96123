using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;
using CsCheck;

namespace Breakcard.Detection.Tests.Engine;

/// <summary>The 32-byte evidence record and the ring's chains (ADR 0160).</summary>
public sealed class EvidenceLogTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(EvidenceRecord.MaxSequence)]
    [InlineData(EvidenceRecord.MinSequence)]
    [InlineData(123_456_789_012L)]
    public void Record_SequenceAndKinds_RoundTripWithoutDisturbingEachOther(long sequence)
    {
        foreach (var direction in Enum.GetValues<EvidenceDirection>())
        {
            foreach (var kind in Enum.GetValues<EventKind>())
            {
                foreach (var scored in Enum.GetValues<ScoredKind>())
                {
                    // Kinds set before and after the sequence: each setter leaves the other bits alone.
                    var r = new EvidenceRecord { Direction = direction, Sequence = sequence, Kind = scored, EventKind = kind };
                    Assert.Equal((sequence, scored, kind, direction), (r.Sequence, r.Kind, r.EventKind, r.Direction));
                    r.Sequence = sequence;
                    Assert.Equal((sequence, scored, kind, direction), (r.Sequence, r.Kind, r.EventKind, r.Direction));
                }
            }
        }
    }

    [Fact]
    public void Record_SequenceOutside56Bits_Refused()
    {
        var r = new EvidenceRecord();
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Sequence = EvidenceRecord.MaxSequence + 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Sequence = EvidenceRecord.MinSequence - 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Direction = (EvidenceDirection)8);
    }

    [Fact]
    public void Chain_HandWorkedWraps_EndsExactlyWhereTheRingOverwrote()
    {
        // Capacity 4: write w goes to slot w mod 4, and only the last 4 writes are kept.
        var log = new EvidenceLog(4);
        int a = -1, b = -1, c = -1;
        Append(log, ref a, 0); // w0 slot 0
        Append(log, ref b, 1); // w1 slot 1
        Append(log, ref a, 2); // w2 slot 2
        Append(log, ref b, 3); // w3 slot 3
        Assert.Equal([2L, 0L], Sequences(log, a));
        Assert.Equal([3L, 1L], Sequences(log, b));
        Append(log, ref a, 4); // w4 overwrites w0
        Assert.Equal([4L, 2L], Sequences(log, a));
        Append(log, ref c, 5); // w5 overwrites w1: b keeps w3 only
        Assert.Equal([3L], Sequences(log, b));
        Append(log, ref c, 6); // w6 overwrites w2
        Assert.Equal([4L], Sequences(log, a));
        Append(log, ref c, 7); // w7 overwrites b's head w3
        Assert.Empty(Sequences(log, b));
        Append(log, ref b, 8); // w8 overwrites a's head w4; b starts again with no link back
        Assert.Empty(Sequences(log, a));
        Assert.Equal([8L], Sequences(log, b));
        Assert.Equal([7L, 6L, 5L], Sequences(log, c));
        Assert.Equal([7L, 6L], log.Chain(ScoredKind.Account, c, 2).Select(r => r.Sequence));
        // A phone's chain never reads an account's records.
        Assert.Empty(log.Chain(ScoredKind.Phone, c, 10));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(4)]
    [InlineData(3)]
    public void Chain_RandomAppends_EqualsTheEntitysWritesStillInTheRing(int tagBits)
    {
        // Independent model: every write kept in a list; an entity's chain is its writes among the
        // last `capacity`, newest first. With 3- and 4-bit tags the heads wrap many times in a run,
        // so the sweep that keeps them unambiguous is exercised (the engine uses 31 bits).
        Gen.Select(Gen.Int[1, 1 << (Math.Min(tagBits, 5) - 1)], Gen.Int[0, 5].Array[1, 300]).Sample((capacity, entities) =>
        {
            var log = new EvidenceLog(capacity, tagBits);
            var heads = new int[6];
            Array.Fill(heads, -1);
            for (var w = 0; w < entities.Length; w++)
            {
                var kind = entities[w] % 2 == 0 ? ScoredKind.Account : ScoredKind.Phone;
                var e = EngineEvent.Transaction(1_700_000_000, 0, 1, 100 + w, Core.Events.Channel.Transfer, (ulong)w, 0, 1_000_000L * w);
                log.Append(ref heads[entities[w]], kind, in e, w, -1, EvidenceDirection.In);
                if (log.SweepDue)
                {
                    for (var i = 0; i < heads.Length; i++)
                    {
                        log.Sweep(ref heads[i]);
                    }

                    log.Swept();
                }

                for (var entity = 0; entity < heads.Length; entity++)
                {
                    var expected = Enumerable.Range(0, w + 1)
                        .Where(x => entities[x] == entity && x > w - capacity)
                        .Reverse().Select(x => (1_000_000L * x, 100L + x, x)).ToList();
                    var chain = log.Chain(entity % 2 == 0 ? ScoredKind.Account : ScoredKind.Phone, heads[entity], 1000)
                        .Select(r => (r.Sequence, r.Value, r.Time)).ToList();
                    Assert.Equal(expected, chain);
                }
            }
        }, iter: 40);
    }

    [Fact]
    public void Sweep_ClearsHeadsWhoseRecordLeftTheRing_KeepsLiveOnes()
    {
        var log = new EvidenceLog(2, 3); // tags 0–7, sweep every 4 writes
        int old = -1, live = -1, other = -1;
        Append(log, ref old, 0);
        Append(log, ref other, 1);
        Append(log, ref other, 2);
        Append(log, ref live, 3);
        Assert.True(log.SweepDue);
        log.Sweep(ref old);
        log.Sweep(ref live);
        log.Swept();
        Assert.Equal(-1, old);
        Assert.Equal(3, live);
        Assert.False(log.SweepDue);
        Assert.Equal([3L], Sequences(log, live));
    }

    [Fact]
    public void Log_GrowingRing_AllocatesAsItFills_WholeRingAtOnce()
    {
        // ADR 0286: a shard that never fills its ring does not pay for all of it up front.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var log = new EvidenceLog(1 << 20, EvidenceRing.Growing);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 0, 1 << 20);
        Assert.Equal(1 << 20, log.Capacity);
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = new EvidenceLog(1 << 20);
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 28L << 20, 40L << 20);
    }

    [Fact]
    public void Chain_AcrossTheRingsGrowthAndWrap_EqualsTheEntitysWritesStillInTheRing()
    {
        // Capacity 10,000: the ring grows 4,096 → 8,192 → 10,000 slots, then wraps; chains link
        // records written before and after each growth. Model as in the random test above.
        const int capacity = 10_000;
        var random = new Random(286);
        var log = new EvidenceLog(capacity, EvidenceRing.Growing);
        var heads = new int[7];
        Array.Fill(heads, -1);
        var entities = new List<int>();
        int[] checks = [1, 4_095, 4_096, 4_097, 8_192, 8_193, 9_999, 10_000, 10_001, 17_000, 25_000];
        for (var w = 0; w < 25_000; w++)
        {
            var entity = random.Next(heads.Length);
            entities.Add(entity);
            var e = EngineEvent.Transaction(1_700_000_000, 0, 1, w, Core.Events.Channel.Transfer, (ulong)w, 0, w);
            log.Append(ref heads[entity], ScoredKind.Account, in e, w, -1, EvidenceDirection.In);
            if (!checks.Contains(w + 1))
            {
                continue;
            }

            for (var k = 0; k < heads.Length; k++)
            {
                var expected = Enumerable.Range(0, w + 1).Where(x => entities[x] == k && x > w - capacity).Reverse().Select(x => (long)x).ToList();
                Assert.Equal(expected, log.Chain(ScoredKind.Account, heads[k], capacity).Select(r => r.Sequence).ToList());
            }
        }
    }

    [Fact]
    public void Log_CapacityAboveTheSweepPeriod_Refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvidenceLog(5, 3));

    private static void Append(EvidenceLog log, ref int head, long sequence)
    {
        var e = EngineEvent.Transaction(1_700_000_000, 0, 1, 100, Core.Events.Channel.Transfer, (ulong)sequence, 0, sequence);
        log.Append(ref head, ScoredKind.Account, in e, 0, -1, EvidenceDirection.Out);
    }

    private static IEnumerable<long> Sequences(EvidenceLog log, int head) =>
        log.Chain(ScoredKind.Account, head, 100).Select(r => r.Sequence).ToList();
}
