using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// Readiness keys (ADR 0203): items that share engine state share a key — a holder's accounts and
/// numbers, an account and its bound phone of another holder (the code relay), a device — and items
/// of unrelated entities do not; with the place indicators on a push receiver is keyed by its group (ADR 0207).
/// </summary>
public sealed class ShardReadinessTests
{
    // Place indicators off, as with them on every item shares one key (the strict order, ADR 0203).
    private static readonly DetectionOptions Sharded = InProcess.PlaceIndicatorsOff(DetectionOptions.Default);

    private static readonly Lazy<ReferenceData> World = new(() => TestWorld.Reference.Build(new DateOnly(2026, 11, 2)));

    [Fact]
    public void AHoldersAccounts_ShareOneKey_UnrelatedHoldersDoNot()
    {
        var reference = World.Value;
        var readiness = new ShardReadiness(reference, Sharded);
        var byHolder = Enumerable.Range(0, reference.Accounts.Count)
            .Where(a => reference.Account(a).Holder >= 0)
            .GroupBy(a => reference.Account(a).Holder)
            .Where(g => g.Count() > 1)
            .Take(50)
            .ToList();
        Assert.NotEmpty(byHolder);

        foreach (var g in byHolder)
        {
            Assert.Single(g.Select(a => KeysOf(readiness, Debit(a))[0]).Distinct());
        }

        var distinct = byHolder.Select(g => KeysOf(readiness, Debit(g.First()))[0]).Distinct().Count();
        Assert.True(distinct > byHolder.Count / 2, $"{distinct} keys for {byHolder.Count} holders");
    }

    [Fact]
    public void ALoginAndTheCodeSmsOfItsBoundPhone_ShareAKey()
    {
        var reference = World.Value;
        var readiness = new ShardReadiness(reference, Sharded);
        var bound = Enumerable.Range(0, reference.Accounts.Count)
            .Select(a => (Account: a, Phone: reference.BoundPhone(a)))
            .Where(x => x.Phone >= 0 && x.Phone < reference.Phones.Count)
            .ToList();
        // The simulated world binds every account to a phone of its own holder: the union across
        // holders (a relay group) is not exercised by it.
        Assert.NotEmpty(bound);

        foreach (var (a, p) in bound)
        {
            var login = KeysOf(readiness, EngineEvent.Login(1_700_000_000, a, -1, -1, 1, 1, 1));
            var sms = KeysOf(readiness, EngineEvent.Sms(1_700_000_000, p, -1, Core.Events.SmsKind.VerificationCode, -1, -1, 2, 2, 2));
            Assert.Equal(login[0], sms[0]);
        }
    }

    [Fact]
    public void ASidesKeys_NameOnlyItsOwnAccount_AWholeTransferBoth_ADeviceIsAKey()
    {
        var readiness = new ShardReadiness(StreamOnly(), Sharded);
        var e = EngineEvent.Transaction(1_700_000_000, 0, 1, 100, Core.Events.Channel.Transfer, 1, 1, 1);

        var debit = KeysOf(readiness, e, ShardSide.Debit);
        var credit = KeysOf(readiness, e, ShardSide.Credit);
        var whole = KeysOf(readiness, e, ShardSide.Whole);

        Assert.Single(debit, k => k != ShardReadiness.None);
        Assert.Single(credit, k => k != ShardReadiness.None);
        Assert.NotEqual(debit[0], credit[0]);
        Assert.Equal([debit[0], credit[0]], whole.Where(k => k != ShardReadiness.None));
        var login1 = KeysOf(readiness, EngineEvent.Login(1_700_000_000, 0, 7, -1, 1, 1, 1));
        var login2 = KeysOf(readiness, EngineEvent.Login(1_700_000_000, 5, 7, -1, 1, 1, 1));
        Assert.NotEqual(login1[0], login2[0]);
        Assert.Equal(login1[1], login2[1]); // the device's key
    }

    [Fact]
    public void PlaceIndicatorsOn_KeysStayPerEntity_AndAPushReceiverHasItsGroupsKey()
    {
        var reference = World.Value;
        var on = new ShardReadiness(reference, DetectionOptions.Default);
        var off = new ShardReadiness(reference, Sharded);
        var e = EngineEvent.Transaction(1_700_000_000, 0, 1, 100, Core.Events.Channel.Transfer, 1, 1, 1);
        var holder = Enumerable.Range(0, reference.Accounts.Count).GroupBy(a => reference.Account(a).Holder).First(g => g.Key >= 0 && g.Count() > 1).ToArray();

        Assert.True(on.Pushes);
        Assert.False(off.Pushes);
        Assert.Equal(KeysOf(off, e, ShardSide.Debit), KeysOf(on, e, ShardSide.Debit));
        // A push to one of a holder's accounts blocks what any of the holder's accounts does.
        Assert.Equal(KeysOf(on, Debit(holder[1]))[0], on.ReceiverKey(phone: false, holder[0]));
        Assert.NotEqual(ShardReadiness.Common, on.ReceiverKey(phone: false, holder[0]));
    }

    /// <summary>No entity files; six accounts first seen in the stream (no holder), interned as a shard does.</summary>
    private static ReferenceData StreamOnly()
    {
        var reference = ReferenceData.Empty();
        for (var i = 0; i < 6; i++)
        {
            reference.InternAccount("62220000" + i);
        }

        return reference;
    }

    private static EngineEvent Debit(int account) => EngineEvent.Transaction(1_700_000_000, account, -1, 100, Core.Events.Channel.Transfer, 1, 1, 1);

    private static long[] KeysOf(ShardReadiness readiness, EngineEvent e, ShardSide side = ShardSide.Whole)
    {
        var keys = new long[ShardReadiness.MaxKeys];
        readiness.KeysOf(in e, side, keys);
        return keys;
    }
}
