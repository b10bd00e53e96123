using System.Globalization;
using System.Text;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The key wire is per shard (ADR 0387): a shard is sent the count of a batch's new identifiers,
/// the text of only the accounts and numbers it owns, and which of the others are cash accounts —
/// not every new identifier's text, which every shard decoded before (and let go of all but its own).
/// </summary>
public sealed class ShardKeyWireTests
{
    private static readonly DetectionOptions Sharded = LocalIndicators.Apply(DetectionOptions.Default);

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public async Task EachShard_DecodesTheTextsOfItsOwnNewAccountsAndNumbersOnly_AndTheOutputsStayTheSingleProcesss(int shards)
    {
        var events = TestWorld.Events();
        var asOf = DateOnly.FromDateTime(events[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        // What the stream numbers beyond the entity files, as the gateway numbers it; an account or
        // number first seen in the stream belongs to the shard of its own key.
        var loaded = TestWorld.Reference.Build(asOf);
        var gateway = TestWorld.Reference.Build(asOf);
        var log = new StreamKeyLog(gateway);
        foreach (var e in events)
        {
            log.Add(e);
        }

        var owned = new long[shards];
        foreach (var (interner, from) in new[] { (gateway.Accounts, loaded.Accounts.Count), (gateway.Phones, loaded.Phones.Count) })
        {
            for (var i = from; i < interner.Count; i++)
            {
                owned[ShardRouter.ShardOf(interner.KeyOf(i), shards)]++;
            }
        }

        var newKeys = EntityFingerprint.Interners(gateway).Zip(EntityFingerprint.Interners(loaded)).Sum(p => (long)p.First.Count - p.Second.Count);
        var sessions = new ShardSession[shards];
        var run = new InProcessShardedRun(shards, 2_000, TestWorld.Reference.Build, DetectionOptions.Default)
        {
            AtBatchBoundary = (_, shard, session) => sessions[shard] = session,
        };
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-keywire-" + Guid.NewGuid().ToString("N")[..8]);
        await run.RunAsync(events, output, TestContext.Current.CancellationToken);
        var outputs = Outputs.Read(output);
        Directory.Delete(output, recursive: true);

        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{shards} shards: {newKeys:N0} new identifiers over {events.Count:N0} events; texts per shard {string.Join(" / ", sessions.Select(s => s.KeyTextsReceived))} (owned {string.Join(" / ", owned)})"));
        Assert.True(newKeys > owned.Sum() * 2, "the test city numbers devices, IPs and cells in the stream too");
        // Exactly its own: sent every new identifier's text (before ADR 0387), each shard would
        // have decoded all of them, newKeys each.
        Assert.Equal(owned, sessions.Select(s => s.KeyTextsReceived));
        Assert.Equal(owned.Sum(), run.Wire.KeyTexts);
        Assert.Equal(newKeys, run.Wire.NewKeys);
        // Numbered as the gateway numbered them.
        Assert.All(sessions, s => Assert.Equal(EntityFingerprint.Interners(gateway).Select(i => i.Count), EntityFingerprint.Interners(s.Engine.Reference).Select(i => i.Count)));
        Outputs.AssertIdentical(TestWorld.SingleProcessWithEntities, outputs);
    }

    [Fact]
    public void PlaceRounds_CarryEachNewTextOnce_NotOncePerShard()
    {
        const int Shards = 6;
        var events = TestWorld.Events();
        var asOf = DateOnly.FromDateTime(events[0].Time.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var gateway = TestWorld.Reference.Build(asOf);
        var owners = new ShardOwnership(gateway, Shards);
        var log = new StreamKeyLog(gateway);
        foreach (var e in events.Take(2_000))
        {
            log.Add(e);
        }

        var batch = log.Take();
        var parts = batch.Split(owners);
        // Every new identifier, as the gateway's interners numbered them (the batch keeps the accounts' and numbers' texts only, ADR 0394).
        var every = NewKeys(gateway, batch);
        var keyBytes = new int[Shards];
        var rounds = parts.Select((keys, k) => ShardWire.PackRoundCounting(keys, [], out keyBytes[k])).ToArray();
        var counted = default(WireCounts).AddRound(batch, parts, [.. parts.Select(_ => new List<PlaceItem>())], rounds, keyBytes);

        // Every text once (kind, offset and length: at most 1 + 3 + 1 bytes besides it), each shard's
        // counts (at most 5 × 2 × 5 bytes and the fingerprint), a cash account's offset (≤ 3 bytes).
        var texts = batch.Texts.Sum(k => 5L + Encoding.UTF8.GetByteCount(k.Key));
        var cash = batch.Texts.Count(k => k.Kind == WireKeyKind.Account && k.Key.StartsWith("CASH:", StringComparison.Ordinal)) * 3L * Shards;
        var bound = texts + cash + (Shards * (1 + 8 + 1 + 50 + 3 + 1));
        // Every new identifier's text to every shard (before ADR 0387).
        var everyText = Shards * every.Sum(k => 2L + Encoding.UTF8.GetByteCount(k.Key));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{batch.Count:N0} new identifiers in the first 2,000 events; rounds {rounds.Sum(r => (long)r.Length):N0} B over {Shards} shards (bound {bound:N0}; every text to every shard ≥ {everyText:N0})"));
        Assert.InRange(rounds.Sum(r => (long)r.Length), 1, bound);
        Assert.True(bound * 3 < everyText, "the bound is well below what every shard's copy of every text would take");
        // The counts `cluster bench` reports: the identifier part is the round less its version and empty item list,
        // and version 3's is what a BinaryWriter writes of the fingerprint, the counts and every key (ShardWire before ADR 0387).
        Assert.Equal(rounds.Sum(r => r.Length - 2L), counted.KeyBytes);
        Assert.Equal(rounds.Sum(r => (long)r.Length), counted.RoundBytes);
        Assert.Equal(Shards * VersionThreeKeyPart(batch, every), counted.EveryTextKeyBytes);
        Assert.Equal((long)every.Count, counted.NewKeys);
        Assert.Equal(parts.Sum(p => (long)p.Held.Length), counted.KeyTexts);
    }

    /// <summary>The identifiers <paramref name="batch"/> numbered, kind by kind in index order, read back from the gateway's interners.</summary>
    private static List<WireKey> NewKeys(ReferenceData gateway, KeyBatch batch)
    {
        var interners = EntityFingerprint.Interners(gateway);
        var keys = new List<WireKey>();
        for (var k = 0; k < interners.Length; k++)
        {
            for (var i = batch.Before[k]; i < batch.Before[k] + batch.Added[k]; i++)
            {
                keys.Add(new WireKey((WireKeyKind)(k + 1), interners[k].KeyOf(i)));
            }
        }

        Assert.Equal(interners.Select(i => i.Count), batch.Before.Zip(batch.Added, (b, a) => b + a));
        return keys;
    }

    private static long VersionThreeKeyPart(KeyBatch batch, List<WireKey> every)
    {
        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(batch.Entities);
            w.Write7BitEncodedInt(batch.Before.Length);
            foreach (var count in batch.Before)
            {
                w.Write7BitEncodedInt(count);
            }

            w.Write7BitEncodedInt(every.Count);
            foreach (var k in every)
            {
                w.Write((byte)k.Kind);
                w.Write(k.Key);
            }
        }

        return bytes.Length;
    }

    [Fact]
    public void CashAccountOfAnotherShard_IsNumberedWithItsCashFlag_AndKeepsItThroughACheckpoint()
    {
        var owners = ShardOwnership.EventsOnly(2);
        var cash = Enumerable.Range(1, 50).Select(i => "CASH:ATM-" + i.ToString(CultureInfo.InvariantCulture)).First(k => owners.OfAccount(k) == 1);
        var mine = Enumerable.Range(1, 50).Select(i => "6222" + i.ToString(CultureInfo.InvariantCulture)).First(k => owners.OfAccount(k) == 0);
        var theirs = Enumerable.Range(51, 50).Select(i => "6222" + i.ToString(CultureInfo.InvariantCulture)).First(k => owners.OfAccount(k) == 1);
        var batch = KeyBatch.Of(EntityFingerprint.Of(ReferenceData.Empty()), [0, 0, 0, 0, 0],
            [new(WireKeyKind.Account, theirs), new(WireKeyKind.Account, cash), new(WireKeyKind.Device, "dev-1"), new(WireKeyKind.Account, mine), new(WireKeyKind.Phone, "13800000001")]);
        var parts = batch.Split(owners);
        var (keys, _) = ShardWire.UnpackRound(ShardWire.PackRound(parts[0], []));

        Assert.Equal([3, 1, 1, 0, 0], keys.Added);
        Assert.Equal([1], keys.Cash);
        Assert.Equal(owners.OfPhone("13800000001") == 0 ? 2 : 1, keys.Held.Length);
        var shard = new ShardSession(0, 2, ReferenceData.Empty(), Sharded, new PointsModel(Sharded));
        shard.Intern(keys);
        var restored = new ShardSession(0, 2, ReferenceData.Empty(), Sharded, new PointsModel(Sharded));
        restored.Restore(shard.Snapshot());

        foreach (var s in new[] { shard, restored })
        {
            var reference = s.Engine.Reference;
            Assert.Equal(3, reference.Accounts.Count);
            Assert.Equal(2, reference.Accounts.Find(mine));
            Assert.Equal((-1, -1), (reference.Accounts.Find(theirs), reference.Accounts.Find(cash)));
            Assert.Equal([1], reference.StreamCash);
            Assert.Equal(AccountFlags.Cash, reference.Account(1).Flags & AccountFlags.Cash);
            Assert.Equal(AccountFlags.None, reference.Account(0).Flags & AccountFlags.Cash);
            Assert.Equal(1, reference.Devices.Count);
        }

        // The owner of the cash account holds it and reads its flag from the text.
        Assert.Equal([], parts[1].Cash);
        Assert.Contains(parts[1].Held, h => h.Key == cash && h.Index == 1);
    }

    [Fact]
    public void HeldKeysOutOfOrder_OrAPlacesText_AreRefused()
    {
        var fingerprint = EntityFingerprint.Of(ReferenceData.Empty());
        var shard = new ShardSession(0, 2, ReferenceData.Empty(), Sharded, new PointsModel(Sharded));

        var place = Assert.Throws<InvalidDataException>(() =>
            shard.Intern(new ShardKeys(fingerprint, [0, 0, 0, 0, 0], [0, 0, 1, 0, 0], [new(WireKeyKind.Device, 0, "dev-1")], [])));
        var order = Assert.Throws<InvalidDataException>(() =>
            new ShardSession(0, 2, ReferenceData.Empty(), Sharded, new PointsModel(Sharded))
                .Intern(new ShardKeys(fingerprint, [0, 0, 0, 0, 0], [2, 0, 0, 0, 0], [new(WireKeyKind.Account, 1, "6222B"), new(WireKeyKind.Account, 0, "6222A")], [])));

        Assert.Contains("keeps the texts of accounts and numbers only", place.Message, StringComparison.Ordinal);
        Assert.Contains("out of index order", order.Message, StringComparison.Ordinal);
    }
}
