using System.Globalization;
using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;

namespace Breakcard.Detection.Tests.Pipeline;

/// <summary>A reproducible stream of Core events (transactions, calls, SMS, logins) with mules, a spraying number and ordinary life.</summary>
internal static class CoreScenario
{
    public sealed record Item(TransactionEvent? Tx = null, CallEvent? Call = null, SmsEvent? Sms = null, LoginEvent? Login = null);

    public static List<Item> Build(int seed, int days = 4)
    {
        var random = new Random(seed);
        var items = new List<(DateTimeOffset Time, Item Item)>();
        var n = 0;
        string Id(char prefix) => prefix + (++n).ToString("D8", CultureInfo.InvariantCulture);
        void Tx(DateTimeOffset t, string d, string c, long yuan) =>
            items.Add((t, new Item(Tx: new TransactionEvent(Id('T'), t, d, c, Money.FromYuan(yuan), Channel.Transfer, null))));

        for (var day = 0; day < days; day++)
        {
            var d0 = Harness.Start.AddDays(day);
            for (var i = 0; i < 150; i++)
            {
                Tx(d0.AddMinutes(random.Next(7 * 60, 23 * 60)), $"person-{random.Next(60)}", $"shop-{random.Next(8)}", random.Next(10, 400));
            }

            foreach (var mule in new[] { "mule-a", "mule-b", "mule-c" })
            {
                for (var cycle = 0; cycle < 4; cycle++)
                {
                    var t = d0.AddHours(9 + (cycle * 3) + random.NextDouble());
                    long total = 0;
                    for (var p = 0; p < 6; p++)
                    {
                        var yuan = 800 + random.Next(2_000);
                        total += yuan;
                        Tx(t.AddMinutes(p), $"victim-{day}-{cycle}-{p}-{mule}", mule, yuan);
                    }

                    Tx(t.AddMinutes(30), mule, $"collector-{random.Next(2)}", total * 95 / 100);
                }

                items.Add((d0.AddHours(8), new Item(Login: new LoginEvent(Id('L'), d0.AddHours(8), mule, DeviceId.Parse("DEALER-PHONE-01"), IpAddress.Parse("171.88.12.34")))));
            }

            for (var i = 0; i < 80; i++)
            {
                var t = d0.AddHours(10).AddMinutes(i * 3);
                items.Add((t, new Item(Call: new CallEvent(Id('C'), t, "13900000001", "137" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture), random.Next(0, 20), "510104-0012", null))));
            }

            for (var i = 0; i < 30; i++)
            {
                var t = d0.AddHours(14).AddMinutes(i);
                items.Add((t, new Item(Sms: new SmsEvent(Id('S'), t, "10690" + random.Next(100), "13900000002", SmsKind.VerificationCode, null, null))));
            }
        }

        return items.OrderBy(x => x.Time).Select(x => x.Item).ToList();
    }
}
