using System.Globalization;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Core.Events;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A push that is not a place push (ADR 0338): an SMS to a phone whose bound account belongs to
/// another holder on a lower shard. The SMS alerts the phone in its own application, then — a
/// relayed code — the account by the CODE_RELAY the engine pushes to it, then (with a SIM box) the
/// SIMs its device pushes SIM_CLUSTER to. The account's shard applies the SMS too (a relay group),
/// so the merge must put the account's alert after the phone's though its shard comes first.
/// Before ADR 0338 the relay push had no position: its alert kept the item's step and came first.
/// </summary>
public sealed class RelayPushOrderTests
{
    private static readonly int[] ShardCounts = [2, 3, 5];
    private static readonly Lazy<RelayWorld> World = new(() =>
        RelayWorld.Build(ShardCounts, (o, account, phone) => o.OfAccount(account) < o.OfPhone(phone)));

    private static readonly Lazy<Outputs> Plain = new(() => TestWorld.RunSingle(Events(World.Value, simBox: false), World.Value.Reference, DetectionOptions.Default));
    private static readonly Lazy<Outputs> Boxed = new(() => TestWorld.RunSingle(Events(World.Value, simBox: true), World.Value.Reference, DetectionOptions.Default));

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    public void RelayPushAlertOnALowerShard_InProcess_ByteIdenticalToSingleProcess(int shards, bool simBox)
    {
        var w = World.Value;
        var expected = Expected(simBox);

        var (actual, _) = InProcess.Run(Events(w, simBox), shards, 500, w.Reference, DetectionOptions.Default);

        Outputs.AssertIdentical(expected, actual);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public async Task RelayPushAlertOnALowerShard_TwoSilos_ByteIdenticalToSingleProcess(int shards)
    {
        var w = World.Value;
        var expected = Expected(simBox: true);

        var actual = await TwoSilos.RunShardedAsync(w.Reference, DetectionOptions.Default, shards, 50, "bank-relay-" + shards, Events(w, simBox: true));

        Outputs.AssertIdentical(expected, actual);
    }

    /// <summary>The single process's outputs, with the case in them: on one SMS the phone, then the account, then (with the box) pushed SIMs.</summary>
    private static Outputs Expected(bool simBox)
    {
        var w = World.Value;
        var expected = simBox ? Boxed.Value : Plain.Value;
        var relay = expected.EntitiesAlertedBy("CODE19");
        Assert.True(relay.Count >= 2 && relay[0] == w.Phone && relay[1] == w.Account, "CODE19 alerts: " + string.Join(", ", relay));
        Assert.Equal(simBox ? 7 : 2, relay.Count);
        return expected;
    }

    /// <summary>
    /// The account passes money through once; its bound phone (another holder's) receives a day's
    /// verification codes from many platforms, every second one from code 15 on minutes after a
    /// login to the account from a device its holder does not own (a relayed code). With
    /// <paramref name="simBox"/>, five SIMs of other holders with codes of their own sit in one
    /// device first, and the phone's codes from code 19 on arrive in that device too.
    /// </summary>
    private static List<WireEvent> Events(RelayWorld w, bool simBox)
    {
        var events = new List<WireEvent>();
        var t = RelayWorld.T0;
        if (simBox)
        {
            for (var k = 0; k < 5; k++)
            {
                for (var i = 0; i < 22; i++)
                {
                    events.Add(RelayWorld.Code("F" + k + "-" + i, t += 5, Sender(1070, i % 9), w.OtherPhones[k]));
                }
            }

            for (var k = 0; k < 5; k++)
            {
                events.Add(new WireEvent(WireKind.Sms, "BOX" + k, t += 20, 480, "10691111", w.OtherPhones[k], 0, (byte)SmsKind.Notification, "SIMBOX-1", null, null));
            }
        }

        events.Add(RelayWorld.Transfer("IN", t += 60, w.Others[0], w.Account, 4_980_000));
        events.Add(RelayWorld.Transfer("OUT", t += 90, w.Account, w.Others[1], 4_950_000));
        for (var i = 0; i < 30; i++)
        {
            if (i % 2 == 1 && i >= 15)
            {
                events.Add(RelayWorld.Login("LA" + i, t += 30, w.Account, "BUYER-PHONE-77"));
            }

            events.Add(RelayWorld.Code("CODE" + i, t += 60, Sender(1069, i % 12), w.Phone, simBox && i >= 19 ? "SIMBOX-1" : null));
        }

        return events;
    }

    private static string Sender(int prefix, int n) => prefix.ToString(CultureInfo.InvariantCulture) + n.ToString("D4", CultureInfo.InvariantCulture);
}
