using System.Globalization;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests.Truth;

/// <summary>
/// The look-alikes a detector must not flag (INDICATORS.md, "Data realities") are present, behave
/// as their persona says, and are labelled normal.
/// </summary>
public sealed class HardNegativeTests(Worlds worlds)
{
    private SimulatedWorld W => worlds.MediumWorld;

    [Fact]
    public void EveryPersona_IsPresent()
    {
        var personas = W.Truth(TruthSchema.PersonsCsv).Column("persona").GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        foreach (var persona in Enum.GetValues<Persona>())
        {
            Assert.True(personas.GetValueOrDefault(EventSchema.Snake(persona)) >= 10, $"{persona}: {personas.GetValueOrDefault(EventSchema.Snake(persona))}");
        }
    }

    [Fact]
    public void Merchants_ReceiveFromManyStrangers_AndAreNormal()
    {
        var inflows = Inflows(r => true);
        var truth = W.Truth(TruthSchema.AccountsCsv);
        var busyShops = truth.Rows.Where(r => truth.Get(r, "persona") == "merchant" && truth.Get(r, "role") == "normal"
            && inflows.GetValueOrDefault(truth.Get(r, "account_number"))?.Count >= 30).ToList();
        Assert.True(busyShops.Count >= 10, $"{busyShops.Count} merchants with 30+ distinct payers");
    }

    [Fact]
    public void Employers_PayManyEmployeesWithinMinutesOnPayday()
    {
        var tx = W.Transactions;
        var payrolls = tx.Rows.Where(r => tx.Get(r, "memo") == "工资")
            .GroupBy(r => (tx.Get(r, "debit"), tx.Get(r, "time")[..13]))
            .Where(g => g.Select(r => tx.Get(r, "credit")).Distinct().Count() >= 10).ToList();
        Assert.NotEmpty(payrolls);
        var truth = W.Truth(TruthSchema.AccountsCsv).IndexBy("account_number");
        Assert.All(payrolls, p => Assert.Equal("normal", W.Truth(TruthSchema.AccountsCsv).Get(truth[p.Key.Item1], "role")));
    }

    [Fact]
    public void Couriers_CollectFromStrangersAndForwardTheSameEvening()
    {
        var tx = W.Transactions;
        var cod = tx.Rows.Where(r => tx.Get(r, "memo") == "代收货款").ToList();
        var forwards = cod.Where(r => tx.Get(r, "channel") == "transfer").ToList();
        Assert.True(forwards.Count >= 20);
        foreach (var forward in forwards.Take(50))
        {
            var courier = tx.Get(forward, "debit");
            var day = tx.Get(forward, "time")[..10];
            var collected = cod.Where(r => tx.Get(r, "credit") == courier && tx.Get(r, "time")[..10] == day).Sum(r => long.Parse(tx.Get(r, "amount_fen"), CultureInfo.InvariantCulture));
            Assert.Equal(collected, long.Parse(tx.Get(forward, "amount_fen"), CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Sweepers_MoveEachInflowToTheirOwnWalletWithinMinutes()
    {
        var tx = W.Transactions;
        var accounts = W.Csv("accounts.csv").IndexBy("account_number");
        var sameHolderForwards = 0;
        var byTime = tx.Rows.ToList();
        var lastInflow = new Dictionary<string, (string Time, string Fen)>();
        foreach (var row in byTime)
        {
            var debit = tx.Get(row, "debit");
            var credit = tx.Get(row, "credit");
            if (lastInflow.TryGetValue(debit, out var inflow) && inflow.Fen == tx.Get(row, "amount_fen")
                && !CashPoints.IsCash(credit) && W.Csv("accounts.csv").Get(accounts[credit], "holder_id") == W.Csv("accounts.csv").Get(accounts[debit], "holder_id")
                && W.Csv("accounts.csv").Get(accounts[credit], "class") == "class_ii")
            {
                var gap = DateTimeOffset.Parse(tx.Get(row, "time"), CultureInfo.InvariantCulture) - DateTimeOffset.Parse(inflow.Time, CultureInfo.InvariantCulture);
                Assert.InRange(gap.TotalMinutes, 0, 31);
                sameHolderForwards++;
            }

            lastInflow[credit] = (tx.Get(row, "time"), tx.Get(row, "amount_fen"));
        }

        Assert.True(sameHolderForwards >= 100, $"{sameHolderForwards} sweeps");
    }

    [Fact]
    public void RentAgents_ForwardCollectedRentsToOwners_KeepingAFee()
    {
        var tx = W.Transactions;
        var rents = tx.Rows.Where(r => tx.Get(r, "memo") == "房租").ToList();
        var collectors = rents.GroupBy(r => tx.Get(r, "credit")).Where(g => g.Select(r => tx.Get(r, "debit")).Distinct().Count() >= 2).Select(g => g.Key).ToHashSet();
        var agents = rents.Where(r => collectors.Contains(tx.Get(r, "debit"))).Select(r => tx.Get(r, "debit")).ToHashSet();
        Assert.NotEmpty(agents);
        var truth = W.Truth(TruthSchema.AccountsCsv).IndexBy("account_number");
        Assert.All(agents, a => Assert.Equal("landlord", W.Truth(TruthSchema.AccountsCsv).Get(truth[a], "persona")));
    }

    [Fact]
    public void NightShiftWorkers_PayAtNightFarMoreThanOthers()
    {
        var truth = W.Truth(TruthSchema.AccountsCsv).IndexBy("account_number");
        var tx = W.Transactions;
        var night = new Dictionary<string, (int Night, int All)>();
        foreach (var row in tx.Rows)
        {
            var debit = tx.Get(row, "debit");
            if (!truth.TryGetValue(debit, out var t))
            {
                continue;
            }

            var persona = W.Truth(TruthSchema.AccountsCsv).Get(t, "persona");
            var hour = int.Parse(tx.Get(row, "time").AsSpan(11, 2), CultureInfo.InvariantCulture);
            var (n, a) = night.GetValueOrDefault(persona);
            night[persona] = (n + (hour is >= 22 or < 6 ? 1 : 0), a + 1);
        }

        double Share(string persona) => night[persona].Night / (double)night[persona].All;
        Assert.True(Share("night_shift") > 0.4, $"night-shift night share {Share("night_shift"):P0}");
        Assert.True(Share("ordinary") < 0.15, $"ordinary night share {Share("ordinary"):P0}");
    }

    [Fact]
    public void InnocentLookAlikes_OfRingSignals_Exist()
    {
        var logins = W.Csv(EventSchema.LoginsCsv);
        var accounts = W.Csv("accounts.csv").IndexBy("account_number");
        var devices = W.Csv("devices.csv").IndexBy("device_id");
        var events = W.Truth(TruthSchema.EventsCsv).IndexBy("event_id");
        var seenDevices = new Dictionary<string, HashSet<string>>();
        var sharedInnocent = 0;
        foreach (var row in logins.Rows.Where(r => !events.ContainsKey(logins.Get(r, "id"))))
        {
            var holder = W.Csv("accounts.csv").Get(accounts[logins.Get(row, "account")], "holder_id");
            var owner = W.Csv("devices.csv").Get(devices[logins.Get(row, "device_id")], "owner_id");
            sharedInnocent += owner != holder ? 1 : 0;
            if (!seenDevices.TryGetValue(logins.Get(row, "account"), out var set))
            {
                seenDevices[logins.Get(row, "account")] = set = [];
            }

            set.Add(logins.Get(row, "device_id"));
        }

        Assert.True(sharedInnocent >= 20, "children log into parents' accounts from their own phones");
        Assert.True(seenDevices.Values.Count(s => s.Count >= 2) >= 20, "people log in from a second device (a computer, a new phone)");
        var truth = W.Truth(TruthSchema.AccountsCsv);
        var credited = W.Transactions.Column("credit").ToHashSet();
        var all = W.Csv("accounts.csv");
        var dormantButUsed = all.Rows.Count(r => all.Get(r, "last_activity") != "" && string.CompareOrdinal(all.Get(r, "last_activity"), "2024-09-01") < 0
            && credited.Contains(all.Get(r, "account_number")));
        Assert.True(dormantButUsed >= 3, $"{dormantButUsed} long-dormant cards come back to life (innocently or not)");
        Assert.Contains(truth.Rows, r => truth.Get(r, "role") == "normal" && string.CompareOrdinal(W.Csv("accounts.csv").Get(accounts[truth.Get(r, "account_number")], "opened"), "2025-02-01") >= 0);
    }

    private Dictionary<string, HashSet<string>> Inflows(Func<string[], bool> filter)
    {
        var tx = W.Transactions;
        var map = new Dictionary<string, HashSet<string>>();
        foreach (var row in tx.Rows.Where(filter))
        {
            var credit = tx.Get(row, "credit");
            if (!map.TryGetValue(credit, out var set))
            {
                map[credit] = set = [];
            }

            set.Add(tx.Get(row, "debit"));
        }

        return map;
    }
}
