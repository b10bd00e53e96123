using System.Net;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;
using Breakcard.Web.Tests.Infrastructure;

namespace Breakcard.Web.Tests.Features;

/// <summary>What the host keeps in the store survives a restart: credentials, alert triage, mappings, judgments (on each engine, the derived classes).</summary>
public abstract class PersistenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<string> StoreAsync();

    [Fact]
    public async Task Triage_keys_and_mappings_survive_a_restart_on_the_same_store()
    {
        var store = await StoreAsync();
        string key;
        await using (var first = await WebServer.StartAsync(store))
        {
            key = await first.Service<CredentialStore>().IssueApiKeyAsync("li@bank-a", Ct);
            Alerts.Add(first.Service<AlertBook>(), "P1", Alerts.Card(1), 70);
            Alerts.Add(first.Service<AlertBook>(), "P2", Alerts.Card(2), 85);
            Assert.Equal(HttpStatusCode.OK, (await first.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:P1/dismiss", new { reason = "salary account, verified" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:P2/escalate")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.SendAsync("li@bank-a", HttpMethod.Put, "/api/v1/mappings/kept", raw: """
                {"kind":"logins","fields":{"id":{"column":"id"},"time":{"column":"t"},"account":{"column":"a"},"device":{"column":"d"}}}
                """)).StatusCode);
        }

        await using var second = await WebServer.StartAsync(store);
        var book = second.Service<AlertBook>();
        // The alerts are raised again (a monitor replays its stream, or the demo reloads its file): their triage comes back.
        var dismissed = Alerts.Add(book, "P1", Alerts.Card(1), 70);
        var escalated = Alerts.Add(book, "P2", Alerts.Card(2), 85);
        var fresh = Alerts.Add(book, "P3", Alerts.Card(3), 75);
        Assert.Equal(AlertStatus.Dismissed, dismissed.Status);
        Assert.Equal("salary account, verified", dismissed.DismissReason);
        Assert.Equal(AlertStatus.Escalated, escalated.Status);
        Assert.StartsWith("CL-", escalated.ClueId, StringComparison.Ordinal);
        Assert.Equal(AlertStatus.Open, fresh.Status);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/mappings/kept") { Headers = { { "X-Api-Key", key } } };
        var kept = await second.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode); // the key issued by the first host, and the mapping it stored
    }

    [Fact]
    public async Task A_credentials_file_of_an_earlier_version_is_imported_once()
    {
        var store = await StoreAsync();
        var folder = Directory.CreateTempSubdirectory("breakcard-web-legacy-");
        var file = Path.Combine(folder.FullName, "old.credentials.json");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("bk_legacy_key"u8));
        await File.WriteAllTextAsync(file, """{"format":"breakcard.credentials/1","users":{"wang@bank-a":{"password_hash":null,"api_keys":["HASH"]}}}""".Replace("HASH", hash, StringComparison.Ordinal), Ct);
        await using var s = await WebServer.StartAsync(store, false, false, "--credentials", file);
        Assert.False(File.Exists(file));
        Assert.True(File.Exists(file + ".imported"));
        Assert.Equal("wang@bank-a", await s.Service<CredentialStore>().OwnerOfKeyAsync("bk_legacy_key", Ct));
    }
}

/// <summary>On SQLite: one file kept across the two hosts.</summary>
public sealed class SqlitePersistenceTests : PersistenceTests
{
    protected override Task<string> StoreAsync() =>
        Task.FromResult(Path.Combine(Directory.CreateTempSubdirectory("breakcard-web-persist-").FullName, "kept.db"));
}

/// <summary>On PostgreSQL.</summary>
public sealed class PostgresPersistenceTests(Postgres pg) : PersistenceTests, IClassFixture<Postgres>
{
    protected override async Task<string> StoreAsync() => await pg.NewStoreAsync();
}
