using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests.Truth;

public sealed class FundFlowTests(Worlds worlds)
{
    private SimulatedWorld W => worlds.MediumWorld;

    [Fact]
    public void EveryVictimPayment_IsAccountedForToTheFen()
    {
        var flows = W.Truth(TruthSchema.FundFlowsCsv);
        var events = W.Truth(TruthSchema.EventsCsv).IndexBy("event_id");
        var tx = W.Transactions.IndexBy("id");
        var bySource = flows.Rows.GroupBy(r => flows.Get(r, "source_event_id"));
        var victimPayments = W.Truth(TruthSchema.EventsCsv).Rows
            .Where(r => W.Truth(TruthSchema.EventsCsv).Get(r, "pattern") == "fan_in" && W.Truth(TruthSchema.EventsCsv).Get(r, "typology") != "card_dealing")
            .Select(r => W.Truth(TruthSchema.EventsCsv).Get(r, "event_id")).ToHashSet();
        foreach (var group in bySource)
        {
            Assert.True(events.ContainsKey(group.Key), $"{group.Key} is not a labelled event");
            var paid = long.Parse(W.Transactions.Get(tx[group.Key], "amount_fen"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(paid, group.Sum(r => long.Parse(flows.Get(r, "amount_fen"), System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(victimPayments.Order(), bySource.Select(g => g.Key).Order());
    }

    [Fact]
    public void CashOuts_LeaveThroughCashPointsOnCashChannels_AfterTheMoneyCameIn()
    {
        var flows = W.Truth(TruthSchema.FundFlowsCsv);
        var tx = W.Transactions;
        var byId = tx.IndexBy("id");
        var ends = new Dictionary<string, long>();
        foreach (var row in flows.Rows)
        {
            var end = flows.Get(row, "end");
            var fen = long.Parse(flows.Get(row, "amount_fen"), System.Globalization.CultureInfo.InvariantCulture);
            ends[end] = ends.GetValueOrDefault(end) + fen;
            var source = byId[flows.Get(row, "source_event_id")];
            if (end is "cash_out" or "payout")
            {
                var t = byId[flows.Get(row, "end_event_id")];
                Assert.True(string.CompareOrdinal(tx.Get(t, "time"), tx.Get(source, "time")) >= 0, "money moves forward in time");
                if (end == "cash_out")
                {
                    Assert.StartsWith(CashPoints.Prefix, tx.Get(t, "credit"), StringComparison.Ordinal);
                    Assert.Contains(tx.Get(t, "channel"), new[] { "atm_cash", "pos", "counter" });
                    Assert.Equal(flows.Get(row, "end_account"), tx.Get(t, "debit"));
                }
                else
                {
                    Assert.Equal(flows.Get(row, "end_account"), tx.Get(t, "credit"));
                }
            }
            else
            {
                Assert.Equal("", flows.Get(row, "end_event_id"));
            }
        }

        // Most of the money reaches a cash-out point within the period; little is still held.
        var total = ends.Values.Sum();
        Assert.True(ends["cash_out"] > 0.85 * total, $"only {ends["cash_out"] * 100 / total}% cashed out");
        Assert.True(ends.GetValueOrDefault("commission") > 0 && ends.GetValueOrDefault("payout") > 0);
    }

    [Fact]
    public void CashPseudoAccounts_AreNeverAccounts_AndIllicitCashOutsUseAllThreeChannels()
    {
        var accounts = W.Csv("accounts.csv").Column("account_number").ToHashSet();
        var events = W.Truth(TruthSchema.EventsCsv).IndexBy("event_id");
        var tx = W.Transactions;
        var channels = new HashSet<string>();
        foreach (var row in tx.Rows)
        {
            foreach (var side in new[] { tx.Get(row, "debit"), tx.Get(row, "credit") })
            {
                Assert.True(CashPoints.IsCash(side) || accounts.Contains(side), $"{tx.Get(row, "id")}: unknown account");
                Assert.False(CashPoints.IsCash(side) && accounts.Contains(side));
            }

            if (CashPoints.IsCash(tx.Get(row, "credit")) && events.ContainsKey(tx.Get(row, "id")))
            {
                channels.Add(tx.Get(row, "channel"));
            }
        }

        Assert.Equal(["atm_cash", "counter", "pos"], channels.Order());
    }

    [Fact]
    public void Victims_AreCalledByTheRingBeforeTheyPay_AndAreNeverPositives()
    {
        var persons = W.Truth(TruthSchema.PersonsCsv);
        var phones = W.Csv("phones.csv");
        var accounts = W.Truth(TruthSchema.AccountsCsv);
        var events = W.Truth(TruthSchema.EventsCsv).IndexBy("event_id");
        var calls = W.Csv(EventSchema.CallsCsv);
        var firstRingCall = new Dictionary<string, string>();
        foreach (var row in calls.Rows.Where(r => events.ContainsKey(calls.Get(r, "id"))))
        {
            firstRingCall.TryAdd(calls.Get(row, "callee"), calls.Get(row, "time"));
        }

        var phoneOf = phones.Rows.GroupBy(r => phones.Get(r, "holder_id")).ToDictionary(g => g.Key, g => g.Select(r => phones.Get(r, "number")).ToList());
        var accountOf = accounts.Rows.Where(r => accounts.Get(r, "role") == "victim").ToDictionary(r => accounts.Get(r, "account_number"), r => accounts.Get(r, "holder_id"));
        var firstPayment = new Dictionary<string, string>();
        var tx = W.Transactions;
        foreach (var row in tx.Rows.Where(r => events.ContainsKey(tx.Get(r, "id"))))
        {
            if (accountOf.TryGetValue(tx.Get(row, "debit"), out var victim))
            {
                firstPayment.TryAdd(victim, tx.Get(row, "time"));
            }
        }

        var conned = 0;
        foreach (var row in persons.Rows.Where(r => persons.Get(r, "role") == "victim" && persons.Get(r, "typologies").Contains("layered_laundering", StringComparison.Ordinal)))
        {
            var victim = persons.Get(row, "person_id");
            if (!firstPayment.TryGetValue(victim, out var paid))
            {
                continue;
            }

            var call = phoneOf[victim].Select(n => firstRingCall.GetValueOrDefault(n)).Where(t => t is not null).Min(StringComparer.Ordinal);
            Assert.True(call is not null && string.CompareOrdinal(call, paid) < 0, $"victim {victim} paid before any call from the ring");
            conned++;
        }

        Assert.True(conned >= 10, $"only {conned} conned victims");
        Assert.DoesNotContain(accounts.Rows, r => accounts.Get(r, "role") == "victim" && accounts.Get(r, "source") != "");
    }
}
