using System.Globalization;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests;

public sealed class AmlSimFormatTests(Worlds worlds)
{
    private SimulatedWorld A => worlds.AmlSimWorld;

    [Fact]
    public void Transactions_HaveAmlSimsColumns_IntegerAccounts_AndOneTimestampPerDay()
    {
        var tx = A.Csv("transactions.csv");
        Assert.Equal(["tran_id", "orig_acct", "bene_acct", "tx_type", "base_amt", "tran_timestamp", "is_sar", "alert_id"], tx.Header);
        var accounts = A.Csv("accounts.csv").Column("acct_id").ToHashSet();
        var n = 0L;
        foreach (var row in tx.Rows)
        {
            Assert.Equal(++n, long.Parse(tx.Get(row, "tran_id"), CultureInfo.InvariantCulture));
            foreach (var side in new[] { "orig_acct", "bene_acct" })
            {
                var id = tx.Get(row, side);
                Assert.True(id == "-1" || accounts.Contains(id), $"{side} {id}");
            }

            var type = tx.Get(row, "tx_type");
            // AMLSim writes cash both ways as account -> branch: the sentinel is always the beneficiary.
            Assert.Equal(type is "CASH-OUT" or "CASH-IN", tx.Get(row, "bene_acct") == "-1");
            Assert.NotEqual("-1", tx.Get(row, "orig_acct"));
            Assert.Matches(@"^\d+\.\d\d$", tx.Get(row, "base_amt"));
            Assert.Matches(@"^\d{4}-\d\d-\d\dT00:00:00Z$", tx.Get(row, "tran_timestamp"));
            Assert.Equal(tx.Get(row, "is_sar") == "True", tx.Get(row, "alert_id") != "-1");
        }

        Assert.Equal(Worlds.Medium.Days, tx.Column("tran_timestamp").Distinct().Count());
        Assert.Equal(A.Summary.Transactions, tx.Rows.Count);
    }

    [Fact]
    public void Alerts_CoverAmlSimsTypologies_AndMatchTheirTransactions()
    {
        var alerts = A.Csv("alerts.csv");
        var tx = A.Csv("transactions.csv").IndexBy("tran_id");
        Assert.Equal(["alert_id", "alert_type", "is_sar", "tran_id", "orig_acct", "bene_acct", "tx_type", "base_amt", "tran_timestamp"], alerts.Header);
        foreach (var type in new[] { "fan_in", "fan_out", "cycle", "scatter_gather", "gather_scatter" })
        {
            Assert.Contains(type, alerts.Column("alert_type"));
        }

        foreach (var row in alerts.Rows)
        {
            var t = tx[alerts.Get(row, "tran_id")];
            Assert.Equal(alerts.Get(row, "alert_id"), A.Csv("transactions.csv").Get(t, "alert_id"));
            Assert.Equal(alerts.Get(row, "base_amt"), A.Csv("transactions.csv").Get(t, "base_amt"));
            Assert.Equal("True", alerts.Get(row, "is_sar"));
        }

        // Each alert is one pattern instance: one type per alert id.
        Assert.All(alerts.Rows.GroupBy(r => alerts.Get(r, "alert_id")), g => Assert.Single(g.Select(r => alerts.Get(r, "alert_type")).Distinct()));
        Assert.Equal(alerts.Rows.Count, A.Csv("transactions.csv").Column("is_sar").Count(s => s == "True"));
    }

    [Fact]
    public void Accounts_MarkPositivesAsSar_AndKeepHardNegativesClean()
    {
        var accounts = A.Csv("accounts.csv");
        var map = A.Csv("account_map.csv").IndexBy("acct_id");
        var truth = A.Truth(TruthSchema.AccountsCsv).IndexBy("account_number");
        var t = A.Truth(TruthSchema.AccountsCsv);
        foreach (var row in accounts.Rows)
        {
            var number = A.Csv("account_map.csv").Get(map[accounts.Get(row, "acct_id")], "account_number");
            var role = t.Get(truth[number], "role");
            Assert.Equal(role is not ("normal" or "victim") ? "True" : "False", accounts.Get(row, "is_sar"));
        }

        // Hard negatives stay: merchants receive from many accounts and are not SAR.
        var tx = A.Csv("transactions.csv");
        var payers = tx.Rows.GroupBy(r => tx.Get(r, "bene_acct")).ToDictionary(g => g.Key, g => g.Select(r => tx.Get(r, "orig_acct")).Distinct().Count());
        var merchants = accounts.Rows.Where(r => accounts.Get(r, "tx_behavior_id") == "3" && accounts.Get(r, "is_sar") == "False"
            && payers.GetValueOrDefault(accounts.Get(r, "acct_id")) >= 30);
        Assert.True(merchants.Count() >= 10);
    }

    [Fact]
    public void TruthEvents_UseAmlSimsTransactionIds()
    {
        var events = A.Truth(TruthSchema.EventsCsv);
        var tx = A.Csv("transactions.csv").IndexBy("tran_id");
        Assert.All(events.Rows, r => Assert.Equal("transaction", events.Get(r, "type")));
        Assert.All(events.Rows, r => Assert.Equal("True", A.Csv("transactions.csv").Get(tx[events.Get(r, "event_id")], "is_sar")));
        Assert.False(File.Exists(Path.Combine(A.Folder, "calls.csv")));
    }
}
