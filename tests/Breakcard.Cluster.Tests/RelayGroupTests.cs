using System.Text;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Core.Events;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A relay group across holders (ADR 0203): holder A's account is bound to holder B's phone, and A
/// and B live on different shards. The simulated worlds never do this (every account is bound to
/// its own holder's phone), so the test copies the test city's entity files and re-points one
/// account's binding. A login to A's account from a device A does not own stamps B's phone; a
/// verification code to B's phone minutes later is a relayed code, whose CODE_RELAY the engine
/// pushes back to A's account. The sharded mode (2, 3 and 4 shards, small batches) must write the
/// single-process engine's files byte for byte, and the single-process run must raise CODE_RELAY.
/// </summary>
public sealed class RelayGroupTests
{
    private static readonly int[] ShardCounts = [2, 3, 4];
    private static readonly Lazy<RelayWorld> World = new(Relay.Build);

    [Fact]
    public void ShardReadiness_PutsTheAccountAndItsBoundPhoneOfAnotherHolder_InOneGroup()
    {
        var w = World.Value;
        var before = new ShardReadiness(w.Original.Build(w.AsOf), DetectionOptions.Default);
        var after = new ShardReadiness(w.Reference.Build(w.AsOf), DetectionOptions.Default);
        var original = w.Original.Build(w.AsOf);
        var rebound = w.Reference.Build(w.AsOf);
        var (a0, p0) = (original.Accounts.Find(w.Account), original.Phones.Find(w.Phone));
        var (a1, p1) = (rebound.Accounts.Find(w.Account), rebound.Phones.Find(w.Phone));

        // Not one group before the re-binding (different holders), one group after.
        Assert.NotEqual(before.ReceiverKey(false, a0), before.ReceiverKey(true, p0));
        Assert.Equal(after.ReceiverKey(false, a1), after.ReceiverKey(true, p1));
        Assert.Equal(rebound.BoundPhone(a1), p1);
    }

    [Fact]
    public void SiloShardGroups_MergeTheCrossHolderBinding_OnlyOnTheShardsItsItemsReach()
    {
        // ADR 0477: a silo's shard keeps the groups of the bindings whose logins and code SMS reach it, not all the files'.
        var w = World.Value;
        var data = w.Reference.Build(w.AsOf);
        var (a, p) = (data.Accounts.Find(w.Account), data.Phones.Find(w.Phone));
        var (account, phone) = (ReadinessGroups.AccountKey(data, a), ReadinessGroups.PhoneKey(data, p));
        var all = new ReadinessGroups(data);
        Assert.Equal(2, all.Merged);
        Assert.Equal(all.Of(account), all.Of(phone));
        foreach (var shards in ShardCounts)
        {
            var owners = new ShardOwnership(data, shards);
            var reached = owners.RelayShardsOfPhone(p).ToArray();
            // The pair's two shards (account's and phone's), and no other.
            Assert.Equal(2, reached.Length);
            Assert.Contains(owners.OfAccount(w.Account), reached);
            Assert.Contains(owners.OfPhone(w.Phone), reached);
            for (var k = 0; k < shards; k++)
            {
                var groups = ReadinessGroups.ForShard(data, owners, k);
                if (reached.Contains(k))
                {
                    Assert.Equal(2, groups.Merged);
                    Assert.Equal(groups.Of(account), groups.Of(phone));
                }
                else
                {
                    Assert.Equal(0, groups.Merged);
                    Assert.NotEqual(groups.Of(account), groups.Of(phone));
                }
            }
        }
    }

    [Fact]
    public void RelayedCodesAcrossShards_ShardedOutputByteIdenticalToSingleProcess_AndRaisesCodeRelay()
    {
        var w = World.Value;
        var events = Relay.Events(w);
        var expected = TestWorld.RunSingle(events, w.Reference, DetectionOptions.Default);

        var alerts = Encoding.UTF8.GetString(expected.Alerts);
        // Not vacuous: the single-process engine alerts on A's account with the CODE_RELAY pushed from B's phone.
        Assert.Contains(alerts.Split('\n'), line => line.Contains("\"entity\":\"" + w.Account + "\"", StringComparison.Ordinal)
            && line.Contains("\"CODE_RELAY\"", StringComparison.Ordinal));

        foreach (var shards in ShardCounts)
        {
            var ownership = new ShardOwnership(w.Reference.Build(w.AsOf), shards);
            Assert.NotEqual(ownership.OfAccount(w.Account), ownership.OfPhone(w.Phone));
            foreach (var batch in new[] { 2, 5, 500 })
            {
                var (actual, _) = InProcess.Run(events, shards, batch, w.Reference, DetectionOptions.Default);
                Outputs.AssertIdentical(expected, actual);
            }
        }
    }

    /// <summary>
    /// Three logins to A's account from a device A does not own, each followed a minute later by a
    /// verification code to B's phone (three relays: CODE_RELAY needs two); transfers in and out
    /// of A's account; unrelated transfers, logins and SMS of other accounts in between.
    /// </summary>
    private static class Relay
    {
        public static RelayWorld Build() => RelayWorld.Build(ShardCounts, (o, account, phone) => o.OfAccount(account) != o.OfPhone(phone));

        public static List<WireEvent> Events(RelayWorld w)
        {
            var events = new List<WireEvent>();
            var t = RelayWorld.T0;
            for (var i = 0; i < 3; i++)
            {
                events.Add(RelayWorld.Transfer("IN" + i, t += 60, w.Others[i], w.Account, 4_980_000 - (i * 7_000)));
                events.Add(RelayWorld.Login("LA" + i, t += 60, w.Account, "BUYER-PHONE-77"));
                events.Add(RelayWorld.Transfer("U" + i, t += 30, w.Others[3], w.Others[4], 12_300 + i));
                events.Add(RelayWorld.Login("LO" + i, t += 30, w.Others[5], "OTHER-DEVICE-" + i));
                events.Add(RelayWorld.Code("CODE" + i, t += 60, "10690000", w.Phone));
                events.Add(new WireEvent(WireKind.Sms, "AD" + i, t += 10, 480, "10691111", w.Phone, 0, (byte)SmsKind.Notification, null, null, null));
                events.Add(RelayWorld.Transfer("OUT" + i, t += 90, w.Account, w.Others[(i + 1) % 3], 4_950_000 - (i * 7_000)));
                t += 600;
            }

            return events;
        }
    }
}
