using System.Text;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Core.Events;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Ingest.Quarantine;

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
    private static readonly Lazy<Relay> World = new(Relay.Build);

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
    public void RelayedCodesAcrossShards_ShardedOutputByteIdenticalToSingleProcess_AndRaisesCodeRelay()
    {
        var w = World.Value;
        var events = w.Events();
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

    /// <summary>The test city's entity files with <see cref="Account"/> re-bound to <see cref="Phone"/> (another holder's).</summary>
    private sealed record Relay(WorldReference Original, WorldReference Reference, DateOnly AsOf, string Account, string Phone, string[] Others)
    {
        private static readonly long T0 = new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();

        public static Relay Build()
        {
            var asOf = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(T0).ToOffset(TimeSpan.FromHours(8)).DateTime);
            var original = TestWorld.Reference;
            var data = original.Build(asOf);
            var owners = ShardCounts.Select(n => new ShardOwnership(data, n)).ToArray();

            // A: a holder's (non-cash) account bound to its own phone; B: another holder's phone, on
            // another shard than A at every shard count tested.
            string? account = null, oldPhone = null, phone = null;
            for (var a = 0; a < data.Accounts.Count && phone is null; a++)
            {
                var profile = data.Account(a);
                var bound = data.BoundPhone(a);
                if (profile.Holder < 0 || bound < 0 || (profile.Flags & AccountFlags.Cash) != 0)
                {
                    continue;
                }

                var key = data.Accounts.KeyOf(a);
                for (var p = 0; p < data.Phones.Count; p++)
                {
                    var h = data.Phone(p).Holder;
                    var pk = data.Phones.KeyOf(p);
                    if (h >= 0 && h != profile.Holder && owners.All(o => o.OfAccount(key) != o.OfPhone(pk)))
                    {
                        (account, oldPhone, phone) = (key, data.Phones.KeyOf(bound), pk);
                        break;
                    }
                }
            }

            Assert.NotNull(phone);
            var others = Enumerable.Range(0, data.Accounts.Count).Select(data.Accounts.KeyOf)
                .Where(k => k != account && (data.Account(data.Accounts.Find(k)).Flags & AccountFlags.Cash) == 0).Take(6).ToArray();

            var folder = Path.Combine(Path.GetTempPath(), "breakcard-cluster-relay-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            try
            {
                foreach (var file in new[] { EntitySchema.PeopleCsv, EntitySchema.CompaniesCsv, EntitySchema.AccountsCsv, EntitySchema.PhonesCsv, EntitySchema.DevicesCsv })
                {
                    var source = Path.Combine(TestWorld.WorldFolder, file);
                    if (File.Exists(source))
                    {
                        File.Copy(source, Path.Combine(folder, file));
                    }
                }

                // Re-point A's account-phone link (the only line naming both) at B's phone.
                var rebound = 0;
                var lines = File.ReadAllLines(Path.Combine(TestWorld.WorldFolder, EntitySchema.LinksCsv)).Select(line =>
                {
                    if (line.Contains(account!, StringComparison.Ordinal) && line.Contains(oldPhone!, StringComparison.Ordinal))
                    {
                        rebound++;
                        return line.Replace(oldPhone!, phone, StringComparison.Ordinal);
                    }

                    return line;
                }).ToArray();
                Assert.Equal(1, rebound);
                File.WriteAllLines(Path.Combine(folder, EntitySchema.LinksCsv), lines);
                return new Relay(original, WorldReference.Read(folder, new QuarantineList()), asOf, account!, phone!, others);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>
        /// Three logins to A's account from a device A does not own, each followed a minute later by a
        /// verification code to B's phone (three relays: CODE_RELAY needs two); transfers in and out
        /// of A's account; unrelated transfers, logins and SMS of other accounts in between.
        /// </summary>
        public List<WireEvent> Events()
        {
            var events = new List<WireEvent>();
            var t = T0;
            for (var i = 0; i < 3; i++)
            {
                events.Add(Transfer("IN" + i, t += 60, Others[i], Account, 4_980_000 - (i * 7_000)));
                events.Add(Login("LA" + i, t += 60, Account, "BUYER-PHONE-77"));
                events.Add(Transfer("U" + i, t += 30, Others[3], Others[4], 12_300 + i));
                events.Add(Login("LO" + i, t += 30, Others[5], "OTHER-DEVICE-" + i));
                events.Add(new WireEvent(WireKind.Sms, "CODE" + i, t += 60, 480, "10690000", Phone, 0, (byte)SmsKind.VerificationCode, null, null, null));
                events.Add(new WireEvent(WireKind.Sms, "AD" + i, t += 10, 480, "10691111", Phone, 0, (byte)SmsKind.Notification, null, null, null));
                events.Add(Transfer("OUT" + i, t += 90, Account, Others[(i + 1) % 3], 4_950_000 - (i * 7_000)));
                t += 600;
            }

            return events;
        }

        private static WireEvent Transfer(string id, long time, string debit, string credit, long fen) =>
            new(WireKind.Transaction, id, time, 480, debit, credit, fen, (byte)Channel.Transfer, null, null, null);

        private static WireEvent Login(string id, long time, string account, string device) =>
            new(WireKind.Login, id, time, 480, account, string.Empty, 0, 0, device, null, null);
    }
}
