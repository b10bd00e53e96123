using Breakcard.Storage.Tests.Infrastructure;
using Breakcard.Storage.Web;

namespace Breakcard.Storage.Tests.Web;

/// <summary>The web host's tables (schema version 2) behave the same on both engines: upserts replace, keys keep their first owner, judgments are numbered in order.</summary>
public abstract class WebStateRepositoryTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Passwords_keys_triage_mappings_and_judgments_round_trip()
    {
        await using var store = await fixture.NewStoreAsync();
        var at = TestStore.Start;
        var owner = await store.Store.WriteAsync(async s =>
        {
            var r = WebStateRepository.Of(s);
            await r.SetPasswordAsync("li@bank-a", "hash-1", at);
            await r.SetPasswordAsync("li@bank-a", "hash-2", at.AddMinutes(1)); // replaced
            Assert.True(await r.AddApiKeyAsync("k1", "li@bank-a", at));
            Assert.True(await r.AddApiKeyAsync("k1", "li@bank-a", at)); // the same again: harmless
            Assert.False(await r.AddApiKeyAsync("k1", "wang@bank-a", at)); // another user's hash: refused, not taken over
            await r.SaveTriageAsync(new TriageRow("bank-a:A1", "bank-a", "dismissed", null, "verified", "li@bank-a", at));
            await r.SaveTriageAsync(new TriageRow("bank-a:A1", "bank-a", "escalated", "CL-000001", null, "wang@bank-a", at.AddHours(1)));
            await r.SaveMappingAsync(new StoredMapping("bank-a", "daily", "{\"v\":1}", "li@bank-a", at));
            await r.SaveMappingAsync(new StoredMapping("bank-a", "daily", "{\"v\":2}", "wang@bank-a", at));
            Assert.Equal("JD-000001", await r.AddJudgmentAsync("court-a", "a.txt", "{}", "sun@court-a", at));
            Assert.Equal("JD-000002", await r.AddJudgmentAsync("court-a", "b.txt", "[]", "sun@court-a", at));
            return await r.KeyOwnerAsync("k1");
        }, Ct);
        Assert.Equal("li@bank-a", owner);

        await store.Store.ReadAsync(async s =>
        {
            var r = WebStateRepository.Of(s);
            Assert.Equal("hash-2", await r.PasswordHashAsync("li@bank-a"));
            Assert.Null(await r.PasswordHashAsync("nobody@bank-a"));
            var triage = Assert.Single(await r.TriageAsync());
            Assert.Equal(("escalated", "CL-000001", (string?)null, "wang@bank-a", at.AddHours(1)), (triage.Status, triage.ClueId, triage.Reason, triage.ByUser, triage.At));
            Assert.Equal("{\"v\":2}", (await r.MappingAsync("bank-a", "daily"))!.Body);
            Assert.Null(await r.MappingAsync("telecom-a", "daily"));
            Assert.Equal(["a.txt", "b.txt"], (await r.JudgmentsAsync(10)).Select(j => j.Source));
            Assert.Single(await r.JudgmentsAsync(1));
            return 0;
        }, Ct);
    }
}

public sealed class SqliteWebStateRepositoryTests(SqliteFixture fixture) : WebStateRepositoryTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresWebStateRepositoryTests(PostgresFixture fixture) : WebStateRepositoryTests(fixture), IClassFixture<PostgresFixture>;
