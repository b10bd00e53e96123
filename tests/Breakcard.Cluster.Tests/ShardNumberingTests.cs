using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The gateway numbers the stream's identifiers and shards take the numbers (ADR 0247): a shard
/// interns a batch's new identifiers only at the indexes the gateway gave them — over the same
/// entity files, holding exactly what the gateway had numbered before — and refuses anything else
/// with an error that names the cause; a shard resumed from a checkpoint that first sees an
/// identifier in a replayed round numbers it as the shard that never stopped did.
/// </summary>
public sealed class ShardNumberingTests
{
    private static readonly DetectionOptions Sharded = LocalIndicators.Apply(DetectionOptions.Default);

    private static readonly WireEvent First = new(WireKind.Transaction, "T1", 1_700_000_000, 480, "6222A", "6222B", 100, 1, null, null, null);
    private static readonly WireEvent Second = new(WireKind.Call, "C2", 1_700_000_060, 480, "13800000001", "13900000002", 30, 0, "dev-9", "cell-4", null);

    private static ShardSession NewShard(ReferenceData reference) => new(0, 2, reference, Sharded, new PointsModel(Sharded));

    /// <summary>Shard 0's part of <paramref name="batch"/> (of 2 shards, no entity files), as the gateway sends it (ADR 0387).</summary>
    private static ShardKeys ShardZero(KeyBatch batch) => batch.Split(ShardOwnership.EventsOnly(2))[0];

    [Fact]
    public void KeyLog_NumbersInStreamOrder_AndSendsOnlyNewIdentifiers()
    {
        var log = new StreamKeyLog(ReferenceData.Empty());

        var first = log.Add(First);
        var again = log.Add(First with { Id = "T2", A = "6222B", B = "6222A" });
        var call = log.Add(Second);
        var batch = log.Take();

        Assert.Equal(new EventRefs(0, 1, -1, -1), first);
        Assert.Equal(new EventRefs(1, 0, -1, -1), again);
        Assert.Equal(new EventRefs(0, 1, 0, 0), call);
        Assert.Equal([0, 0, 0, 0, 0], batch.Before);
        // Counted per kind; the texts kept are the accounts' and numbers' only (ADR 0394): a device's
        // or cell's stays in the gateway's interner, which names it for an alert.
        Assert.Equal([2, 2, 1, 0, 1], batch.Added);
        Assert.Equal(["6222A", "6222B", "13800000001", "13900000002"], batch.Texts.Select(k => k.Key));
        Assert.Equal([2, 2, 1, 0, 1], log.Take().Before);
    }

    [Fact]
    public void ReplayedRound_AfterRestore_TakesTheIndexesTheShardThatNeverStoppedGave()
    {
        var log = new StreamKeyLog(ReferenceData.Empty());
        var firstRefs = log.Add(First);
        var round1 = ShardWire.PackRound(ShardZero(log.Take()), []);
        var secondRefs = log.Add(Second);
        var round2 = ShardWire.PackRound(ShardZero(log.Take()), []);

        var live = NewShard(ReferenceData.Empty());
        live.Intern(ShardWire.UnpackRound(round1).Keys);
        var checkpoint = live.Snapshot();
        live.Intern(ShardWire.UnpackRound(round2).Keys);

        // Resumed from the checkpoint: the second round's identifiers are first seen in its replay.
        var resumed = NewShard(ReferenceData.Empty());
        resumed.Restore(checkpoint);
        resumed.Intern(ShardWire.UnpackRound(round2).Keys);

        // The same numbering, and the same texts held (a shard keeps only its own, ADR 0358).
        foreach (var (a, b) in EntityFingerprint.Interners(live.Engine.Reference).Zip(EntityFingerprint.Interners(resumed.Engine.Reference)))
        {
            Assert.Equal(a.Count, b.Count);
            Assert.Equal(a.HeldFrom(0), b.HeldFrom(0));
        }

        var owners = ShardOwnership.EventsOnly(2);
        var reference = resumed.Engine.Reference;
        Assert.Equal(owners.OfAccount("6222B") == 0 ? firstRefs.B : -1, reference.Accounts.Find("6222B"));
        Assert.Equal(owners.OfPhone("13900000002") == 0 ? secondRefs.B : -1, reference.Phones.Find("13900000002"));
        Assert.Equal([0, 0, 0], new[] { reference.Devices.Held, reference.Ips.Held, reference.Cells.Held });
        var item = new ShardItem(1, 1, Second.UnixSeconds, ShardSide.Whole, -1, Second, secondRefs);
        resumed.Begin([item]);
        resumed.Run();
        Assert.False(resumed.Holding);
    }

    [Fact]
    public void RoundAfterAMissedOne_IsRefused_NamingTheMissedIdentifiers()
    {
        var log = new StreamKeyLog(ReferenceData.Empty());
        log.Add(First);
        log.Take();
        log.Add(Second);
        var shard = NewShard(ReferenceData.Empty());

        var error = Assert.Throws<InvalidDataException>(() => shard.Intern(ShardZero(log.Take())));

        Assert.Contains("holds 0 identifiers of kind Account where the gateway had numbered 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("missed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherEntityFiles_AreRefused_BeforeAnyIdentifierIsInterned()
    {
        var log = new StreamKeyLog(ReferenceData.Empty());
        log.Add(First);
        var shard = NewShard(TestWorld.Reference.Build(new DateOnly(2026, 1, 1)));
        var accounts = shard.Engine.Reference.Accounts.Count;

        var error = Assert.Throws<InvalidDataException>(() => shard.Intern(ShardZero(log.Take())));

        Assert.Contains("entity fingerprint", error.Message, StringComparison.Ordinal);
        Assert.Contains("give the gateway the world the silos load", error.Message, StringComparison.Ordinal);
        Assert.Equal(accounts, shard.Engine.Reference.Accounts.Count);
    }

    [Fact]
    public void IdentifierTheShardAlreadyHolds_IsRefused()
    {
        var shard = NewShard(ReferenceData.Empty());
        var fingerprint = EntityFingerprint.Of(ReferenceData.Empty());
        shard.Intern(new ShardKeys(fingerprint, [0, 0, 0, 0, 0], [1, 0, 0, 0, 0], [new(WireKeyKind.Account, 0, "6222A")], []));

        var error = Assert.Throws<InvalidDataException>(() =>
            shard.Intern(new ShardKeys(fingerprint, [1, 0, 0, 0, 0], [1, 0, 0, 0, 0], [new(WireKeyKind.Account, 1, "6222A")], [])));

        Assert.Contains("already holds an identifier of kind Account that the gateway numbers as new (1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemNamingAnUnannouncedIndex_IsRefused()
    {
        var shard = NewShard(ReferenceData.Empty());
        shard.Intern(ShardZero(KeyBatch.Of(EntityFingerprint.Of(ReferenceData.Empty()), [0, 0, 0, 0, 0], [new(WireKeyKind.Account, "6222A")])));
        var item = new ShardItem(0, 0, First.UnixSeconds, ShardSide.Whole, -1, First, new EventRefs(0, 1, -1, -1));

        var error = Assert.Throws<InvalidDataException>(() => shard.Begin([item]));

        Assert.Contains("naming an identifier index no batch announced", error.Message, StringComparison.Ordinal);
    }
}
