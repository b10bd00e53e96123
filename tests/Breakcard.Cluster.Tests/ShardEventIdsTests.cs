using Breakcard.Cluster.Sharding;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard's retained event ids (ADR 0276): the same answers as the record-per-event map they
/// replace — the last <c>capacity</c> events by sequence, oldest dropped first — across the arrays'
/// growth, the ring's wrap and the text ring's growth.
/// </summary>
public sealed class ShardEventIdsTests
{
    [Theory]
    [InlineData(1, 50)]
    [InlineData(5, 400)]
    [InlineData(1500, 6000)]
    public void TryAdd_ManyEvents_KeepsTheLastCapacityAsAMapWould(int capacity, int events)
    {
        var random = new Random(capacity);
        var ids = new ShardEventIds(capacity);
        var model = new Dictionary<long, (string Id, long Release)>();
        var order = new Queue<long>();
        // A shard sees a subset of the stream's sequences, mostly rising, some late (out of order).
        var sequences = Enumerable.Range(0, events).Select(i => (long)(i * 3) + random.Next(0, 7)).Distinct().ToList();
        foreach (var sequence in sequences)
        {
            var id = "E" + sequence + new string('x', random.Next(0, random.Next(2) == 0 ? 3 : 90));
            var added = ids.TryAdd(sequence, id, sequence + 1_000);
            var expected = !model.ContainsKey(sequence);
            Assert.Equal(expected, added);
            if (expected)
            {
                model[sequence] = (id, sequence + 1_000);
                order.Enqueue(sequence);
                if (order.Count > capacity)
                {
                    model.Remove(order.Dequeue());
                }
            }

            // A repeated sequence (a replay) changes nothing.
            Assert.False(ids.TryAdd(sequence, "other", 0));
        }

        foreach (var sequence in sequences)
        {
            Assert.Equal(model.TryGetValue(sequence, out var m) ? m.Id : null, ids.IdOf(sequence));
        }

        Assert.Equal(order.Count, ids.Count);
        Assert.Equal([.. order.Select(s => (s, model[s].Id, model[s].Release))], ids.InOrder().ToList());
    }
}
