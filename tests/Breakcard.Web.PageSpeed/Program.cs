using System.Diagnostics;
using System.Globalization;
using Breakcard.Web.Demo;
using Breakcard.Web.Hosting;
using Breakcard.Web.Monitoring;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// Dashboard page speed with a loaded city (README.md). Options: --people N --days N --alerts N
// --loads N --chromium PATH --world FOLDER.
var options = Options.Parse(args);
var world = options.World ?? Path.Combine(Path.GetTempPath(), $"breakcard-pagespeed-world-{options.People}x{options.Days}");
var folder = Directory.CreateTempSubdirectory("breakcard-pagespeed-");
var clock = Stopwatch.StartNew();
await using var app = await BreakcardWeb.BuildAsync(
[
    "--store", Path.Combine(folder.FullName, "web.db"), "--monitorFolder", Path.Combine(folder.FullName, "monitor"), "--demo",
    "--demoFolder", Path.Combine(folder.FullName, "no-demo"), "--demoPeople", options.People.ToString(CultureInfo.InvariantCulture),
    "--demoDays", options.Days.ToString(CultureInfo.InvariantCulture), "--demoWorldCache", world, "--urls", "http://127.0.0.1:0",
    "--Logging:LogLevel:Default", "Warning", "--requestsPerSecond", "100000",
]).ConfigureAwait(false);
await app.Services.GetRequiredService<DemoSeeder>().SeedIfAskedAsync(Console.Out, CancellationToken.None).ConfigureAwait(false);
var monitor = app.Services.GetRequiredService<MonitorHub>().Find("bank-a")!;
var book = app.Services.GetRequiredService<AlertBook>();
var raised = book.Count;
var real = book.Query("bank-a");
for (var i = 0; book.Count < options.Alerts && real.Count > 0; i++)
{
    // Copies of real alerts under new ids (same entities, reasons and evidence): only the queue's size changes.
    var a = real[i % real.Count].Alert;
    book.Add(a with { AlertId = "pad-" + i.ToString("D6", CultureInfo.InvariantCulture) }, "bank-a");
}

Console.WriteLine($"loaded in {clock.Elapsed.TotalSeconds:F1} s: {monitor.Transactions:N0} transactions, {monitor.Events:N0} events, {raised:N0} alerts raised, {book.Count:N0} in the queue ({book.Count - raised:N0} copies)");
await app.StartAsync().ConfigureAwait(false);
var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = options.Chromium,
    Headless = true,
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
}).ConfigureAwait(false);
var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } }).ConfigureAwait(false);
var page = await context.NewPageAsync().ConfigureAwait(false);
await page.GotoAsync(baseUrl + "/login").ConfigureAwait(false);
await page.FillAsync("#login-user", "li@bank-a").ConfigureAwait(false);
await page.FillAsync("#login-password", DemoSeeder.Password).ConfigureAwait(false);
await page.ClickAsync("#login-submit").ConfigureAwait(false);
await page.WaitForURLAsync(baseUrl + "/").ConfigureAwait(false);

var top = real.OrderByDescending(r => r.Alert.Risk).First(r => r.Alert.EntityKind == "account").Alert.AlertId;
// The case page needs a case id: take the first case the cases page links to (the demo seeding
// opens cases from the top alerts); without one the run says so instead of skipping silently.
await page.GotoAsync(baseUrl + "/cases").ConfigureAwait(false);
var caseHref = await page.EvaluateAsync<string?>("() => { const a = document.querySelector('a[href^=\"/cases/\"]'); return a ? a.getAttribute('href') : null; }").ConfigureAwait(false);
var pages = new List<(string Name, string Path)>
{
    ("overview", "/"), ("alert queue", "/alerts"), ("alert queue, page 100", "/alerts?status=open&page=100"), ("alert queue, risk ≥ 80", "/alerts?min_risk=80"), ("alert", "/alerts/" + Uri.EscapeDataString(top)),
    ("fund chain", "/trace?alert=" + Uri.EscapeDataString(top)), ("link analysis", "/links"), ("linked entities", "/links/entity?alert=" + Uri.EscapeDataString(top)),
    ("clues", "/clues"), ("cases", "/cases"), ("disciplinary list", "/listings"), ("review lists", "/review"), ("judgments", "/judgments"), ("screening", "/screening"),
};
if (caseHref is null)
{
    Console.WriteLine("note: the store holds no case, so the case page was not measured");
}
else
{
    pages.Add(("case", caseHref));
}

Console.WriteLine();
Console.WriteLine("| page | status | median load (ms) | median server (ms) | max load (ms) | bytes |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var (name, path) in pages)
{
    var loads = new List<double>();
    var server = new List<double>();
    var status = 0;
    long bytes = 0;
    for (var i = 0; i < options.Loads + 1; i++)
    {
        var response = await page.GotoAsync(baseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
        status = response?.Status ?? 0;
        var t = await page.EvaluateAsync<double[]>("() => { const n = performance.getEntriesByType('navigation')[0]; return [n.loadEventEnd - n.requestStart, n.responseEnd - n.requestStart, n.transferSize]; }").ConfigureAwait(false);
        if (i == 0)
        {
            continue; // the first load warms caches (and computes the link report once); the rest are measured
        }

        loads.Add(t[0]);
        server.Add(t[1]);
        bytes = (long)t[2];
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {status} | {Median(loads):F0} | {Median(server):F0} | {loads.Max():F0} | {bytes:N0} |"));
}

await app.StopAsync().ConfigureAwait(false);
return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

internal sealed record Options(int People, int Days, int Alerts, int Loads, string Chromium, string? World)
{
    public static Options Parse(string[] args)
    {
        var o = new Options(18_500, 30, 10_000, 7, "/usr/bin/chromium", null);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            o = args[i] switch
            {
                "--people" => o with { People = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--days" => o with { Days = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--alerts" => o with { Alerts = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--loads" => o with { Loads = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--chromium" => o with { Chromium = args[i + 1] },
                "--world" => o with { World = args[i + 1] },
                _ => throw new ArgumentException($"unknown option {args[i]} (--people --days --alerts --loads --chromium --world)"),
            };
        }

        return o;
    }
}
