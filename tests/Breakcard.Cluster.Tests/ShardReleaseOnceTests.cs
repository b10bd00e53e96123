using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard is given each release of the stream — so each sequence — at most once (ADR 0411), which
/// is what lets its event ids add without looking for an earlier add of the same sequence: the
/// gateway's routing never gives a shard two items of one release (a transfer split over two
/// shards, a call between two, a relay group, the pushes' receivers), and a shard refuses a batch
/// whose releases do not rise past every one it was given, so a batch repeated (replay after a
/// failover of a batch its checkpoint holds) is an error, never an event applied twice.
/// </summary>
public sealed class ShardReleaseOnceTests
{
    private static readonly DetectionOptions Sharded = LocalIndicators.Apply(DetectionOptions.Default);

    [Fact]
    public void Routing_GivesEachShardEachReleaseOnce_InRisingOrder_WithSequencesOutOfOrder()
    {
        const int Shards = 6;
        const int Batch = 500;
        // The test city's events with every device one of eight, so devices push to accounts and
        // SIMs on other shards (extra items at the release's position), and its entity files (relay groups).
        var events = TestWorld.Events().Select(e => e.Device is { Length: > 0 } d ? e with { Device = "DEV-" + (ShardRouter.ShardOf(d, 8) + 1) } : e).ToList();
        var asOf = DateOnly.FromDateTime(events[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var reference = TestWorld.Reference.Build(asOf);
        var owners = new ShardOwnership(reference, Shards);
        var log = new StreamKeyLog(reference);
        var places = new PlaceStage(owners, Sharded);
        var sequencer = new StreamSequencer(Sharded, owners, _ => { }, places.Add);
        var shards = Enumerable.Range(0, Shards).Select(k => new ShardSession(k, Shards, TestWorld.Reference.Build(asOf), Sharded, new PointsModel(Sharded))).ToArray();
        var releases = Enumerable.Range(0, Shards).Select(_ => new List<(long Release, long Sequence)>()).ToArray();
        var sequenceOf = new Dictionary<long, long>();

        for (var from = 0; from < events.Count; from += Batch)
        {
            for (var i = from; i < Math.Min(events.Count, from + Batch); i++)
            {
                sequencer.Add(events[i], i, log.Add(events[i]));
            }

            if (from + Batch >= events.Count)
            {
                sequencer.Flush();
            }

            var perShard = sequencer.Take();
            var round = places.Round();
            var keys = log.Take().Split(owners);
            // The shards' real place counts, so the pushes' receivers are the run's.
            var results = shards.Select((s, k) =>
            {
                s.Intern(keys[k]);
                return (IReadOnlyList<PlaceResult>)[.. s.Place(round[k])];
            }).ToArray();
            var items = places.Complete(perShard, results);
            places.Facts.Settle();
            for (var k = 0; k < Shards; k++)
            {
                foreach (var item in items[k])
                {
                    releases[k].Add((item.Release, item.Sequence));
                    // One release is one sequence, whichever shards it goes to.
                    Assert.Equal(item.Sequence, sequenceOf.TryAdd(item.Release, item.Sequence) ? item.Sequence : sequenceOf[item.Release]);
                }
            }
        }

        var toMany = sequenceOf.Keys.Count(r => releases.Count(l => l.Exists(x => x.Release == r)) > 1);
        var late = 0;
        foreach (var list in releases)
        {
            long largest = -1;
            for (var i = 0; i < list.Count; i++)
            {
                // Strictly rising releases: no release, so no sequence, twice on one shard.
                Assert.True(i == 0 || list[i].Release > list[i - 1].Release, $"release {list[i].Release} after {(i == 0 ? -1 : list[i - 1].Release)}");
                late += list[i].Sequence < largest ? 1 : 0;
                largest = Math.Max(largest, list[i].Sequence);
            }

            Assert.Equal(list.Count, list.Select(x => x.Sequence).Distinct().Count());
        }

        // Not vacuous: events go to several shards, and a shard gets sequences out of order (the
        // late adds the removed search was paid for, none of them a repeat).
        Assert.True(toMany > 1_000, $"{toMany} releases went to more than one shard");
        Assert.True(late > 100, $"{late} sequences came below one a shard already had");
    }

    [Fact]
    public void Batch_RepeatingARelease_IsRefused()
    {
        var (shard, refs) = Shard(3);
        Item[] batch = [new(0, 0), new(1, 1), new(1, 1), new(2, 2)];

        var error = Assert.Throws<InvalidDataException>(() => shard.Begin(Items(batch, refs)));

        Assert.Contains("at release 1, not after release 1", error.Message, StringComparison.Ordinal);
        Assert.False(shard.Holding);
    }

    [Fact]
    public void Batch_AgainAfterItWasApplied_IsRefused_AndTheNextOneApplies()
    {
        var (shard, refs) = Shard(4);
        shard.Begin(Items([new(0, 0), new(2, 1)], refs));
        shard.Run();
        var applied = shard.Engine.Counters;

        var error = Assert.Throws<InvalidDataException>(() => shard.Begin(Items([new(1, 0), new(3, 2)], refs)));
        shard.Begin(Items([new(1, 2), new(3, 3)], refs));
        shard.Run();

        Assert.Contains("at release 0, not after release 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(applied.Applied + 2, shard.Engine.Counters.Applied);
        Assert.Equal("T3", shard.IdOf(3));
        Assert.Equal("T1", shard.IdOf(1));
    }

    [Fact]
    public void Restored_RefusesABatchItsCheckpointHolds_AndTakesTheNext()
    {
        var (live, refs) = Shard(4);
        live.Begin(Items([new(1, 0), new(0, 1)], refs));
        live.Run();
        var checkpoint = live.Snapshot();

        var resumed = new ShardSession(0, 1, ReferenceData.Empty(), Sharded, new PointsModel(Sharded));
        resumed.Restore(checkpoint);
        var error = Assert.Throws<InvalidDataException>(() => resumed.Begin(Items([new(1, 0), new(0, 1)], refs)));
        resumed.Begin(Items([new(2, 2), new(3, 3)], refs));
        resumed.Run();

        Assert.Contains("at release 0, not after release 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(["T0", "T1", "T2", "T3"], new long[] { 0, 1, 2, 3 }.Select(resumed.IdOf));
    }

    private readonly record struct Item(long Sequence, long Release);

    /// <summary>Transfer <paramref name="n"/> (its id "T" and the number) at minute <paramref name="minute"/>.</summary>
    private static WireEvent Transfer(long n, long minute) =>
        new(WireKind.Transaction, "T" + n, 1_700_000_000 + (minute * 60), 480, "6222A", "6222B", 100, 1, null, null, null);

    /// <summary>A shard owning everything (one of one) that has numbered the transfers' two accounts.</summary>
    private static (ShardSession Shard, EventRefs Refs) Shard(long events)
    {
        var log = new StreamKeyLog(ReferenceData.Empty());
        var refs = log.Add(Transfer(0, 0));
        for (var n = 1; n < events; n++)
        {
            log.Add(Transfer(n, n));
        }

        var shard = new ShardSession(0, 1, ReferenceData.Empty(), Sharded, new PointsModel(Sharded));
        shard.Intern(log.Take().Split(ShardOwnership.EventsOnly(1))[0]);
        return (shard, refs);
    }

    private static ShardItem[] Items(Item[] items, EventRefs refs) =>
        [.. items.Select(i => new ShardItem(i.Sequence, i.Release, Transfer(i.Sequence, i.Release).UnixSeconds, ShardSide.Whole, -1, Transfer(i.Sequence, i.Release), refs))];
}
