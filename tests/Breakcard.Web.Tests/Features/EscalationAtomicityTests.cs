using System.Net;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Breakcard.Web.Tests.Features;

/// <summary>
/// Escalating an alert writes the clue and the alert's triage row in one transaction (ADR 173): a
/// fault between the two — injected here as a database trigger that rejects the triage write —
/// leaves neither, so escalating again raises exactly one clue. With the clue and the triage row
/// in two transactions the first attempt left a clue behind and the retry raised a second.
/// </summary>
public abstract class EscalationAtomicityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<string> StoreAsync();

    /// <summary>Makes every write to <c>web_alert_triage</c> fail.</summary>
    protected abstract Task InjectFaultAsync(string store);

    protected abstract Task RemoveFaultAsync(string store);

    protected abstract Task<long> CountAsync(string store, string sql);

    [Fact]
    public async Task A_fault_after_the_clue_is_written_leaves_no_clue_and_the_retry_raises_exactly_one()
    {
        var store = await StoreAsync();
        await using var server = await WebServer.StartAsync(store);
        var record = Alerts.Add(server.Service<AlertBook>(), "F1", Alerts.Card(41), 85);
        var before = await CountAsync(store, "SELECT COUNT(*) FROM clues");

        await InjectFaultAsync(store);
        var failed = await server.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:F1/escalate");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(AlertStatus.Open, record.Status);
        Assert.Equal(before, await CountAsync(store, "SELECT COUNT(*) FROM clues")); // the clue was rolled back with the triage row
        Assert.Equal(0, await CountAsync(store, $"SELECT COUNT(*) FROM web_alert_triage WHERE alert_id = '{record.Alert.AlertId}'"));

        await RemoveFaultAsync(store);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:F1/escalate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:F1/escalate")).StatusCode); // again: nothing new
        Assert.Equal(AlertStatus.Escalated, record.Status);
        Assert.Equal(before + 1, await CountAsync(store, "SELECT COUNT(*) FROM clues"));
        Assert.Equal(1, await CountAsync(store, $"SELECT COUNT(*) FROM web_alert_triage WHERE alert_id = '{record.Alert.AlertId}' AND status = 'escalated' AND clue_id = '{record.ClueId}'"));
    }

    [Fact]
    public async Task An_alert_already_escalated_in_the_store_is_not_escalated_again_by_a_host_that_missed_it()
    {
        var store = await StoreAsync();
        await using var first = await WebServer.StartAsync(store);
        await using var second = await WebServer.StartAsync(store);
        // Both hosts hold the alert as open (the second loaded the store before the first escalated it).
        var one = Alerts.Add(first.Service<AlertBook>(), "F2", Alerts.Card(42), 85);
        var two = Alerts.Add(second.Service<AlertBook>(), "F2", Alerts.Card(42), 85);
        var before = await CountAsync(store, "SELECT COUNT(*) FROM clues");

        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:F2/escalate")).StatusCode);
        Assert.Equal(AlertStatus.Open, two.Status);
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:F2/escalate")).StatusCode);

        Assert.Equal(before + 1, await CountAsync(store, "SELECT COUNT(*) FROM clues"));
        Assert.Equal(one.ClueId, two.ClueId); // the second host took the stored clue instead of raising its own
        Assert.Equal(AlertStatus.Escalated, two.Status);
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqliteEscalationAtomicityTests : EscalationAtomicityTests
{
    protected override Task<string> StoreAsync() =>
        Task.FromResult(Path.Combine(Directory.CreateTempSubdirectory("breakcard-web-escalate-").FullName, "web.db"));

    protected override Task InjectFaultAsync(string store) =>
        ExecuteAsync(store, "CREATE TRIGGER fail_triage BEFORE INSERT ON web_alert_triage BEGIN SELECT RAISE(ABORT, 'injected fault'); END");

    protected override Task RemoveFaultAsync(string store) => ExecuteAsync(store, "DROP TRIGGER fail_triage");

    protected override async Task<long> CountAsync(string store, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={store};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string store, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={store};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}

/// <summary>On PostgreSQL.</summary>
public sealed class PostgresEscalationAtomicityTests(Postgres pg) : EscalationAtomicityTests, IClassFixture<Postgres>
{
    protected override async Task<string> StoreAsync() => await pg.NewStoreAsync();

    protected override Task InjectFaultAsync(string store) => ExecuteAsync(store, """
        CREATE FUNCTION fail_triage() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$;
        CREATE TRIGGER fail_triage BEFORE INSERT OR UPDATE ON web_alert_triage FOR EACH ROW EXECUTE FUNCTION fail_triage();
        """);

    protected override Task RemoveFaultAsync(string store) => ExecuteAsync(store, "DROP TRIGGER fail_triage ON web_alert_triage; DROP FUNCTION fail_triage()");

    protected override async Task<long> CountAsync(string store, string sql)
    {
        await using var c = new NpgsqlConnection(store);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string store, string sql)
    {
        await using var c = new NpgsqlConnection(store);
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
