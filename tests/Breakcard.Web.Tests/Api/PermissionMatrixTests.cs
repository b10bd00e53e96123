using System.Net;
using Breakcard.Web.Demo;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Tests.Infrastructure;

namespace Breakcard.Web.Tests.Api;

/// <summary>
/// Every endpoint against every demo user — each role at each kind of institution it can be held
/// at — compared with a hand-written copy of the permission table (docs/cases.md for what the
/// case service layer guards, docs/web.md for the web host's own operations).
/// </summary>
public abstract class PermissionMatrixTests
{
    private const string Ad = "admin@police-a", Li = "li@bank-a", Wang = "wang@bank-a", Aud = "aud@bank-a", Chen = "chen@telecom-a",
        Zhao = "zhao@police-a", Qian = "qian@procuratorate-a", Sun = "sun@court-a";

    protected abstract Task<string?> StoreAsync();

    [Fact]
    public async Task Each_endpoint_allows_exactly_the_roles_and_institutions_the_table_names()
    {
        await using var s = await WebServer.StartAsync(await StoreAsync());
        var card = Alerts.Card(50);
        Alerts.Add(s.Service<AlertBook>(), "P1", card, 70);
        var seed = $"[{{\"type\":\"transaction\",\"id\":\"T0\",\"time\":\"2025-03-01T08:00:00+08:00\",\"debit\":\"{card}\",\"credit\":\"{Alerts.Card(51)}\",\"amount_fen\":500000,\"channel\":\"transfer\"}}]";
        Assert.Equal(HttpStatusCode.OK, (await s.SendAsync(Li, HttpMethod.Post, "/api/v1/events", raw: seed)).StatusCode);
        var identity = "51010419900101123" + Breakcard.Core.Identifiers.Checksums.ResidentIdCheck("51010419900101123");
        var n = 0;

        (string Name, Func<string, Task<HttpResponseMessage>> Call, string[] Allowed)[] matrix =
        [
            ("GET alerts", u => s.GetAsync(u, "/api/v1/alerts"), [Li, Wang, Chen]),
            ("GET alert of bank-a", u => s.GetAsync(u, "/api/v1/alerts/bank-a:P1"), [Li, Wang]),
            ("POST events", u => s.SendAsync(u, HttpMethod.Post, "/api/v1/events", raw: seed.Replace("\"T0\"", $"\"T{++n}\"", StringComparison.Ordinal)), [Li, Wang, Chen]),
            ("POST decisions", u => s.PostAsync(u, "/api/v1/decisions", new { id = "X", debit = card, credit = "b", amount_fen = 1 }), [Li, Wang]),
            ("GET trace of bank-a data", u => s.GetAsync(u, $"/api/v1/traces?account={card}&institution=bank-a"), [Li, Wang, Zhao]),
            ("GET clues", u => s.GetAsync(u, "/api/v1/clues"), [Li, Wang, Aud, Chen, Zhao, Qian, Sun]),
            ("POST clue", u => s.PostAsync(u, "/api/v1/clues", new { subject = Alerts.Card(60), summary = "by hand" }), [Li, Wang, Chen, Zhao]),
            ("GET cases", u => s.GetAsync(u, "/api/v1/cases"), [Li, Wang, Aud, Chen, Zhao, Qian, Sun]),
            ("POST case", u => s.PostAsync(u, "/api/v1/cases", new { title = "by hand" }), [Li, Wang, Chen, Zhao]),
            ("GET listings", u => s.GetAsync(u, "/api/v1/listings"), [Aud, Zhao, Qian, Sun]),
            ("POST listing check", u => s.PostAsync(u, "/api/v1/listings/check", new { identity, on = "2025-06-01" }), [Li, Wang, Chen, Zhao, Qian, Sun]),
            ("POST screening", u => s.PostAsync(u, "/api/v1/screening/job-ads", new { texts = new[] { "招聘兼职" } }), [Li, Wang, Chen, Zhao, Qian, Sun]),
            ("GET audit entries", u => s.GetAsync(u, "/api/v1/audit/entries"), [Aud]),
            ("POST audit verify", u => s.PostAsync(u, "/api/v1/audit/verify"), [Aud, Ad]),
            ("GET rings of bank-a data", u => s.GetAsync(u, "/api/v1/links/rings?institution=bank-a"), [Li, Wang, Zhao]),
            ("GET card dealers", u => s.GetAsync(u, "/api/v1/links/card-dealers?institution=bank-a"), [Li, Wang, Zhao]),
            ("POST judgments", u => s.SendAsync(u, HttpMethod.Post, "/api/v1/judgments", raw: "  ", contentType: "text/plain"), [Zhao, Qian, Sun]),
            ("GET judgment statistics", u => s.GetAsync(u, "/api/v1/judgments/statistics"), [Ad, Li, Wang, Chen, Zhao, Qian, Sun]),
            ("GET inconsistent sentences", u => s.GetAsync(u, "/api/v1/judgments/inconsistent"), [Zhao, Qian, Sun]),
            ("GET mappings", u => s.GetAsync(u, "/api/v1/mappings"), [Li, Wang, Chen]),
        ];

        var wrong = new List<string>();
        foreach (var (name, call, allowed) in matrix)
        {
            foreach (var (user, _, _) in DemoSeeder.Users)
            {
                var status = (await call(user)).StatusCode;
                var expected = allowed.Contains(user);
                var ok = expected ? status is HttpStatusCode.OK or HttpStatusCode.Created : status == HttpStatusCode.Forbidden;
                if (!ok)
                {
                    wrong.Add($"{name} as {user}: {(int)status}, expected {(expected ? "2xx" : "403")}");
                }
            }
        }

        Assert.Empty(wrong);
    }
}

/// <summary>On SQLite.</summary>
public sealed class SqlitePermissionMatrixTests : PermissionMatrixTests
{
    protected override Task<string?> StoreAsync() => Task.FromResult<string?>(null);
}

/// <summary>On PostgreSQL.</summary>
public sealed class PostgresPermissionMatrixTests(Postgres pg) : PermissionMatrixTests, IClassFixture<Postgres>
{
    protected override async Task<string?> StoreAsync() => await pg.NewStoreAsync();
}
