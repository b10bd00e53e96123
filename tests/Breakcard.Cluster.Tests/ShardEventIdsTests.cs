using Breakcard.Cluster.Sharding;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard's retained event ids (ADR 0276, 0403): the same answers as the record-per-event map they
/// replace — the last <c>capacity</c> events by sequence, oldest dropped first — across new chunks,
/// the ring's wrap, chunks reused and a chunk's text growing; and no array grown by copying. Each
/// sequence is added once (a shard applies each release once, ADR 0411: <c>ShardReleaseOnceTests</c>).
/// </summary>
public sealed class ShardEventIdsTests
{
    [Theory]
    [InlineData(1, 50, ShardEventIds.ChunkSize, ShardEventIds.PageSize)]
    [InlineData(5, 400, ShardEventIds.ChunkSize, ShardEventIds.PageSize)]
    [InlineData(1500, 6000, ShardEventIds.ChunkSize, ShardEventIds.PageSize)]
    [InlineData(5, 400, 2, 1)]
    [InlineData(100, 3000, 21, 7)]
    [InlineData(1500, 6000, 256, 16)]
    [InlineData(20_000, 60_000, ShardEventIds.ChunkSize, ShardEventIds.PageSize)]
    public void Add_ManyEvents_KeepsTheLastCapacityAsAMapWould(int capacity, int events, int chunkSize, int pageSize)
    {
        var random = new Random(capacity);
        var ids = new ShardEventIds(capacity, chunkSize, pageSize);
        var model = new Dictionary<long, (string Id, long Release)>();
        var order = new Queue<long>();
        // A shard sees a subset of the stream's sequences, mostly rising, some late (out of order).
        var sequences = Enumerable.Range(0, events).Select(i => (long)(i * 3) + random.Next(0, 7)).Distinct().ToList();
        foreach (var sequence in sequences)
        {
            var id = "E" + sequence + new string('x', random.Next(0, random.Next(2) == 0 ? 3 : 90));
            ids.Add(sequence, id, sequence + 1_000);
            model[sequence] = (id, sequence + 1_000);
            order.Enqueue(sequence);
            if (order.Count > capacity)
            {
                model.Remove(order.Dequeue());
            }
        }

        // Sequences never added are not found (dropped ones are checked against the model below).
        Assert.Null(ids.IdOf(-1));
        Assert.Null(ids.IdOf((events * 3) + 100));

        foreach (var sequence in sequences)
        {
            Assert.Equal(model.TryGetValue(sequence, out var m) ? m.Id : null, ids.IdOf(sequence));
        }

        Assert.Equal(order.Count, ids.Count);
        Assert.Equal([.. order.Select(s => (s, model[s].Id, model[s].Release))], ids.InOrder().ToList());
    }

    [Fact]
    public void Add_ALongStream_AllocatesItsChunksOnceAndNothingToGrow()
    {
        // 300,000 events of a shard that keeps 2^20, ids of 24 characters, sequences mostly rising
        // with every tenth one late. A chunk holds 24 B of numbers per event and its text (the
        // first chunk's 16 characters per id doubled once, later ones 28 per id at once): ≈ 85 B
        // per event allocated, nothing copied into a larger array. Growing by doubling (ADR 0276's
        // arrays, sequence → slot dictionary and text ring) allocated 324 B per event here (tried).
        const int events = 300_000;
        var ids = new ShardEventIds(1 << 20);
        Span<char> id = stackalloc char[24];
        "EV-2026-11-25-0000000000".AsSpan().CopyTo(id);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < events; n++)
        {
            var sequence = (n * 6L) + (n % 10 == 0 ? -40 : 0);
            n.TryFormat(id[14..], out _, "D10", System.Globalization.CultureInfo.InvariantCulture);
            ids.Add(sequence, id, n);
        }

        var perEvent = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / events;
        Assert.InRange(perEvent, 70, 100);
        Assert.Equal("EV-2026-11-25-0000123450", ids.IdOf((123_450 * 6L) - 40));
        Assert.Equal("EV-2026-11-25-0000123456", ids.IdOf(123_456 * 6L));
        Assert.Equal("EV-2026-11-25-0000299999", ids.IdOf(299_999 * 6L));
        Assert.Null(ids.IdOf((123_456 * 6L) + 1));
    }
}
