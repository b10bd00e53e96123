using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Breakcard.Web.Tests.Infrastructure;

namespace Breakcard.Web.Tests.Features;

/// <summary>
/// Judgment upload, statistics and consistency over the API. The text is the judgments suite's
/// golden document <c>ad-seen-seller.txt</c> (its expected record: 7 months, fine 3,000 yuan,
/// settlement 415,000 yuan, 2 bank cards), varied in the defendant's sex, the year and the case number.
/// </summary>
public sealed class JudgmentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "judgment-template.txt"));

    private static string Judgment(string sex, int year, int number) => Template
        .Replace("{SEX}", sex, StringComparison.Ordinal).Replace("{YEAR}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{NUM}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{DATE}", year == 2021 ? "二〇二一年七月四日" : "二〇二二年七月四日", StringComparison.Ordinal);

    private static Task<HttpResponseMessage> Upload(WebServer s, string user, string text, string contentType = "text/plain", string name = "upload.txt") =>
        s.SendAsync(user, HttpMethod.Post, "/api/v1/judgments?name=" + Uri.EscapeDataString(name), raw: text, contentType: contentType);

    [Fact]
    public async Task An_uploaded_judgment_comes_back_with_the_facts_of_the_golden_record()
    {
        await using var s = await WebServer.StartAsync();
        var r = await Upload(s, "sun@court-a", Judgment("男", 2022, 611));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var view = await WebServer.JsonOf(r);
        var j = Assert.Single(view.GetProperty("judgments").EnumerateArray());
        Assert.Equal("JD-000001", j.GetProperty("id").GetString());
        Assert.Equal("（2022）川0105刑初611号", j.GetProperty("case_number").GetString());
        Assert.Equal("2022-07-04", j.GetProperty("date").GetString());
        var d = j.GetProperty("record").GetProperty("defendants")[0];
        Assert.Equal(7, d.GetProperty("term_months").GetInt32());
        Assert.Equal(3000.0, d.GetProperty("fine_yuan").GetDouble());
        Assert.Equal(415000.0, d.GetProperty("settlement_yuan").GetDouble());
        Assert.Equal(2, d.GetProperty("bank_cards").GetInt32());
        Assert.Equal(0, view.GetProperty("problems").GetArrayLength());
    }

    /// <summary>Hand-counted Table 1: 2021 — a woman alone, a man alone; 2022 — two men alone. All years: 4 judgments, 1 woman alone, 3 men.</summary>
    [Fact]
    public async Task Statistics_count_table_1_from_the_kept_judgments()
    {
        await using var s = await WebServer.StartAsync();
        foreach (var (sex, year, num) in new[] { ("女", 2021, 1), ("男", 2021, 2), ("男", 2022, 3), ("男", 2022, 4) })
        {
            Assert.Equal(HttpStatusCode.OK, (await Upload(s, "qian@procuratorate-a", Judgment(sex, year, num))).StatusCode);
        }

        var stats = await WebServer.JsonOf(await s.GetAsync("li@bank-a", "/api/v1/judgments/statistics"));
        Assert.Equal(4, stats.GetProperty("judgments").GetInt32());
        Assert.Equal(4, stats.GetProperty("defendants").GetInt32());
        var rows = stats.GetProperty("table1").EnumerateArray().Select(r => (
            r.TryGetProperty("year", out var y) ? y.GetInt32() : 0, r.GetProperty("judgments").GetInt32(), r.GetProperty("women_alone").GetInt32(),
            r.GetProperty("mixed").GetInt32(), r.GetProperty("men").GetInt32())).ToList();
        Assert.Equal([(2021, 2, 1, 0, 1), (2022, 2, 0, 0, 2), (0, 4, 1, 0, 3)], rows);
        Assert.Equal(0.1468, stats.GetProperty("paper_table1")[0].GetProperty("women_alone").GetDouble());
        Assert.True(stats.GetProperty("tables").GetArrayLength() > 1);

        var consistency = await s.GetAsync("sun@court-a", "/api/v1/judgments/inconsistent");
        Assert.Equal(HttpStatusCode.OK, consistency.StatusCode);
        Assert.Equal(4, (await WebServer.JsonOf(consistency)).GetProperty("judgments").GetInt32());
    }

    [Fact]
    public async Task Unreadable_uploads_are_reported_with_where_and_who_may_do_what_is_checked()
    {
        await using var s = await WebServer.StartAsync();
        var empty = await WebServer.JsonOf(await Upload(s, "sun@court-a", "   ", name: "blank.txt"));
        Assert.Equal(0, empty.GetProperty("judgments").GetArrayLength());
        Assert.Equal("blank.txt", empty.GetProperty("problems")[0].GetProperty("where").GetString());

        var gbk = await s.SendAsync("sun@court-a", HttpMethod.Post, "/api/v1/judgments?name=gbk.txt", configure: req =>
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            req.Content = new ByteArrayContent(Encoding.GetEncoding("GB18030").GetBytes(Judgment("男", 2022, 9)));
            req.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        });
        Assert.Equal(1, (await WebServer.JsonOf(gbk)).GetProperty("judgments").GetArrayLength());

        var type = await Upload(s, "sun@court-a", "x", contentType: "image/png");
        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Equal("Content-Type", (await WebServer.JsonOf(type)).GetProperty("where").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(s, "li@bank-a", Judgment("男", 2022, 5))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.GetAsync("li@bank-a", "/api/v1/judgments/inconsistent")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await s.GetAsync("aud@bank-a", "/api/v1/judgments/statistics")).StatusCode);
        Assert.Equal("limit", (await WebServer.JsonOf(await s.GetAsync("sun@court-a", "/api/v1/judgments/inconsistent?limit=0"))).GetProperty("where").GetString());
    }
}
