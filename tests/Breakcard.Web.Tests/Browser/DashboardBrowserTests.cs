using System.Text.RegularExpressions;
using Breakcard.Web.Monitoring;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Breakcard.Web.Tests.Browser;

/// <summary>The dashboard in a real browser: log in, triage an alert, open a trace graph, open and evaluate a case, switch language. Screenshots go to <c>screenshots/</c> beside the test binaries.</summary>
/// <remarks>
/// After a click that navigates, the next read may still see the old page or a half-parsed new one (a click waits at
/// most for the navigation to commit; on a loaded machine the parse comes later). So every read after a navigation is
/// a web-first assertion (<c>Expect(…)</c>), which retries until the page shows it or the fixture's timeout ends, and
/// pages are opened with <see cref="BrowserFixture.OpenAsync"/>, which does not wait for the load event.
/// </remarks>
public sealed class DashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_logs_in_and_escalates_an_alert_from_the_queue()
    {
        var page = await fixture.LoginAsync("li@bank-a");
        await Expect(page.Locator("#user")).ToHaveTextAsync("li@bank-a");
        await BrowserFixture.ShotAsync(page, "overview");
        await fixture.OpenAsync(page, "/alerts");
        var first = page.Locator("#alert-table tbody tr").First.Locator("a");
        var id = await first.InnerTextAsync();
        await BrowserFixture.ShotAsync(page, "alert-queue");
        await first.ClickAsync();
        await Expect(page.Locator("#reasons tbody tr").First).ToBeAttachedAsync();
        await BrowserFixture.ShotAsync(page, "alert");
        await page.ClickAsync("#escalate");
        await Expect(page).ToHaveURLAsync(fixture.Server.BaseUrl + "/alerts");
        await Expect(page.Locator("#alert-table")).ToBeAttachedAsync();
        var record = fixture.Server.Service<AlertBook>().Find(id)!;
        Assert.Equal(AlertStatus.Escalated, record.Status);
        Assert.StartsWith("CL-", record.ClueId, StringComparison.Ordinal);
        await Expect(page.Locator($"#alert-table a:text-is('{id}')")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Trace_graph_draws_the_chain_zooms_and_collapses_a_node()
    {
        var page = await fixture.LoginAsync("wang@bank-a");
        var alert = fixture.Server.Service<AlertBook>().Query("bank-a", a => a.Alert.EntityKind == "account")
            .Select(a => (a, n: fixture.Server.Service<MonitorHub>().Find("bank-a")!.Trace(a.Alert.Entity, new Breakcard.Graph.Tracing.TraceOptions())?.Nodes.Count ?? 0))
            .Where(x => x.n >= 3).Select(x => x.a).First();
        await fixture.OpenAsync(page, "/alerts/" + Uri.EscapeDataString(alert.Alert.AlertId));
        await page.ClickAsync("#trace-link");
        await page.WaitForSelectorAsync("#trace-svg .node");
        var before = int.Parse(await page.GetAttributeAsync("#graph", "data-visible-nodes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before >= 3, $"{before} nodes");
        Assert.Equal(before, await page.Locator("#trace-svg .node").CountAsync());
        Assert.Contains("¥", await page.Locator("#trace-svg .edge text").First.TextContentAsync() ?? "", StringComparison.Ordinal);
        await page.Locator("#trace-svg").HoverAsync();
        await page.Mouse.WheelAsync(0, -300);
        await Expect(page.Locator("#trace-svg")).ToHaveAttributeAsync("data-scale", new Regex(".+"));
        await BrowserFixture.ShotAsync(page, "trace");
        await page.Locator("#trace-svg .node.origin").ClickAsync();
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-visible-nodes", "1");
        await page.Locator("#trace-svg .node.origin").ClickAsync();
        await Expect(page.Locator("#graph")).ToHaveAttributeAsync("data-visible-nodes", before.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(alert.Alert.Entity, await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_opens_a_case_and_evaluates_it()
    {
        var page = await fixture.LoginAsync("wang@bank-a");
        await fixture.OpenAsync(page, "/cases");
        await page.Locator("#case-table tbody tr a").First.ClickAsync();
        await Expect(page.Locator("#timeline tbody tr").First).ToBeAttachedAsync();
        await BrowserFixture.ShotAsync(page, "case");
        await Expect(page.Locator(".item.transaction").First).ToBeAttachedAsync();
        await page.ClickAsync("#evaluate");
        // The evaluation answers with its criteria or with an error; wait for either, then say which.
        await Expect(page.Locator("#criteria, p.error").First).ToBeAttachedAsync();
        Assert.Equal("", await page.Locator("p.error").CountAsync() == 0 ? "" : await page.InnerTextAsync("p.error"));
        await Expect(page.Locator("#criteria tbody tr").First).ToBeAttachedAsync();
        await BrowserFixture.ShotAsync(page, "evaluation");
    }

    [Fact]
    public async Task Language_switches_between_english_and_simplified_chinese()
    {
        var page = await fixture.LoginAsync("li@bank-a");
        await fixture.OpenAsync(page, "/alerts");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Alert queue");
        await page.ClickAsync("#lang-zh");
        await Expect(page.Locator("h1")).ToHaveTextAsync("预警队列");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page).ToHaveURLAsync(fixture.Server.BaseUrl + "/alerts");
        await BrowserFixture.ShotAsync(page, "alerts-zh");
        await page.ClickAsync("#lang-en");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Alert queue");
    }
}
