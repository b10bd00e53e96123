using Breakcard.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Breakcard.Web.Tests.Browser;

/// <summary>
/// One demo host on Kestrel at 127.0.0.1 (a 1,000-person, 7-day city run through the live
/// monitor) and Debian's Chromium from <c>BREAKCARD_TEST_CHROMIUM</c>, driven by Playwright. No
/// browser is ever downloaded: without the variable the browser tests are skipped (failed under CI).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public WebServer Server { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public string? Unavailable { get; private set; }

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("BREAKCARD_TEST_CHROMIUM");
        if (string.IsNullOrWhiteSpace(chromium) || !File.Exists(chromium))
        {
            Unavailable = "BREAKCARD_TEST_CHROMIUM is not set to a Chromium executable; ./test.sh sets it to /usr/bin/chromium";
            return;
        }

        Directory.CreateDirectory(Screenshots);
        // Web-first assertions (Expect) retry until this timeout, the same as the contexts' own (see LoginAsync).
        Assertions.SetDefaultExpectTimeout(90_000);
        Server = await WebServer.StartAsync(kestrel: true, demo: true);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context logged in as <paramref name="user"/>.</summary>
    public async Task<IPage> LoginAsync(string user)
    {
        if (Unavailable is not null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("browser tests cannot run under CI=true: " + Unavailable);
            }

            Assert.Skip("browser not available: " + Unavailable);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        // The suite runs test projects side by side on two cores (the cluster tests start silo
        // processes meanwhile), so a page can take far longer than alone (about 2 s); a generous
        // timeout keeps the test about behaviour, and a failed login says where the browser ended up.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await OpenAsync(page, "/login");
        await page.FillAsync("#login-user", user);
        await page.FillAsync("#login-password", Breakcard.Web.Demo.DemoSeeder.Password);
        await page.ClickAsync("#login-submit");
        // The overview's address is what login must reach. Its load event, and twice on 2026-11-23 even its
        // DOMContentLoaded, never reached Playwright while the whole suite loaded the machine, with the overview
        // fully shown; and on 2026-11-24 (fresh-clone CI) even WaitForURLAsync(…, Commit) timed out with the page
        // already at "/" and the overview drawn. The page's address is what the assertion is about and Playwright
        // updates it when the navigation commits, so it is polled; each test waits for the elements it uses anyway.
        var overview = Server.BaseUrl + "/";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (page.Url != overview)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(90))
            {
                var text = await page.InnerTextAsync("body");
                Assert.Fail($"login as {user} did not reach the overview in 90 s; the browser is at {page.Url}: {text[..Math.Min(text.Length, 400)]}");
            }

            await Task.Delay(100);
        }

        return page;
    }

    /// <summary>
    /// Opens <paramref name="path"/> and returns once the navigation has committed, not at the load event: under the
    /// whole suite's load the load event sometimes never reached Playwright (see <see cref="LoginAsync"/>). Callers wait
    /// for what they read with web-first assertions or auto-waiting actions.
    /// </summary>
    public async Task OpenAsync(IPage page, string path) =>
        await page.GotoAsync(Server.BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Unavailable is null)
        {
            await Server.DisposeAsync();
        }
    }
}
