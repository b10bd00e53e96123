using System.Net;
using System.Text.Json;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Tests.Infrastructure;

namespace Breakcard.Web.Tests.Api;

/// <summary>Every endpoint end to end through the real pipeline, on each store engine (the derived classes).</summary>
public abstract class ApiTests
{
    protected abstract Task<string?> StoreAsync();

    private async Task<WebServer> Start(params string[] extra) => await WebServer.StartAsync(await StoreAsync(), extra: extra);

    [Fact]
    public async Task Readiness_reports_the_store_and_its_eight_demo_users()
    {
        await using var s = await Start();
        var r = await s.Client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(8, (await WebServer.JsonOf(r)).GetProperty("users").GetInt32());
    }

    [Fact]
    public async Task Requests_without_or_with_an_unknown_key_get_a_401_problem_naming_the_header()
    {
        await using var s = await Start();
        var none = await s.Client.GetAsync("/api/v1/alerts", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Authorization", (await WebServer.JsonOf(none)).GetProperty("where").GetString());
        using var bad = new HttpRequestMessage(HttpMethod.Get, "/api/v1/alerts");
        bad.Headers.Add("X-Api-Key", "bk_not_a_key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await s.Client.SendAsync(bad, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Ingest_reports_each_rejected_record_by_line_and_field_and_is_idempotent_by_event_id()
    {
        await using var s = await Start();
        var batch = $$"""
            [{"type":"transaction","id":"T1","time":"2025-03-01T08:00:00+08:00","debit":"{{Alerts.Card(1)}}","credit":"{{Alerts.Card(2)}}","amount_fen":100000,"channel":"transfer"},
             {"type":"transaction","id":"T2","time":"2025-03-01T08:05:00+08:00","debit":"{{Alerts.Card(2)}}","credit":"{{Alerts.Card(3)}}","amount_fen":99000,"channel":"transfer"},
             {"type":"transaction","id":"T3","time":"not a time","debit":"{{Alerts.Card(2)}}","credit":"{{Alerts.Card(3)}}","amount_fen":1,"channel":"transfer"},
             {"type":"login","id":"L1","time":"2025-03-01T08:06:00+08:00","account":"{{Alerts.Card(2)}}","device_id":"{{Imei}}","ip":"171.88.12.34"}]
            """;
        var first = await WebServer.JsonOf(await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events", raw: batch));
        Assert.Equal(3, first.GetProperty("applied").GetInt64());
        Assert.Equal(1, first.GetProperty("rejected").GetInt64());
        var rejected = first.GetProperty("rejected_records")[0];
        Assert.Equal(3, rejected.GetProperty("line").GetInt64());
        Assert.Equal("time", rejected.GetProperty("field").GetString());

        var again = await WebServer.JsonOf(await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events", raw: batch));
        Assert.Equal(0, again.GetProperty("applied").GetInt64());
        Assert.Equal(3, again.GetProperty("duplicates").GetInt64());
        Assert.Equal(2, s.Service<MonitorHub>().Find("bank-a")!.Transactions);
    }

    [Fact]
    public async Task Ingest_takes_csv_with_a_mapping_and_refuses_xml_with_a_dtd()
    {
        await using var s = await Start();
        var csv = "id,time,debit,credit,amount_fen,channel,memo\nT9,2025-03-01T08:00:00+08:00," + Alerts.Card(4) + "," + Alerts.Card(5) + ",5000,transfer,\n";
        var ok = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events?mapping=transactions", raw: csv, contentType: "text/csv");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(1, (await WebServer.JsonOf(ok)).GetProperty("applied").GetInt64());

        var noMapping = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events", raw: csv, contentType: "text/csv");
        Assert.Equal(HttpStatusCode.BadRequest, noMapping.StatusCode);
        Assert.Equal("mapping", (await WebServer.JsonOf(noMapping)).GetProperty("where").GetString());

        const string hostile = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><Document>&b;</Document>";
        var xml = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events", raw: hostile, contentType: "application/xml");
        Assert.Equal(HttpStatusCode.BadRequest, xml.StatusCode);
        Assert.Contains("DTD", (await WebServer.JsonOf(xml)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // An unknown content type is a 400 problem that names the header and the accepted types,
        // not a bare 415 from routing.
        var text = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events", raw: csv, contentType: "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        var problem = await WebServer.JsonOf(text);
        Assert.Equal("Content-Type", problem.GetProperty("where").GetString());
        Assert.Contains("text/csv", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_map_the_highest_alert_band_of_either_party_to_allow_review_or_block()
    {
        await using var s = await Start();
        var book = s.Service<AlertBook>();
        Alerts.Add(book, "A1", Alerts.Card(10), 85);
        Alerts.Add(book, "A2", Alerts.Card(11), 60);
        var dismissed = Alerts.Add(book, "A3", Alerts.Card(12), 95);
        dismissed.Status = AlertStatus.Dismissed;

        async Task<JsonElement> Decide(int debit, int credit) => await WebServer.JsonOf(await s.PostAsync("li@bank-a", "/api/v1/decisions",
            new { id = "X", debit = Alerts.Card(debit), credit = Alerts.Card(credit), amount_fen = 10_000 }));

        var block = await Decide(10, 99);
        Assert.Equal("block", block.GetProperty("action").GetString());
        Assert.Equal(85, block.GetProperty("risk").GetInt32());
        Assert.Equal("debit", block.GetProperty("reasons")[0].GetProperty("party").GetString());
        Assert.Equal("restrict_non_counter", block.GetProperty("reasons")[0].GetProperty("measure").GetString());
        var review = await Decide(98, 11);
        Assert.Equal("review", review.GetProperty("action").GetString());
        Assert.Equal("credit", review.GetProperty("reasons")[0].GetProperty("party").GetString());
        Assert.Equal("allow", (await Decide(12, 97)).GetProperty("action").GetString());
        Assert.Equal("block", (await Decide(11, 10)).GetProperty("action").GetString());
    }

    [Fact]
    public async Task Malformed_requests_get_problems_that_say_what_and_where()
    {
        await using var s = await Start();
        var badJson = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/decisions", raw: "{\"id\": \"X\", \"debit\": ");
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        var wrongType = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/decisions", raw: "{\"id\":\"X\",\"debit\":\"a\",\"credit\":\"b\",\"amount_fen\":\"12\"}");
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        var negative = await WebServer.JsonOf(await s.PostAsync("li@bank-a", "/api/v1/decisions", new { id = "X", debit = "a", credit = "b", amount_fen = -5 }));
        Assert.Equal("amount_fen", negative.GetProperty("where").GetString());
        var huge = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/screening/job-ads", raw: "{\"texts\":[\"" + new string('x', 2 * 1024 * 1024) + "\"]}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        var state = await WebServer.JsonOf(await s.GetAsync("li@bank-a", "/api/v1/cases?state=sleeping"));
        Assert.Equal("state", state.GetProperty("where").GetString());
        Assert.Contains("verifying", state.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var missing = await s.GetAsync("li@bank-a", "/api/v1/cases/CS-999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Alerts_are_masked_scoped_to_their_institution_and_escalate_into_a_clue()
    {
        await using var s = await Start();
        var card = Alerts.Card(20);
        Alerts.Add(s.Service<AlertBook>(), "A9", card, 88);
        var list = await s.GetAsync("li@bank-a", "/api/v1/alerts");
        var text = await list.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(card, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Alerts.Card(999), text, StringComparison.Ordinal);
        Assert.Equal("bank-a:A9", (await WebServer.JsonOf(list))[0].GetProperty("alert_id").GetString());

        Assert.Equal(0, (await WebServer.JsonOf(await s.GetAsync("wang@bank-a", "/api/v1/alerts?status=dismissed"))).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await s.GetAsync("chen@telecom-a", "/api/v1/alerts/bank-a:A9")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.PostAsync("chen@telecom-a", "/api/v1/alerts/bank-a:A9/escalate")).StatusCode);

        var escalated = await WebServer.JsonOf(await s.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:A9/escalate"));
        Assert.Equal("escalated", escalated.GetProperty("status").GetString());
        var clueId = escalated.GetProperty("clue_id").GetString()!;
        var clue = await WebServer.JsonOf(await s.GetAsync("li@bank-a", "/api/v1/clues/" + clueId));
        Assert.Equal(88, clue.GetProperty("risk").GetInt32());
        Assert.NotEqual(card, clue.GetProperty("subject").GetString());
        Assert.EndsWith(card[^4..], clue.GetProperty("subject").GetString(), StringComparison.Ordinal);

        var dismiss = await s.PostAsync("li@bank-a", "/api/v1/alerts/bank-a:A9/dismiss", new { reason = "known payroll" });
        Assert.Equal(HttpStatusCode.Conflict, dismiss.StatusCode);
    }

    [Fact]
    public async Task Case_workflow_runs_through_the_service_layer_with_roles_versions_and_custody()
    {
        await using var s = await Start();
        var clue = await WebServer.JsonOf(await s.PostAsync("li@bank-a", "/api/v1/clues", new { subject = Alerts.Card(30), summary = "pass-through at night" }));
        var opened = await s.PostAsync("li@bank-a", "/api/v1/cases", new { clue_id = clue.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await WebServer.JsonOf(opened)).GetProperty("id").GetString()!;
        await s.PostAsync("li@bank-a", $"/api/v1/cases/{id}/items", new { kind = "transaction", event_id = "T77", time = "2025-03-01T23:30:00+08:00", debit = Alerts.Card(31), credit = Alerts.Card(30), amount_yuan = "2100" });
        Assert.Equal(HttpStatusCode.OK, (await s.PostAsync("li@bank-a", $"/api/v1/cases/{id}/actions/start_verification")).StatusCode);

        var denied = await s.PostAsync("li@bank-a", $"/api/v1/cases/{id}/actions/confirm");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var stale = await s.SendAsync("wang@bank-a", HttpMethod.Post, $"/api/v1/cases/{id}/actions/confirm", json: new { }, configure: r => r.Headers.TryAddWithoutValidation("If-Match", "\"1\""));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed by someone else", (await WebServer.JsonOf(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await s.PostAsync("wang@bank-a", $"/api/v1/cases/{id}/actions/confirm")).StatusCode);
        var illegal = await s.PostAsync("wang@bank-a", $"/api/v1/cases/{id}/actions/start_verification");
        Assert.Equal(HttpStatusCode.Conflict, illegal.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await s.GetAsync("zhao@police-a", $"/api/v1/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.PostAsync("wang@bank-a", $"/api/v1/cases/{id}/actions/transfer_to_police", new { to = "police-a", reason = "Art. 18 report" })).StatusCode);
        var police = await WebServer.JsonOf(await s.GetAsync("zhao@police-a", $"/api/v1/cases/{id}"));
        Assert.Equal("transferred_to_police", police.GetProperty("header").GetProperty("state").GetString());
        Assert.Equal("police-a", police.GetProperty("header").GetProperty("custodian_institution_id").GetString());

        var evaluation = await WebServer.JsonOf(await s.PostAsync("zhao@police-a", $"/api/v1/cases/{id}/evaluate"));
        Assert.Equal("2025-03-01", evaluation.GetProperty("evaluation").GetProperty("conduct_date").GetString());
        Assert.NotEqual(0, evaluation.GetProperty("evaluation").GetProperty("criteria").GetArrayLength());
    }

    [Fact]
    public async Task Disciplinary_list_check_refuses_a_listed_identity_and_allows_an_unlisted_one()
    {
        await using var s = await Start();
        var listed = Identity("51010419900101123");
        var add = await s.PostAsync("zhao@police-a", "/api/v1/listings", new { identity = listed, ground = "identified_card_or_account_dealing", from = "2025-03-10", decision = "D-1" });
        Assert.Equal(HttpStatusCode.OK, add.StatusCode);
        var refused = await WebServer.JsonOf(await s.PostAsync("li@bank-a", "/api/v1/listings/check", new { identity = listed, service = "new_bank_account", on = "2025-06-01" }));
        Assert.Equal("refused", refused.GetProperty("answer").GetProperty("decision").GetString());
        var free = await WebServer.JsonOf(await s.PostAsync("li@bank-a", "/api/v1/listings/check", new { identity = Identity("51010419900101456"), on = "2025-06-01" }));
        Assert.Equal("allowed", free.GetProperty("answer").GetProperty("decision").GetString());
        var badId = await WebServer.JsonOf(await s.PostAsync("li@bank-a", "/api/v1/listings/check", new { identity = "123" }));
        Assert.Equal("identity", badId.GetProperty("where").GetString());
    }

    [Fact]
    public async Task Every_request_is_audited_without_identifiers_and_the_chain_verifies()
    {
        await using var s = await Start();
        var card = Alerts.Card(40);
        Alerts.Add(s.Service<AlertBook>(), "A40", card, 70);
        await s.GetAsync("li@bank-a", "/api/v1/alerts");
        await s.PostAsync("li@bank-a", "/api/v1/decisions", new { id = "X", debit = card, credit = Alerts.Card(41), amount_fen = 1 });
        await s.Service<Breakcard.Web.Hosting.DecisionAuditor>().FlushAsync(TestContext.Current.CancellationToken);
        var entries = await WebServer.JsonOf(await s.GetAsync("aud@bank-a", "/api/v1/audit/entries"));
        var all = entries.EnumerateArray().ToList();
        Assert.Contains(all, e => e.GetProperty("action").GetString() == "web.request" && e.GetProperty("subject").GetString() == "web:/api/v1/alerts/");
        Assert.Contains(all, e => e.GetProperty("action").GetString() == "decision.batch" && e.GetProperty("details").GetString()!.Contains("\"count\":1", StringComparison.Ordinal));
        Assert.DoesNotContain(card, entries.GetRawText(), StringComparison.Ordinal);
        var verify = await WebServer.JsonOf(await s.PostAsync("aud@bank-a", "/api/v1/audit/verify"));
        Assert.True(verify.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_the_openapi_document_lists_the_endpoints()
    {
        await using var s = await Start();
        var r = await s.Client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", r.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var paths = (await WebServer.JsonOf(r)).GetProperty("paths");
        Assert.False(paths.TryGetProperty("/alerts", out _), "dashboard pages are not API");
        foreach (var p in new[] { "/api/v1/events", "/api/v1/decisions", "/api/v1/alerts", "/api/v1/cases/{id}/actions/{action}", "/api/v1/listings/check", "/api/v1/traces", "/api/v1/screening/job-ads" })
        {
            Assert.True(paths.TryGetProperty(p, out _), p);
        }
    }

    [Fact]
    public async Task Cookie_sessions_must_carry_the_csrf_token_and_clients_are_rate_limited()
    {
        await using var s = await Start("--requestsPerSecond", "5");
        var post = await s.Client.PostAsync("/login", new FormUrlEncodedContent([new("user", "li@bank-a"), new("password", "demo")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal("CSRF check failed", (await WebServer.JsonOf(post)).GetProperty("title").GetString());
        // A bucket of 2 × 5 tokens refilled with 5 a second: at most 10 + 5 per started second succeed.
        var statuses = new List<HttpStatusCode>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 40; i++)
        {
            var r = await s.GetAsync("li@bank-a", "/api/v1/clues");
            statuses.Add(r.StatusCode);
            limited ??= r.StatusCode == HttpStatusCode.TooManyRequests ? r : null;
        }

        var ok = statuses.Count(c => c == HttpStatusCode.OK);
        Assert.InRange(ok, 10, 10 + (5 * ((int)clock.Elapsed.TotalSeconds + 1)));
        Assert.Equal(40 - ok, statuses.Count(c => c == HttpStatusCode.TooManyRequests));
        Assert.NotNull(limited);
        Assert.Equal("too many requests", (await WebServer.JsonOf(limited)).GetProperty("title").GetString());
    }

    private static readonly string Imei = "86891403123456" + Breakcard.Core.Identifiers.Checksums.LuhnCheck("86891403123456");

    private static string Identity(string first17) => first17 + Breakcard.Core.Identifiers.Checksums.ResidentIdCheck(first17);
}

/// <summary>On SQLite (the embedded default).</summary>
public sealed class SqliteApiTests : ApiTests
{
    protected override Task<string?> StoreAsync() => Task.FromResult<string?>(null);
}

/// <summary>On PostgreSQL.</summary>
public sealed class PostgresApiTests(Postgres pg) : ApiTests, IClassFixture<Postgres>
{
    protected override async Task<string?> StoreAsync() => await pg.NewStoreAsync();
}
