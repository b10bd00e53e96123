using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A batch's new accounts and numbers are given to their owners by the index the gateway's key log
/// gave them (ADR 0418): the split looks no text up in the interner again and leaves each key's
/// shard in the ownership's cache by index — the one the sequencer routes the key's events by — and
/// an ownership over other reference data still finds the owners by text.
/// </summary>
public sealed class KeyOwnersByIndexTests
{
    private const int Shards = 6;

    [Fact]
    public void Split_OverTheLogsReference_OwnsEachNewKeyByItsIndex_AndCachesItForRouting()
    {
        var (asOf, gateway, batch) = FirstBatch();
        var owners = new ShardOwnership(gateway, Shards);
        var cacheBefore = owners.CacheBytes;
        var parts = batch.Split(owners);

        var newAccounts = batch.Added[(int)WireKeyKind.Account - 1];
        var newPhones = batch.Added[(int)WireKeyKind.Phone - 1];
        Assert.True(newAccounts > 5 && newPhones > 50, $"the test city's first batch names new accounts ({newAccounts}) and numbers ({newPhones})");
        // Each new key's shard, remembered by index up to the last new index of each kind: the split
        // computed it by index. Before ADR 0418 it probed the interner with the text and the cache stayed as it was.
        var lastAccount = batch.Before[0] + newAccounts;
        var lastPhone = batch.Before[1] + newPhones;
        Assert.True(owners.CacheBytes >= ((long)lastAccount + lastPhone) * sizeof(int), $"owner cache {owners.CacheBytes} B after the split, {cacheBefore} B before");

        // The owner each key was given is its own key's shard (a key first seen in the stream has no holder), as by text.
        var text = new ShardOwnership(TestWorld.Reference.Build(asOf), Shards);
        foreach (var (part, shard) in parts.Select((p, k) => (p, k)))
        {
            foreach (var held in part.Held)
            {
                Assert.Equal(shard, held.Kind == WireKeyKind.Account ? text.OfAccount(held.Key) : text.OfPhone(held.Key));
                Assert.Equal(shard, ShardRouter.ShardOf(held.Key, Shards));
                Assert.Equal(held.Key, held.Kind == WireKeyKind.Account ? gateway.Accounts.KeyOf(held.Index) : gateway.Phones.KeyOf(held.Index));
            }
        }

        Assert.Equal(batch.Texts.Length, parts.Sum(p => p.Held.Length));
    }

    [Fact]
    public void Split_OverAnotherReference_FindsTheOwnersByText()
    {
        var (asOf, _, batch) = FirstBatch();
        // Neither holds the batch's keys at their indexes: the entity files alone, and no entity files.
        foreach (var other in new[] { new ShardOwnership(TestWorld.Reference.Build(asOf), Shards), ShardOwnership.EventsOnly(Shards) })
        {
            var parts = batch.Split(other);

            Assert.Equal(0, other.CacheBytes);
            Assert.All(parts.SelectMany((p, k) => p.Held.Select(h => (h, k))), x =>
                Assert.Equal(x.k, x.h.Kind == WireKeyKind.Account ? other.OfAccount(x.h.Key) : other.OfPhone(x.h.Key)));
            Assert.Equal(batch.Texts.Length, parts.Sum(p => p.Held.Length));
        }
    }

    // The gateway's key log over the test city's entity files after the stream's first 2,000 events, and its batch.
    private static (DateOnly AsOf, ReferenceData Gateway, KeyBatch Batch) FirstBatch()
    {
        var events = TestWorld.Events();
        var asOf = DateOnly.FromDateTime(events[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var gateway = TestWorld.Reference.Build(asOf);
        var log = new StreamKeyLog(gateway);
        events.Take(2_000).ToList().ForEach(e => log.Add(e));
        return (asOf, gateway, log.Take());
    }
}
