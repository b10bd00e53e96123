using System.Text;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Core.Events;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The transfer part of the sharded mode's cross-entity stage (ADR 0177, 0185), in process: the
/// gateway's sequencer, holder affinity and transfer rounds give exactly the single-process engine's
/// outputs with every indicator but the place stage's (shared device, SIM cluster) — at any shard
/// count and any batch size.
/// </summary>
public sealed class TransferRoundsTests
{
    // The transfer rounds on their own: the place indicators (shared device, SIM clusters) off, so
    // the round counts asserted here are the transfer chains' alone. With them on (ADR 0207), items
    // also wait for the push receivers' groups: PlaceReadinessTests and CrossEntityGapTests.
    private static readonly DetectionOptions Sharded = InProcess.PlaceIndicatorsOff(DetectionOptions.Default);

    private static readonly Lazy<Outputs> Single = new(() => TestWorld.RunSingle(TestWorld.Events(), null, Sharded));

    private static readonly Lazy<Outputs> SingleWithEntities = new(() => TestWorld.RunSingle(TestWorld.Events(), TestWorld.Reference, Sharded));

    [Theory]
    [InlineData(1, 1_000)]
    [InlineData(2, 1)]
    [InlineData(2, 500)]
    [InlineData(3, 37)]
    [InlineData(3, 2_000)]
    [InlineData(5, 250)]
    [InlineData(5, 100_000)]
    public void TestCity_ByteIdenticalToSingleProcess(int shards, int batch)
    {
        var expected = Single.Value;
        var (actual, rounds) = InProcess.Run(TestWorld.Events(), shards, batch, null, Sharded);

        var text = Encoding.UTF8.GetString(expected.Alerts);
        // The transfer indicators fire in this city, so their exchange between shards is exercised.
        Assert.Contains("\"TAINTED_INFLOW\"", text, StringComparison.Ordinal);
        Assert.Contains("\"CARD_TEST\"", text, StringComparison.Ordinal);
        Outputs.AssertIdentical(expected, actual);
        Assert.All(rounds, r => Assert.True(r >= 1));
        if (shards > 1 && batch > 100)
        {
            Assert.Contains(rounds, r => r > 2); // chains of hand-offs inside a batch
        }
    }

    [Theory]
    [InlineData(3, 400)]
    [InlineData(4, 700)]
    public void WorldEntityFiles_LinkedRiskAndCodeRelayFire_ByteIdenticalToSingleProcess(int shards, int batch)
    {
        var expected = SingleWithEntities.Value;
        var text = Encoding.UTF8.GetString(expected.Alerts);
        Assert.Contains("\"LINKED_RISK\"", text, StringComparison.Ordinal);
        Assert.Contains("\"CODE_RELAY\"", text, StringComparison.Ordinal);

        var (actual, _) = InProcess.Run(TestWorld.Events(), shards, batch, TestWorld.Reference, Sharded);

        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public void MuleChainInsideOneBatch_AcrossThreeShards_TakesChainLengthPlusOneRounds_AndMatchesSingleProcess()
    {
        // Accounts whose identifiers fall on shards 0, 1, 2, 0 of three: victim → L1 → L2 → L3.
        var victim = AccountOn(0, "V");
        var l1 = AccountOn(1, "A");
        var l2 = AccountOn(2, "B");
        var l3 = AccountOn(0, "C");
        // Further apart than the allowed lateness (600 s), so each arrival releases the one before.
        var t0 = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var events = new List<WireEvent>
        {
            Transfer("T1", t0, victim, l1, 4_990_000),
            Transfer("T2", t0 + 900, l1, l2, 4_900_000),
            Transfer("T3", t0 + 1_800, l2, l3, 4_800_000),
        };
        var expected = TestWorld.RunSingle(events, null, Sharded);

        var (actual, rounds) = InProcess.Run(events, 3, 10, null, Sharded);

        // One batch of three transfers: round 1 applies T1's debit at shard 0 while shards 1, 2 and 0
        // wait for T1, T2 and T3's annotations; each later round hands one annotation on.
        Assert.Equal([4], rounds);
        Outputs.AssertIdentical(expected, actual);
        // A batch boundary cuts the chain: T2's arrival releases T1 into batch 1 (debit, then credit:
        // 2 rounds); T2 and T3 follow in batch 2 (T2's debit; T2's credit and T3's debit; T3's credit).
        var (cut, cutRounds) = InProcess.Run(events, 3, 2, null, Sharded);
        Assert.Equal([2, 3], cutRounds);
        Outputs.AssertIdentical(expected, cut);
    }

    [Fact]
    public void IndependentAccountsBehindAHeldCreditSide_GoOnInTheSameRound_RoundsAreTheChainLengthPlusOne()
    {
        // A staircase of one-hop transfers between fresh accounts on shards 0 → 1, 1 → 2, 2 → 0,
        // 0 → 1, 1 → 2, 2 → 0: every shard holds a credit side ahead of a debit side of another
        // account. No account appears twice, so the longest chain of hand-offs is 1. Stopping at the
        // first held credit side (ADR 0185) took 7 rounds here: each debit side waited behind the
        // credit side before it, which waited for the previous shard's debit side.
        var t0 = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var events = Enumerable.Range(0, 6)
            .Select(i => Transfer("S" + i, t0 + (i * 900), AccountOn(i % 3, "X" + i), AccountOn((i + 1) % 3, "Y" + i), 4_990_000 - (i * 10_000)))
            .ToList();
        var expected = TestWorld.RunSingle(events, null, Sharded);

        var (actual, rounds) = InProcess.Run(events, 3, 10, null, Sharded);

        // Round 1: every debit side; round 2: every credit side.
        Assert.Equal([2], rounds);
        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public void AnAccountBehindItsOwnHeldCreditSide_Waits_SoItsOrderIsKept()
    {
        // The staircase again, but the last transfer's payer is the first transfer's payee (shard 1):
        // its debit side must follow that credit side, which waits for round 1's annotation; the
        // credit side it feeds on shard 2 follows in round 3. The other accounts still go on.
        var t0 = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var first = AccountOn(1, "Y0");
        var events = new List<WireEvent>
        {
            Transfer("S0", t0, AccountOn(0, "X0"), first, 4_990_000),
            Transfer("S1", t0 + 900, AccountOn(1, "X1"), AccountOn(2, "Y1"), 4_980_000),
            Transfer("S2", t0 + 1_800, AccountOn(2, "X2"), AccountOn(0, "Y2"), 4_970_000),
            Transfer("S3", t0 + 2_700, first, AccountOn(2, "Y3"), 4_900_000),
        };
        var expected = TestWorld.RunSingle(events, null, Sharded);

        var (actual, rounds) = InProcess.Run(events, 3, 10, null, Sharded);

        Assert.Equal([3], rounds);
        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public void TestCity_RoundsPerBatchFallToTheChainLengths()
    {
        // ADR 0185 measured this city (3 shards, batches of 500, entity files) at median 58 rounds
        // per batch (max 85) while each shard stopped at its first held credit side (ADR 0203).
        var (_, rounds) = InProcess.Run(TestWorld.Events(), 3, 500, TestWorld.Reference, Sharded);

        var sorted = rounds.Order().ToArray();
        var median = sorted[sorted.Length / 2];
        TestContext.Current.TestOutputHelper?.WriteLine($"rounds per batch: median {median}, p90 {sorted[sorted.Length * 9 / 10]}, max {sorted[^1]}, batches {sorted.Length}");
        Assert.True(median <= 15, $"median {median} rounds per batch");
    }

    [Fact]
    public void ChainAcrossShards_CarriesThePayersRiskToThePayee_AsTheSingleProcessDoes()
    {
        // A card-testing payer (many ¥1 transfers to fresh cards) then a large transfer to a mule on
        // another shard: the mule's CARD_TEST comes only from the payer's annotation.
        var payer = AccountOn(0, "P");
        var mule = AccountOn(1, "M");
        var t0 = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();
        var events = new List<WireEvent>();
        for (var i = 0; i < 12; i++)
        {
            events.Add(Transfer("T" + i, t0 + (i * 60), payer, AccountOn(i % 3, "K" + i), 100));
        }

        events.Add(Transfer("T99", t0 + 3_600, payer, mule, 100));
        var expected = TestWorld.RunSingle(events, null, Sharded);
        var scores = Encoding.UTF8.GetString(expected.Scores);
        TestContext.Current.TestOutputHelper?.WriteLine(scores);

        var (actual, _) = InProcess.Run(events, 3, 50, null, Sharded);

        Assert.Contains(scores.Split('\n'), line => line.Contains(mule, StringComparison.Ordinal) && line.Contains("CARD_TEST", StringComparison.Ordinal));
        Outputs.AssertIdentical(expected, actual);
    }

    private static WireEvent Transfer(string id, long time, string debit, string credit, long fen) =>
        new(WireKind.Transaction, id, time, 480, debit, credit, fen, (byte)Channel.Transfer, null, null, null);

    /// <summary>The first of "6222{prefix}0001", "…0002", … that falls on <paramref name="shard"/> of three.</summary>
    private static string AccountOn(int shard, string prefix)
    {
        for (var i = 1; ; i++)
        {
            var key = "6222" + prefix + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            if (ShardRouter.ShardOf(key, 3) == shard)
            {
                return key;
            }
        }
    }
}
