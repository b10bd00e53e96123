using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard's reused batch storage (ADR 0286): batches decoded one after another into the same
/// storage read back as the records that were packed — a shorter batch after a longer one, ids
/// longer than the storage's first text, non-ASCII ids — and nothing of a batch stays after it.
/// </summary>
public sealed class ShardBatchTests
{
    [Fact]
    public void UnpackItems_BatchesIntoOneStorage_EachReadsBackAsPacked()
    {
        var batch = new ShardBatch();
        ShardItem[][] batches =
        [
            [.. Enumerable.Range(0, 40).Select(i => Item(i, $"T{i}", i % 3 == 0 ? new ShardPlaces(i, 1, 2, 3, [new PlacePushed(1, i, 6, 100)]) : null))],
            [Item(100, "交易-" + new string('x', 3_000), null), Item(101, "S7", new ShardPlaces(0, 0, 1, 0, null))],
            [Item(200, "L1", null)],
            [],
        ];

        foreach (var items in batches)
        {
            ShardWire.UnpackItems(ShardWire.PackItems(items), batch);

            Assert.Equal(items.Length, batch.Count);
            for (var i = 0; i < items.Length; i++)
            {
                var (sent, got) = (items[i], batch.ToItem(i));
                Assert.Equal((sent.Sequence, sent.Release, sent.ProcessTime, sent.Side, sent.Peer, sent.Refs), (got.Sequence, got.Release, got.ProcessTime, got.Side, got.Peer, got.Refs));
                Assert.Equal((sent.Event.Kind, sent.Event.Id, sent.Event.UnixSeconds, sent.Event.Value, sent.Event.Sub), (got.Event.Kind, got.Event.Id, got.Event.UnixSeconds, got.Event.Value, got.Event.Sub));
                Assert.Equal(sent.Event.Id, batch.IdOf(i).ToString());
                Assert.Equal(sent.Places is null, got.Places is null);
                Assert.Equal(sent.Places?.Pushes ?? [], got.Places?.Pushes ?? []);
            }
        }
    }

    [Fact]
    public void Load_Records_SameAsUnpackingThem()
    {
        ShardItem[] items = [Item(5, "C1", new ShardPlaces(1, 2, 3, 4, [])), Item(6, "T2", null)];
        var (loaded, unpacked) = (new ShardBatch(), new ShardBatch());
        loaded.Load(items);
        ShardWire.UnpackItems(ShardWire.PackItems(items), unpacked);

        Assert.Equal(unpacked.Count, loaded.Count);
        for (var i = 0; i < items.Length; i++)
        {
            Assert.Equal(unpacked.IdOf(i).ToString(), loaded.IdOf(i).ToString());
            Assert.Equal(unpacked.ToItem(i) with { Places = null }, loaded.ToItem(i) with { Places = null });
        }
    }

    [Fact]
    public void Load_BatchesOfEveryListKindIntoOneStorage_EachReadsBackAsUnpacked()
    {
        // Longer and shorter batches, ids longer than the text storage holds, each kind of list a
        // caller may hand over (the in-process run's lists, an array, any other read-only list): the
        // loading by two passes (ADR 0418) sizes and fills the storage as unpacking does.
        var batch = new ShardBatch();
        ShardItem[][] batches =
        [
            [.. Enumerable.Range(0, 300).Select(i => Item(i, $"T{i}-" + new string('y', i % 17), i % 3 == 0 ? new ShardPlaces(i, 1, 2, 3, null) : null))],
            [Item(1_000, "交易-" + new string('x', 5_000), null), Item(1_001, "S7", new ShardPlaces(0, 0, 1, 0, null))],
            [.. Enumerable.Range(2_000, 700).Select(i => Item(i, $"L{i}", null))],
            [],
            [Item(3_000, "C3", null)],
        ];

        var k = 0;
        foreach (var items in batches)
        {
            IReadOnlyList<ShardItem> given = (k++ % 3) switch
            {
                0 => items.ToList(),
                1 => items,
                _ => items.AsReadOnly(),
            };
            batch.Load(given);
            var unpacked = new ShardBatch();
            ShardWire.UnpackItems(ShardWire.PackItems(items), unpacked);

            Assert.Equal(items.Length, batch.Count);
            for (var i = 0; i < items.Length; i++)
            {
                Assert.Equal(items[i].Event.Id, batch.IdOf(i).ToString());
                Assert.Equal(unpacked.ToItem(i) with { Places = null }, batch.ToItem(i) with { Places = null });
                Assert.Same(items[i].Places, batch.PlacesOf(i));
            }
        }
    }

    // ADR 0427: a batch's items are numbers only, their place counts kept beside them, so a batch's
    // storage is not cleared item by item (80 B each) between batches; the counts, the only
    // references, are still dropped once a batch is done (Reset), a larger batch after a smaller one included.
    [Fact]
    public void Reset_ItemsHoldNoReference_AndNoPlaceCountsOfADoneBatchStayReachable()
    {
        Assert.False(System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<ShardBatchItem>());

        var batch = new ShardBatch();
        var weak = LoadAndReset(batch, 40);
        weak.AddRange(LoadAndReset(batch, 300));
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal(100 + 14, weak.Count);
        Assert.All(weak, w => Assert.False(w.TryGetTarget(out _)));
        Assert.Equal(0, batch.Count);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static List<WeakReference<ShardPlaces>> LoadAndReset(ShardBatch batch, int count)
    {
        var items = Enumerable.Range(0, count).Select(i => Item(i, $"C{i}", i % 3 == 0 ? new ShardPlaces(i, 1, 2, 3, [new PlacePushed(1, i, 6, 100)]) : null)).ToArray();
        batch.Load(items);
        var weak = items.Where(i => i.Places is not null).Select(i => new WeakReference<ShardPlaces>(i.Places!)).ToList();
        Assert.Equal(count, batch.Count);
        batch.Reset(0);
        return weak;
    }

    private static ShardItem Item(long sequence, string id, ShardPlaces? places) =>
        new(sequence, sequence + 1, 1_762_000_000 + sequence, (ShardSide)(sequence % 3), sequence % 3 == 1 ? 4 : -1,
            new WireEvent(places is null ? WireKind.Transaction : WireKind.Call, id, 1_762_000_000 + sequence, 0, string.Empty, string.Empty, sequence * 7, (byte)(sequence % 5), null, null, null),
            new EventRefs((int)sequence, (int)sequence + 1, places is null ? -1 : 2, places is null ? -1 : 0), places);
}
