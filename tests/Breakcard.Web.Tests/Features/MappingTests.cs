using System.Net;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Tests.Infrastructure;

namespace Breakcard.Web.Tests.Features;

/// <summary>Uploaded CSV column mappings: validated with a located error, stored per institution, then used for CSV uploads.</summary>
public sealed class MappingTests
{
    private const string Mapping = """
        {
          "description": "Bank A daily export",
          "kind": "transactions",
          "delimiter": ";",
          "fields": {
            "id": { "column": "流水号" },
            "time": { "column": "交易时间", "format": "yyyy/MM/dd HH:mm", "timeZone": "+08:00" },
            "debit": { "column": "付款账号" },
            "credit": { "column": "收款账号" },
            "amount": { "column": "金额", "unit": "major", "currency": { "fixed": "CNY" } },
            "channel": { "fixed": "transfer" }
          }
        }
        """;

    private static string Csv => $"流水号;交易时间;付款账号;收款账号;金额\nB1;2025/03/01 08:00;{Alerts.Card(1)};{Alerts.Card(2)};1000.50\nB2;2025/03/01 08:05;{Alerts.Card(2)};{Alerts.Card(3)};-5\n";

    [Fact]
    public async Task An_uploaded_mapping_reads_the_institutions_csv_and_reports_the_bad_row()
    {
        await using var s = await WebServer.StartAsync();
        var put = await s.SendAsync("li@bank-a", HttpMethod.Put, "/api/v1/mappings/bank-a-daily", raw: Mapping);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("transactions", (await WebServer.JsonOf(put)).GetProperty("kind").GetString());

        var r = await s.SendAsync("li@bank-a", HttpMethod.Post, "/api/v1/events?mapping=bank-a-daily", raw: Csv, contentType: "text/csv");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await WebServer.JsonOf(r);
        Assert.Equal(1, body.GetProperty("applied").GetInt64());
        Assert.Equal(1, body.GetProperty("rejected").GetInt64());
        Assert.Equal(3, body.GetProperty("rejected_records")[0].GetProperty("line").GetInt64());
        Assert.Equal(1, s.Service<MonitorHub>().Find("bank-a")!.Transactions);

        var list = await WebServer.JsonOf(await s.GetAsync("wang@bank-a", "/api/v1/mappings"));
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("name").GetString() == "bank-a-daily" && m.GetProperty("uploaded_by").GetString() == "li@bank-a");
        Assert.Contains(list.EnumerateArray(), m => m.GetProperty("name").GetString() == "amlsim" && m.GetProperty("origin").GetString() == "built-in");
        Assert.Equal(Mapping, await (await s.GetAsync("wang@bank-a", "/api/v1/mappings/bank-a-daily")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_bad_mapping_is_refused_with_its_line_and_path_and_nothing_is_stored()
    {
        await using var s = await WebServer.StartAsync();
        var bad = Mapping.Replace("\"unit\": \"major\"", "\"unit\": \"mega\"", StringComparison.Ordinal);
        var r = await s.SendAsync("li@bank-a", HttpMethod.Put, "/api/v1/mappings/broken", raw: bad);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await WebServer.JsonOf(r);
        Assert.StartsWith("mapping broken:", problem.GetProperty("where").GetString(), StringComparison.Ordinal);
        Assert.Contains("unit", problem.GetProperty("where").GetString() + problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await s.GetAsync("li@bank-a", "/api/v1/mappings/broken")).StatusCode);

        var json = await s.SendAsync("li@bank-a", HttpMethod.Put, "/api/v1/mappings/broken", raw: "{ \"kind\": ");
        Assert.StartsWith("mapping broken:1", (await WebServer.JsonOf(json)).GetProperty("where").GetString(), StringComparison.Ordinal);
        var name = await s.SendAsync("li@bank-a", HttpMethod.Put, "/api/v1/mappings/amlsim", raw: Mapping);
        Assert.Equal("name", (await WebServer.JsonOf(name)).GetProperty("where").GetString());
        var type = await s.SendAsync("li@bank-a", HttpMethod.Put, "/api/v1/mappings/daily", raw: Mapping, contentType: "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Equal("Content-Type", (await WebServer.JsonOf(type)).GetProperty("where").GetString());
    }

    [Fact]
    public async Task Another_institutions_mapping_is_not_found_and_only_event_senders_may_upload()
    {
        await using var s = await WebServer.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await s.SendAsync("li@bank-a", HttpMethod.Put, "/api/v1/mappings/bank-a-daily", raw: Mapping)).StatusCode);
        var other = await s.SendAsync("chen@telecom-a", HttpMethod.Post, "/api/v1/events?mapping=bank-a-daily", raw: Csv, contentType: "text/csv");
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.Equal("mapping", (await WebServer.JsonOf(other)).GetProperty("where").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await s.SendAsync("zhao@police-a", HttpMethod.Put, "/api/v1/mappings/x", raw: Mapping)).StatusCode);
    }
}
