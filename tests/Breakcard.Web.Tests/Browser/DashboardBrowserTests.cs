using Breakcard.Web.Monitoring;
using Microsoft.Playwright;

namespace Breakcard.Web.Tests.Browser;

/// <summary>The dashboard in a real browser: log in, triage an alert, open a trace graph, open and evaluate a case, switch language. Screenshots go to <c>screenshots/</c> beside the test binaries.</summary>
public sealed class DashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_logs_in_and_escalates_an_alert_from_the_queue()
    {
        var page = await fixture.LoginAsync("li@bank-a");
        Assert.Equal("li@bank-a", await page.InnerTextAsync("#user"));
        await BrowserFixture.ShotAsync(page, "overview");
        await page.GotoAsync(fixture.Server.BaseUrl + "/alerts");
        var first = page.Locator("#alert-table tbody tr").First.Locator("a");
        var id = await first.InnerTextAsync();
        await BrowserFixture.ShotAsync(page, "alert-queue");
        await first.ClickAsync();
        Assert.NotEqual(0, await page.Locator("#reasons tbody tr").CountAsync());
        await BrowserFixture.ShotAsync(page, "alert");
        await page.ClickAsync("#escalate");
        await page.WaitForURLAsync(fixture.Server.BaseUrl + "/alerts");
        var record = fixture.Server.Service<AlertBook>().Find(id)!;
        Assert.Equal(AlertStatus.Escalated, record.Status);
        Assert.StartsWith("CL-", record.ClueId, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"#alert-table a:text-is('{id}')").CountAsync());
    }

    [Fact]
    public async Task Trace_graph_draws_the_chain_zooms_and_collapses_a_node()
    {
        var page = await fixture.LoginAsync("wang@bank-a");
        var alert = fixture.Server.Service<AlertBook>().Query("bank-a", a => a.Alert.EntityKind == "account")
            .Select(a => (a, n: fixture.Server.Service<MonitorHub>().Find("bank-a")!.Trace(a.Alert.Entity, new Breakcard.Graph.Tracing.TraceOptions())?.Nodes.Count ?? 0))
            .Where(x => x.n >= 3).Select(x => x.a).First();
        await page.GotoAsync(fixture.Server.BaseUrl + "/alerts/" + Uri.EscapeDataString(alert.Alert.AlertId));
        await page.ClickAsync("#trace-link");
        await page.WaitForSelectorAsync("#trace-svg .node");
        var before = int.Parse(await page.GetAttributeAsync("#graph", "data-visible-nodes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before >= 3, $"{before} nodes");
        Assert.Equal(before, await page.Locator("#trace-svg .node").CountAsync());
        Assert.Contains("¥", await page.Locator("#trace-svg .edge text").First.TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.Locator("#trace-svg").HoverAsync();
        await page.Mouse.WheelAsync(0, -300);
        Assert.NotNull(await page.GetAttributeAsync("#trace-svg", "data-scale"));
        await BrowserFixture.ShotAsync(page, "trace");
        await page.Locator("#trace-svg .node.origin").ClickAsync();
        var after = int.Parse(await page.GetAttributeAsync("#graph", "data-visible-nodes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1, after);
        await page.Locator("#trace-svg .node.origin").ClickAsync();
        Assert.Equal(before.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#graph", "data-visible-nodes"));
        Assert.DoesNotContain(alert.Alert.Entity, await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_opens_a_case_and_evaluates_it()
    {
        var page = await fixture.LoginAsync("wang@bank-a");
        await page.GotoAsync(fixture.Server.BaseUrl + "/cases");
        await page.Locator("#case-table tbody tr a").First.ClickAsync();
        Assert.NotEqual(0, await page.Locator("#timeline tbody tr").CountAsync());
        await BrowserFixture.ShotAsync(page, "case");
        Assert.NotEqual(0, await page.Locator(".item.transaction").CountAsync());
        await page.ClickAsync("#evaluate");
        Assert.Equal("", await page.Locator("p.error").CountAsync() == 0 ? "" : await page.InnerTextAsync("p.error"));
        await page.WaitForSelectorAsync("#criteria");
        Assert.NotEqual(0, await page.Locator("#criteria tbody tr").CountAsync());
        await BrowserFixture.ShotAsync(page, "evaluation");
    }

    [Fact]
    public async Task Language_switches_between_english_and_simplified_chinese()
    {
        var page = await fixture.LoginAsync("li@bank-a");
        await page.GotoAsync(fixture.Server.BaseUrl + "/alerts");
        Assert.Equal("Alert queue", await page.InnerTextAsync("h1"));
        await page.ClickAsync("#lang-zh");
        await page.WaitForURLAsync(fixture.Server.BaseUrl + "/alerts");
        Assert.Equal("预警队列", await page.InnerTextAsync("h1"));
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await BrowserFixture.ShotAsync(page, "alerts-zh");
        await page.ClickAsync("#lang-en");
        Assert.Equal("Alert queue", await page.InnerTextAsync("h1"));
    }
}
