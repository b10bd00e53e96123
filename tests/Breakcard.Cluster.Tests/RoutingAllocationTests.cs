using System.Globalization;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The gateway's routing of released events to the shards makes no object per item (ADR 0394): the
/// sequencer's items, the place round's items and the place stage's per-event bookkeeping are values
/// in storage reused from batch to batch. Counted in bytes allocated on the test's thread, which is
/// deterministic for one input, not timed.
/// </summary>
public sealed class RoutingAllocationTests
{
    private static readonly DetectionOptions Sharded = LocalIndicators.Apply(DetectionOptions.Default);

    [Fact]
    public void SequencerAndPlaceStage_AllocateNoObjectPerItem_OnceTheirStorageHasGrown()
    {
        const int Shards = 6;
        const int Batch = 2_000;
        var events = TestWorld.Events();
        var asOf = DateOnly.FromDateTime(events[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var reference = TestWorld.Reference.Build(asOf);
        var owners = new ShardOwnership(reference, Shards);
        var log = new StreamKeyLog(reference);
        var places = new PlaceStage(owners, Sharded);
        var sequencer = new StreamSequencer(Sharded, owners, _ => { }, places.Add);

        // The first half grows every list, map and array to its batch size; the second half is measured.
        long measured = 0, events2 = 0, items = 0, placeItems = 0;
        for (var from = 0; from + Batch <= events.Count; from += Batch)
        {
            var measure = from >= events.Count / 2;
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = from; i < from + Batch; i++)
            {
                var refs = log.Add(events[i]);
                sequencer.Add(events[i], i, refs);
            }

            var perShard = sequencer.Take();
            var round = places.Round();
            var spent = GC.GetAllocatedBytesForCurrentThread() - before;

            // The shards' answers, made outside the measurement: each place item counted once, no pushes.
            var results = round.Select(r => r.Select(p => new PlaceResult(p.Sequence, p.Parts, 1, 1, 1, 1, null)).ToArray()).ToArray();
            placeItems += measure ? round.Sum(r => r.Count) : 0;
            before = GC.GetAllocatedBytesForCurrentThread();
            var completed = places.Complete(perShard, results);
            places.Facts.Settle();
            spent += GC.GetAllocatedBytesForCurrentThread() - before;
            log.Take();
            if (measure)
            {
                measured += spent;
                events2 += Batch;
                items += completed.Sum(l => l.Count);
            }
        }

        var perEvent = (double)measured / events2;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{events2:N0} events measured: {items:N0} shard items, {placeItems:N0} place items; sequencer and place stage allocated {perEvent:N1} B per event"));
        Assert.True(items > events2 && placeItems > events2 / 2, "most events go to a shard, and logins, calls and SMS to place shards");
        // An object per shard item (≥ 64 B) and per place item (≥ 48 B) would be more than 100 B per
        // event here on their own (ADR 0387's sampled profile: ShardItem 159 B, PlaceItem 82 B per
        // event). What is left is the counts the items carry (one object per counted login, call or
        // SMS, shared by its shards) and the device facts.
        Assert.InRange(perEvent, 0, 60);
    }
}
