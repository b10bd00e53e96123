using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Core.Events;
using Breakcard.Detection.Reference;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cluster.Tests.Support;

/// <summary>
/// The test city's entity files with one holder's account re-bound to another holder's phone, so
/// the two form a relay group across shards (ADR 0203): a login to the account from a device its
/// holder does not own stamps the phone, and a verification code to the phone minutes later is a
/// relayed code whose CODE_RELAY the engine pushes back to the account. The simulated worlds never
/// bind an account to another holder's phone, so the pair is made here.
/// </summary>
public sealed record RelayWorld(WorldReference Original, WorldReference Reference, DateOnly AsOf, string Account, string Phone, string[] Others, string[] OtherPhones)
{
    public static readonly long T0 = new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();

    /// <summary>
    /// Re-binds the first holder's (non-cash) account and another holder's phone for which
    /// <paramref name="placed"/> holds at every ownership of <paramref name="shardCounts"/>.
    /// </summary>
    public static RelayWorld Build(int[] shardCounts, Func<ShardOwnership, string, string, bool> placed)
    {
        var asOf = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(T0).ToOffset(TimeSpan.FromHours(8)).DateTime);
        var original = TestWorld.Reference;
        var data = original.Build(asOf);
        var owners = shardCounts.Select(n => new ShardOwnership(data, n)).ToArray();

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
                if (h >= 0 && h != profile.Holder && owners.All(o => placed(o, key, pk)))
                {
                    (account, oldPhone, phone) = (key, data.Phones.KeyOf(bound), pk);
                    break;
                }
            }
        }

        Assert.NotNull(phone);
        var others = Enumerable.Range(0, data.Accounts.Count).Select(data.Accounts.KeyOf)
            .Where(k => k != account && (data.Account(data.Accounts.Find(k)).Flags & AccountFlags.Cash) == 0).Take(6).ToArray();
        var holders = new[] { data.Account(data.Accounts.Find(account!)).Holder, data.Phone(data.Phones.Find(phone!)).Holder };
        var otherPhones = Enumerable.Range(0, data.Phones.Count).Where(p => data.Phone(p).Holder >= 0 && !holders.Contains(data.Phone(p).Holder))
            .Select(data.Phones.KeyOf).Take(6).ToArray();

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

            // Re-point the account-phone link (the only line naming both) at the other holder's phone.
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
            return new RelayWorld(original, WorldReference.Read(folder, new QuarantineList()), asOf, account!, phone!, others, otherPhones);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static WireEvent Transfer(string id, long time, string debit, string credit, long fen) =>
        new(WireKind.Transaction, id, time, 480, debit, credit, fen, (byte)Channel.Transfer, null, null, null);

    public static WireEvent Login(string id, long time, string account, string device) =>
        new(WireKind.Login, id, time, 480, account, string.Empty, 0, 0, device, null, null);

    public static WireEvent Code(string id, long time, string sender, string receiver, string? device = null) =>
        new(WireKind.Sms, id, time, 480, sender, receiver, 0, (byte)SmsKind.VerificationCode, device, null, null);
}
