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
        Append(log, ref a, 1, 0); // w0 slot 0
        Append(log, ref b, 2, 1); // w1 slot 1
        Append(log, ref a, 1, 2); // w2 slot 2
        Append(log, ref b, 2, 3); // w3 slot 3
        Assert.Equal([2L, 0L], Sequences(log, 1, a));
        Assert.Equal([3L, 1L], Sequences(log, 2, b));
        Append(log, ref a, 1, 4); // w4 overwrites w0
        Assert.Equal([4L, 2L], Sequences(log, 1, a));
        Append(log, ref c, 3, 5); // w5 overwrites w1: b keeps w3 only
        Assert.Equal([3L], Sequences(log, 2, b));
        Append(log, ref c, 3, 6); // w6 overwrites w2
        Assert.Equal([4L], Sequences(log, 1, a));
        Append(log, ref c, 3, 7); // w7 overwrites b's head w3
        Assert.Empty(Sequences(log, 2, b));
        Append(log, ref b, 2, 8); // w8 overwrites a's head w4; b starts again with no link back
        Assert.Empty(Sequences(log, 1, a));
        Assert.Equal([8L], Sequences(log, 2, b));
        Assert.Equal([7L, 6L, 5L], Sequences(log, 3, c));
        Assert.Equal([7L, 6L], log.Chain(ScoredKind.Account, 3, c, 2).Select(r => r.Sequence));
        // The same index of the other kind shares no chain.
        Assert.Empty(log.Chain(ScoredKind.Phone, 3, c, 10));
    }

    [Fact]
    public void Chain_RandomAppends_EqualsTheEntitysWritesStillInTheRing()
    {
        // Independent model: every write kept in a list; an entity's chain is its writes among the
        // last `capacity`, newest first.
        Gen.Select(Gen.Int[1, 9], Gen.Int[0, 5].Array[1, 200]).Sample((capacity, entities) =>
        {
            var log = new EvidenceLog(capacity);
            var heads = new int[6];
            Array.Fill(heads, -1);
            for (var w = 0; w < entities.Length; w++)
            {
                var kind = entities[w] % 2 == 0 ? ScoredKind.Account : ScoredKind.Phone;
                var e = EngineEvent.Transaction(1_700_000_000, 0, 1, 100 + w, Core.Events.Channel.Transfer, (ulong)w, 0, 1_000_000L * w);
                log.Append(ref heads[entities[w]], kind, entities[w] / 2, in e, w, -1, EvidenceDirection.In);
            }

            for (var entity = 0; entity < heads.Length; entity++)
            {
                var kind = entity % 2 == 0 ? ScoredKind.Account : ScoredKind.Phone;
                var expected = Enumerable.Range(0, entities.Length)
                    .Where(w => entities[w] == entity && w >= entities.Length - capacity)
                    .Reverse().Select(w => (1_000_000L * w, 100L + w, w)).ToList();
                var chain = log.Chain(kind, entity / 2, heads[entity], 1000).Select(r => (r.Sequence, r.Value, r.Time)).ToList();
                Assert.Equal(expected, chain);
            }
        });
    }

    private static void Append(EvidenceLog log, ref int head, int entity, long sequence)
    {
        var e = EngineEvent.Transaction(1_700_000_000, 0, 1, 100, Core.Events.Channel.Transfer, (ulong)sequence, 0, sequence);
        log.Append(ref head, ScoredKind.Account, entity, in e, 0, -1, EvidenceDirection.Out);
    }

    private static IEnumerable<long> Sequences(EvidenceLog log, int entity, int head) =>
        log.Chain(ScoredKind.Account, entity, head, 100).Select(r => r.Sequence).ToList();
}
